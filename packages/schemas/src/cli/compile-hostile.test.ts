import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types (the CLI ships as .mjs)
import { CompileError, compileSchema } from './compile.mjs';

// Review: hostile host schemas. What the compiler throws must be a CompileError, bounded, never the input echoed whole.
const BIG = 'x'.repeat(100_000);
const nested = (depth: number, wrap: (s: object) => object) => {
  let s: object = { type: 'string' };
  for (let i = 0; i < depth; i++) s = wrap(s);
  return s;
};

describe('tremplin-schemas compile: hostile schemas', () => {
  const hostile: Record<string, unknown> = {
    'a $ref nowhere (long)': { type: 'object', properties: { a: { $ref: `#/$defs/${BIG}` } } },
    'an unknown format with a long name': { type: 'string', format: BIG },
    'a pattern that is not a regular expression (long)': { type: 'string', pattern: `(${BIG}` },
    'nesting 20,000 deep (not)': nested(20_000, (s) => ({ not: s })),
    'nesting 5,000 deep (properties)': nested(5_000, (s) => ({ properties: { a: s } })),
  };
  for (const [name, schema] of Object.entries(hostile)) {
    it(`${name}: a bounded CompileError`, () => {
      let thrown: unknown;
      try {
        compileSchema(schema);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(CompileError);
      expect(String((thrown as Error).message).length).toBeLessThan(1_000);
    });
  }

  it('reads formats in schemas only: a const or default value with a `format` key names none, a property named `enum` is a schema', () => {
    const code = compileSchema({
      type: 'object',
      properties: {
        options: { type: 'object', const: { format: 'whatever' }, default: { format: 'nor-this' } },
        enum: { type: 'string', format: 'email', title: 'Courriel' },
      },
    });
    // Compiled (no « unknown format »), and the format of the property named `enum` is imported.
    expect(code).toContain('formats/email');
  });
});
