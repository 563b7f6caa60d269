import { decide } from '../decide.js';
import { isTremplinRulesError, TremplinRulesError } from '../errors.js';
import type { Ruleset } from '../load.js';
import type { Decision } from '../types.js';
import { compactDecision, type CompactDecision } from '../compact.js';
import { projectDecision, type ProjectedDecision } from '../project-decision.js';
import type { Audience } from '@tremplin/schemas';
import { jsonErrorOf, type LineProblem } from './ndjson.js';

/** What a batch reads per item: bare facts, or an envelope naming the case and its date. */
export interface BatchEnvelope {
  id?: string | number;
  asOf?: string;
  facts: Record<string, unknown>;
}

/**
 * One output record. `index` counts items (non-blank lines) from 0; `line` is the 1-based line of
 * the NDJSON input it comes from (absent when the source was not NDJSON).
 */
export type BatchResult =
  | { index: number; line?: number; id?: string | number; ok: true; decision: Decision | CompactDecision | ProjectedDecision }
  | { index: number; line?: number; id?: string | number; ok: false; error: ReturnType<TremplinRulesError['toJSON']> };

export interface ItemDefaults {
  asOf?: string;
  trace?: boolean;
  /** `full` (default): the whole decision; `compact`: see compactDecision(). */
  detail?: 'full' | 'compact';
  /** Each decision as this audience may read it (projectDecision) before it is written. */
  audience?: Audience;
}

const MAX_ID = 256;

function isEnvelope(value: unknown): value is BatchEnvelope {
  return !!value && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'facts');
}

function typed(error: unknown): TremplinRulesError {
  return isTremplinRulesError(error) ? error : new TremplinRulesError('invalid-input', `The item could not be decided (${error instanceof Error ? error.name : typeof error})`);
}

/** Decides one batch item; every failure becomes a result, so nothing is lost. */
export function evaluateItem(ruleset: Ruleset, index: number, input: unknown, defaults: ItemDefaults, line?: number): BatchResult {
  const head: { index: number; line?: number; id?: string | number } = line === undefined ? { index } : { index, line };
  try {
    const envelope = isEnvelope(input) ? input : undefined;
    const id = envelope?.id;
    if (id !== undefined) {
      if (!((typeof id === 'string' && id.length <= MAX_ID) || (typeof id === 'number' && Number.isFinite(id)))) {
        throw new TremplinRulesError('invalid-facts', `An envelope's id must be a number or a text of at most ${MAX_ID} characters`);
      }
      head.id = id;
    }
    const full = decide(ruleset, envelope ? envelope.facts : input, {
      asOf: envelope?.asOf ?? defaults.asOf,
      trace: defaults.trace && defaults.detail !== 'compact',
    });
    const seen = defaults.audience ? projectDecision(full, { audience: defaults.audience, ruleset }) : full;
    const decision = defaults.detail === 'compact' ? compactDecision(seen as Decision) : seen;
    return { ...head, ok: true, decision };
  } catch (error) {
    return { ...head, ok: false, error: withLine(typed(error), line) };
  }
}

function withLine(error: TremplinRulesError, line: number | undefined) {
  const json = error.toJSON();
  return line === undefined ? json : { ...json, details: { ...json.details, line } };
}

const PROBLEM_TEXT: Record<LineProblem | 'invalid-json', { fr: string; en: string }> = {
  'invalid-json': { fr: 'JSON invalide', en: 'invalid JSON' },
  'invalid-utf8': { fr: "n'est pas du texte UTF-8", en: 'not UTF-8 text' },
  'line-too-long': { fr: 'ligne trop longue', en: 'line too long' },
};

/** The result for an NDJSON line that is not JSON (or not text); `reason` never quotes the line. */
export function notJson(index: number, line: number, reason: string, code: LineProblem | 'invalid-json' = 'invalid-json'): BatchResult {
  const text = PROBLEM_TEXT[code];
  const error = new TremplinRulesError('invalid-facts', `Line ${line}: ${text.en} (${reason})`, {
    issues: [{ fact: '', code, message: { fr: `Ligne ${line} : ${text.fr}`, en: `Line ${line}: ${text.en}` } }],
    details: { line },
  });
  return { index, line, ok: false, error: error.toJSON() };
}

/** The record written when even an error record could not be serialised: fixed, small, typed. */
function lastResort(index: number, line: number): string {
  const error = new TremplinRulesError('invalid-input', `Line ${line}: the result could not be written`, { details: { line } });
  return `${JSON.stringify({ index, line, ok: false, error: error.toJSON() })}\n`;
}

/**
 * A raw NDJSON line to a result line: parse, decide, serialise, in whichever thread runs it.
 * Everything, serialisation included, is inside the try: one line can never end the batch.
 */
export function evaluateLine(ruleset: Ruleset, index: number, line: number, text: string, defaults: ItemDefaults, problem?: LineProblem): { json: string; ok: boolean } {
  try {
    let result: BatchResult;
    if (problem) result = notJson(index, line, problem, problem);
    else {
      let value: unknown;
      let parsed = true;
      try {
        value = JSON.parse(text);
      } catch (error) {
        parsed = false;
        result = notJson(index, line, jsonErrorOf(error));
      }
      if (parsed) result = evaluateItem(ruleset, index, value, defaults, line);
    }
    try {
      return { json: `${JSON.stringify(result!)}\n`, ok: result!.ok };
    } catch (error) {
      const failed = evaluateItemError(index, line, error);
      return { json: `${JSON.stringify(failed)}\n`, ok: false };
    }
  } catch {
    return { json: lastResort(index, line), ok: false };
  }
}

function evaluateItemError(index: number, line: number, error: unknown): BatchResult {
  return { index, line, ok: false, error: withLine(typed(error), line) };
}
