import type { Localised } from './types.js';

export type RulesErrorCode =
  | 'invalid-ruleset' | 'undeclared-fact' | 'forbidden-fact' | 'unknown-operator' | 'invalid-value'
  | 'unknown-ruleset' | 'invalid-facts' | 'invalid-record' | 'invalid-date' | 'no-version-in-force'
  | 'invalid-options' | 'invalid-input';

/** One problem with a fact given to decide(). */
export interface FactIssue {
  fact: string;
  code: 'unknown-fact' | 'wrong-type' | 'not-in-list' | 'out-of-range' | 'invalid-date' | 'not-an-object' | 'invalid-record' | 'invalid-json' | 'invalid-utf8' | 'line-too-long';
  message: Localised;
  /** The refused value, only when it is a number, a boolean or null (text may be free text, hence medical). */
  value?: unknown;
}

/** Whatever the input, an error serialises to at most this many characters (a batch line, an HTTP body, stderr). */
export const MAX_ERROR_CHARS = 4096;
const MAX_MESSAGE = 400;
const MAX_NAME = 80;
const MAX_ISSUES = 20;

// Symbol.for: the same key in every copy of this package (ESM and CJS builds, two installed versions),
// so isTremplinRulesError answers for errors thrown by either copy.
const BRAND = Symbol.for('@tremplin/rules/error');

/** Clips a text to `max` characters (a fact name or message built from untrusted input). */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

// Shared with every package's errors; re-exported here for the modules that already import them from errors.
export { describeName, describeValue } from '@tremplin/schemas';
import { describeName, describeValue } from '@tremplin/schemas';

const showable = (value: unknown) => value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

function boundedIssue(issue: FactIssue): FactIssue {
  const out: FactIssue = {
    fact: clip(String(issue.fact), MAX_NAME),
    code: issue.code,
    message: { fr: clip(String(issue.message?.fr ?? ''), 240), en: clip(String(issue.message?.en ?? ''), 240) },
  };
  if (showable(issue.value)) out.value = issue.value;
  return out;
}

/** Details keep short primitive values and short lists of names; anything else is dropped. */
function boundedDetails(details: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details).slice(0, 12)) {
    if (showable(value)) out[clip(key, MAX_NAME)] = value;
    else if (typeof value === 'string') out[clip(key, MAX_NAME)] = clip(value, MAX_NAME);
    else if (Array.isArray(value) && value.length <= 20 && value.every((v) => typeof v === 'string' || showable(v))) {
      out[clip(key, MAX_NAME)] = value.map((v) => (typeof v === 'string' ? clip(v, MAX_NAME) : v));
    }
  }
  return out;
}

/**
 * Every error this package throws. `code` says what went wrong; `issues` lists each bad fact
 * (up to 20) when the facts were refused. Its JSON form is at most 4 kB whatever the input, and never
 * quotes a text value.
 */
export class TremplinRulesError extends Error {
  override readonly name = 'TremplinRulesError';
  readonly code: RulesErrorCode;
  readonly issues: FactIssue[];
  readonly details: Record<string, unknown>;

  constructor(code: RulesErrorCode, message: string, options: { issues?: FactIssue[]; details?: Record<string, unknown> } = {}) {
    super(clip(String(message), MAX_MESSAGE));
    this.code = code;
    const all = options.issues ?? [];
    this.issues = all.slice(0, MAX_ISSUES).map(boundedIssue);
    this.details = boundedDetails(options.details ?? {});
    if (all.length > this.issues.length) this.details.omittedIssues = all.length - this.issues.length;
    // The caps above keep the JSON small; this is the guarantee.
    while (this.issues.length && JSON.stringify(this.toJSON()).length > MAX_ERROR_CHARS) {
      this.issues.pop();
      this.details.omittedIssues = all.length - this.issues.length;
    }
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** A plain object for JSON output (CLI, batch lines, HTTP bodies). */
  toJSON() {
    return { name: this.name, code: this.code, message: this.message, issues: this.issues, details: this.details };
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return isTremplinRulesError(value);
  }
}

/** True for an error thrown by any copy of @tremplin/rules (ESM or CommonJS build, another version). */
export function isTremplinRulesError(value: unknown): value is TremplinRulesError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

/**
 * Runs `fn`, letting this package's errors through and turning anything else (a RangeError from a
 * value nested too deep, a TypeError from a getter…) into a typed `invalid-input` error that names
 * only the error's kind.
 */
export function guarded<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (isTremplinRulesError(error)) throw error;
    const kind = error instanceof RangeError ? 'nested too deep or too large' : 'not readable';
    throw new TremplinRulesError('invalid-input', `${what}: the input is ${kind} (${error instanceof Error ? error.name : typeof error})`);
  }
}
