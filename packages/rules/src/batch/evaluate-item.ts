import { decide } from '../decide.js';
import { TremplinRulesError } from '../errors.js';
import type { Ruleset } from '../load.js';
import type { Decision } from '../types.js';

/** What a batch reads per item: bare facts, or an envelope naming the case and its date. */
export interface BatchEnvelope {
  id?: string | number;
  asOf?: string;
  facts: Record<string, unknown>;
}

export type BatchResult =
  | { index: number; id?: string | number; ok: true; decision: Decision }
  | { index: number; id?: string | number; ok: false; error: ReturnType<TremplinRulesError['toJSON']> };

function isEnvelope(value: unknown): value is BatchEnvelope {
  return !!value && typeof value === 'object' && !Array.isArray(value) && 'facts' in value;
}

/** Decides one batch item; every failure becomes a result line, so nothing is lost. */
export function evaluateItem(ruleset: Ruleset, index: number, input: unknown, defaults: { asOf?: string; trace?: boolean }): BatchResult {
  const envelope = isEnvelope(input) ? input : undefined;
  const id = envelope?.id;
  try {
    const decision = decide(ruleset, envelope ? envelope.facts : input, {
      asOf: envelope?.asOf ?? defaults.asOf,
      trace: defaults.trace,
    });
    return id === undefined ? { index, ok: true, decision } : { index, id, ok: true, decision };
  } catch (error) {
    const e = error instanceof TremplinRulesError ? error : new TremplinRulesError('invalid-facts', error instanceof Error ? error.message : String(error));
    return id === undefined ? { index, ok: false, error: e.toJSON() } : { index, id, ok: false, error: e.toJSON() };
  }
}
