import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineTremplinElements, isTremplinElementsError, registerLocale, registerWidget } from '../dist/index.js';

// The functions a host calls with its own data, fed anything: each returns or throws our typed error,
// short, never echoing a long input (a host's text may be anything, a patient's name included).
const RUNS = 2_000;
const hostile = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withSparseArray: true, withNullPrototype: true, withObjectString: true }),
  fc.string({ maxLength: 500 }),
  fc.array(fc.oneof(fc.constantFrom('tremplin-form', 'tremplin-eligibility', '__proto__', 'constructor'), fc.string({ maxLength: 300 }))),
  fc.record({ base: fc.constantFrom('fr', 'en', 'de', undefined), strings: fc.anything(), messages: fc.anything(), labels: fc.anything() }, { requiredKeys: [] }),
);
const LONG = 'Dupont-Maladie-Chronique-'.repeat(10);

function judge(call: () => unknown) {
  try {
    call();
  } catch (error) {
    expect(isTremplinElementsError(error), String(error).slice(0, 200)).toBe(true);
    const message = (error as Error).message;
    expect(message.length).toBeLessThanOrEqual(300);
    expect(message).not.toContain(LONG.slice(0, 60));
  }
}

// A registry of its own: what is registered is only counted.
const registry = { get: () => undefined, define: () => undefined } as unknown as CustomElementRegistry;

describe('public entry points under random input', () => {
  it('defineTremplinElements', () => {
    fc.assert(fc.property(hostile, (tags) => judge(() => defineTremplinElements(tags as never, registry))), { numRuns: RUNS });
    judge(() => defineTremplinElements([LONG] as never, registry));
  });
  it('registerLocale', () => {
    fc.assert(fc.property(fc.oneof(fc.constantFrom('es', 'pt-BR', 'fr'), hostile), hostile, (code, locale) => judge(() => registerLocale(code as never, locale as never))), { numRuns: RUNS });
    judge(() => registerLocale(LONG, { base: 'fr' }));
    judge(() => registerLocale('es', { base: 'fr', messages: { [LONG]: LONG } } as never));
  });
  it('registerWidget', () => {
    fc.assert(fc.property(hostile, hostile, (kind, tag) => judge(() => registerWidget(kind as never, tag as never))), { numRuns: RUNS });
    judge(() => registerWidget('text', LONG));
  });
});
