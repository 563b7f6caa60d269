import type { Operator } from './types.js';

/**
 * The operators rule data may use, with json-rules-engine's semantics (its `engine-default-operators`),
 * so that the compiled evaluator and the reference engine agree. Missing facts never reach these:
 * the evaluator treats them as unknown first.
 */
export const OPERATORS: Record<Operator, (fact: unknown, value: unknown) => boolean> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  lessThan: (a, b) => typeof a === 'number' && typeof b === 'number' && a < b,
  lessThanInclusive: (a, b) => typeof a === 'number' && typeof b === 'number' && a <= b,
  greaterThan: (a, b) => typeof a === 'number' && typeof b === 'number' && a > b,
  greaterThanInclusive: (a, b) => typeof a === 'number' && typeof b === 'number' && a >= b,
  in: (a, b) => Array.isArray(b) && b.includes(a),
  notIn: (a, b) => Array.isArray(b) && !b.includes(a),
  contains: (a, b) => Array.isArray(a) && a.includes(b),
  doesNotContain: (a, b) => Array.isArray(a) && !a.includes(b),
};

export function isOperator(value: unknown): value is Operator {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(OPERATORS, value);
}

/** How each operator reads in an explanation. */
export const OPERATOR_SYMBOLS: Record<Operator, string> = {
  equal: '=', notEqual: '≠', lessThan: '<', lessThanInclusive: '≤', greaterThan: '>', greaterThanInclusive: '≥',
  in: '∈', notIn: '∉', contains: '∋', doesNotContain: '∌',
};
