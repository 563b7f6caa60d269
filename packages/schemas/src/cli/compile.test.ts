import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types (the CLI ships as .mjs)
import { CompileError, compileSchema, titlesOf } from './compile.mjs';

describe('tremplin-schemas compile', () => {
  it('emits standalone ESM: no eval, no require, messages labelled by the schema titles', () => {
    const code: string = compileSchema({ type: 'object', required: ['a'], properties: { a: { type: 'string', title: 'Nom' }, l: { type: 'array', items: { type: 'object', properties: { d: { type: 'string', format: 'date', title: 'Date' } } } } } });
    expect(code).not.toMatch(/new Function|eval\(|require\(/);
    expect(code).toMatch(/^import \{ formats as shipped, MESSAGES \} from '@tremplin\/schemas\/validator-runtime';$/m);
    expect(titlesOf({ properties: { a: { title: 'Nom' }, l: { items: { properties: { d: { title: 'Date' } } } } } })).toEqual({ '/a': 'Nom', '/l/*/d': 'Date' });
  });

  it('refuses what it cannot compile, with a bounded message', () => {
    expect(() => compileSchema([], { source: 's.json' })).toThrow(CompileError);
    expect(() => compileSchema({ properties: { a: { type: 'string', format: 'ipv4' } } })).toThrow(/unknown format\(s\) ipv4/);
    expect(() => compileSchema({ type: 'nonsense' })).toThrow(/not a valid JSON Schema/);
  });
});
