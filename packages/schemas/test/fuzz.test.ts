import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validators, type ValidationResult } from '../src/index.js';
import { ALL_RECORDS, examplesOf } from './examples.js';

const RUNS = 10_000;

function wellFormed(result: ValidationResult<unknown>) {
  expect(typeof result.valid).toBe('boolean');
  if (result.valid) return expect(result.issues).toEqual([]);
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(typeof issue.path).toBe('string');
    expect(issue.path === '' || issue.path.startsWith('/')).toBe(true);
    expect(typeof issue.code).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

/** Replaces one value somewhere inside a valid document: reaches deep fields that random objects never do. */
function mutate(doc: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || doc === null || typeof doc !== 'object') return replacement;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(doc) ? [...doc] : { ...(doc as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0) return replacement;
  const key = keys[path[0]! % keys.length]!;
  (copy as Record<string, unknown>)[key] = mutate((copy as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

const hostile = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withObjectString: true }),
  fc.string({ maxLength: 3000 }),
  fc.constantFrom('__proto__', 'constructor', '9999-99-99', '2024-02-30', '', '\u0000', '\ud800'),
  fc.double(),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'), fc.anything()),
);

describe.each(ALL_RECORDS)('%s validator under %i random inputs', (name) => {
  const validate = validators[name] as (v: unknown) => ValidationResult<unknown>;
  const seeds = examplesOf(name).valid;

  it(`never throws on ${RUNS} arbitrary values`, () => {
    fc.assert(fc.property(hostile, (value) => wellFormed(validate(value))), { numRuns: RUNS / 2 });
  });

  it(`never throws on ${RUNS / 2} mutated valid documents, and reports where`, () => {
    fc.assert(
      fc.property(fc.nat(seeds.length - 1), fc.array(fc.nat(), { maxLength: 6 }), hostile, (i, path, replacement) => {
        const result = validate(mutate(seeds[i], path, replacement));
        wellFormed(result);
      }),
      { numRuns: RUNS / 2 },
    );
  });
});
