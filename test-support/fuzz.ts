// Shared by the fuzz suites: the seed (fixed, printed, overridable with FUZZ_SEED so a failure
// replays), hostile values, and the check every entry point must pass — return, or throw one of
// the SDK's typed errors whose JSON is at most 4 kB.
import fc from 'fast-check';
import { expect } from 'vitest';

export const SEED = Number(process.env.FUZZ_SEED ?? 20_261_126);
export const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
export const MAX_ERROR = 4096;

/** Prints the seed once per suite, so a failing run can be replayed with FUZZ_SEED=… */
export function announce(suite: string) {
  console.log(`fuzz ${suite}: seed ${SEED}, ${RUNS} inputs per entry point (replay: FUZZ_SEED=${SEED})`);
}

export const params = () => ({ seed: SEED, numRuns: RUNS, endOnFailure: true });

const deep = (n: number, leaf: unknown) => {
  let v: unknown = leaf;
  for (let i = 0; i < n; i++) v = i % 2 ? [v] : { a: v };
  return v;
};
const cycle = () => {
  const o: Record<string, unknown> = { x: 1 };
  o.self = o;
  return o;
};

/** Anything a caller could pass: JS values of every kind (BigInt, Map, Date, null prototypes…), deep and cyclic ones. */
export const hostile = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true, maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1000, max: 20_000 }).map((n) => deep(n, 1)) },
    { weight: 1, arbitrary: fc.constant(null).map(cycle) },
    { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 200_000 }).map((n) => 'é'.repeat(n)) },
  );

/** Objects with the right keys and hostile values: what gets past a first "is it an object" check. */
export const shaped = (keys: readonly string[]): fc.Arbitrary<Record<string, unknown>> =>
  fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 20 })), fc.oneof(hostile(), fc.constantFrom(true, false, 0, 1.5, -1, '2026-11-24', '0099-02-29', 'partielle', null)), { maxKeys: 12 });

/** Calls `fn`: it must return, or throw a typed error (per `isTyped`) whose JSON is at most 4 kB. */
export function typedOrValue(fn: () => unknown, isTyped: (e: unknown) => boolean): void {
  try {
    fn();
  } catch (error) {
    if (!isTyped(error)) throw new Error(`untyped throw: ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : typeof error}`);
    const size = JSON.stringify(error).length;
    expect(size).toBeLessThanOrEqual(MAX_ERROR);
  }
}
