import { decide } from '../decide.js';
import { TremplinRulesError } from '../errors.js';
import type { Ruleset } from '../load.js';
import type { Decision } from '../types.js';
import { compactDecision, type CompactDecision } from '../compact.js';

/** What a batch reads per item: bare facts, or an envelope naming the case and its date. */
export interface BatchEnvelope {
  id?: string | number;
  asOf?: string;
  facts: Record<string, unknown>;
}

export type BatchResult =
  | { index: number; id?: string | number; ok: true; decision: Decision | CompactDecision }
  | { index: number; id?: string | number; ok: false; error: ReturnType<TremplinRulesError['toJSON']> };

export interface ItemDefaults {
  asOf?: string;
  trace?: boolean;
  /** `full` (default): the whole decision; `compact`: see compactDecision(). */
  detail?: 'full' | 'compact';
}

function isEnvelope(value: unknown): value is BatchEnvelope {
  return !!value && typeof value === 'object' && !Array.isArray(value) && 'facts' in value;
}

/** Decides one batch item; every failure becomes a result, so nothing is lost. */
export function evaluateItem(ruleset: Ruleset, index: number, input: unknown, defaults: ItemDefaults): BatchResult {
  const envelope = isEnvelope(input) ? input : undefined;
  const id = envelope?.id;
  try {
    const full = decide(ruleset, envelope ? envelope.facts : input, {
      asOf: envelope?.asOf ?? defaults.asOf,
      trace: defaults.trace && defaults.detail !== 'compact',
    });
    const decision = defaults.detail === 'compact' ? compactDecision(full) : full;
    return id === undefined ? { index, ok: true, decision } : { index, id, ok: true, decision };
  } catch (error) {
    const e = error instanceof TremplinRulesError ? error : new TremplinRulesError('invalid-facts', error instanceof Error ? error.message : String(error));
    return id === undefined ? { index, ok: false, error: e.toJSON() } : { index, id, ok: false, error: e.toJSON() };
  }
}

/** The result for an NDJSON line that is not JSON. */
export function notJson(index: number, line: number, message: string, text: string): BatchResult {
  const error = new TremplinRulesError('invalid-facts', `Line ${line} is not JSON: ${message}`, {
    issues: [{ fact: '', code: 'invalid-json', message: { fr: `Ligne ${line} : JSON invalide`, en: `Line ${line}: invalid JSON` } }],
    details: { line, text: text.length > 200 ? `${text.slice(0, 200)}…` : text },
  });
  return { index, ok: false, error: error.toJSON() };
}

/** A raw NDJSON line to a result line: parse, decide, serialise, in whichever thread runs it. */
export function evaluateLine(ruleset: Ruleset, index: number, line: number, text: string, defaults: ItemDefaults): { json: string; ok: boolean } {
  let value: unknown;
  let result: BatchResult;
  try {
    value = JSON.parse(text);
    result = evaluateItem(ruleset, index, value, defaults);
  } catch (error) {
    result = notJson(index, line, error instanceof Error ? error.message : String(error), text);
  }
  return { json: `${JSON.stringify(result)}\n`, ok: result.ok };
}
