import type { Localised } from './types.js';

export type RulesErrorCode =
  | 'invalid-ruleset' | 'undeclared-fact' | 'forbidden-fact' | 'unknown-operator' | 'invalid-value'
  | 'unknown-ruleset' | 'invalid-facts' | 'invalid-record' | 'invalid-date' | 'no-version-in-force';

/** One problem with a fact given to decide(). */
export interface FactIssue {
  fact: string;
  code: 'unknown-fact' | 'wrong-type' | 'not-in-list' | 'out-of-range' | 'invalid-date' | 'not-an-object' | 'invalid-record' | 'invalid-json';
  message: Localised;
  value?: unknown;
}

/**
 * Every error this package throws. `code` says what went wrong; `issues` lists each bad fact
 * (all of them, not the first) when the facts were refused.
 */
export class TremplinRulesError extends Error {
  override readonly name = 'TremplinRulesError';
  readonly code: RulesErrorCode;
  readonly issues: FactIssue[];
  readonly details: Record<string, unknown>;

  constructor(code: RulesErrorCode, message: string, options: { issues?: FactIssue[]; details?: Record<string, unknown> } = {}) {
    super(message);
    this.code = code;
    this.issues = options.issues ?? [];
    this.details = options.details ?? {};
  }

  /** A plain object for JSON output (CLI, batch lines, HTTP bodies). */
  toJSON() {
    return { name: this.name, code: this.code, message: this.message, issues: this.issues, details: this.details };
  }
}

export function isTremplinRulesError(value: unknown): value is TremplinRulesError {
  return value instanceof TremplinRulesError;
}
