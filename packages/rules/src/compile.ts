import { OPERATORS } from './operators.js';
import type { Facts, FactTest, TraceEntry, When } from './types.js';

/** Three-valued truth: a condition can hold, fail, or stay undecided while facts are missing. */
export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Truth = typeof FALSE | typeof TRUE | typeof UNKNOWN;

/** A fact test of a compiled version, numbered: the trace records numbers, not objects. */
export interface Leaf extends FactTest {
  condition: string;
}

/**
 * Evaluates a condition against facts. `trace` receives two numbers per fact test (the leaf's
 * number and its Truth), turned into TraceEntry objects only if someone reads the trace.
 */
export type Evaluator = (facts: Facts, trace: number[] | undefined, missing: string[]) => Truth;

/**
 * Compiles a json-rules-engine condition tree into closures, once per rule set, so a decision
 * costs a few function calls. Logic is Kleene's: `all` fails as soon as one part fails even if
 * others are unknown; `any` holds as soon as one part holds. So a decision concludes whenever the
 * facts at hand suffice, and names only the facts that would change it. With every fact present
 * it gives exactly json-rules-engine's answer (checked against it on random facts in the tests).
 */
export function compileWhen(when: When, condition: string, leaves: Leaf[]): Evaluator {
  if ('fact' in when) {
    const { fact, operator, value } = when;
    const test = OPERATORS[operator];
    const id = leaves.push({ condition, fact, operator, value }) - 1;
    return (facts, trace, missing) => {
      const actual = facts[fact];
      if (actual === undefined || actual === null) {
        if (trace) trace.push(id, UNKNOWN);
        if (!missing.includes(fact)) missing.push(fact);
        return UNKNOWN;
      }
      const result = test(actual, value) ? TRUE : FALSE;
      if (trace) trace.push(id, result);
      return result;
    };
  }
  if ('not' in when) {
    const inner = compileWhen(when.not, condition, leaves);
    return (facts, trace, missing) => {
      const r = inner(facts, trace, missing);
      return r === UNKNOWN ? UNKNOWN : r === TRUE ? FALSE : TRUE;
    };
  }
  const isAll = 'all' in when;
  const parts = (isAll ? when.all : when.any).map((w) => compileWhen(w, condition, leaves));
  const decisive = isAll ? FALSE : TRUE;
  return (facts, trace, missing) => {
    let unknown = false;
    // Every part is evaluated (no short-circuit) so the trace is complete; facts missing from a
    // part that cannot change the result are dropped below.
    const before = missing.length;
    let result: Truth | undefined;
    for (let i = 0; i < parts.length; i++) {
      const r = parts[i]!(facts, trace, missing);
      if (r === decisive) result = decisive;
      else if (r === UNKNOWN) unknown = true;
    }
    if (result === decisive) {
      if (missing.length !== before) missing.length = before;
      return decisive;
    }
    return unknown ? UNKNOWN : isAll ? TRUE : FALSE;
  };
}

/** Turns the numbers an evaluation recorded into readable trace entries. */
export function traceEntries(leaves: readonly Leaf[], codes: readonly number[], facts: Facts): TraceEntry[] {
  const out: TraceEntry[] = [];
  for (let i = 0; i < codes.length; i += 2) {
    const leaf = leaves[codes[i]!]!;
    const truth = codes[i + 1]!;
    out.push({
      condition: leaf.condition,
      fact: leaf.fact,
      operator: leaf.operator,
      expected: leaf.value,
      actual: truth === UNKNOWN ? undefined : facts[leaf.fact],
      result: truth === UNKNOWN ? 'unknown' : truth === TRUE,
    });
  }
  return out;
}
