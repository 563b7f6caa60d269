import { FACT_MAPPINGS, validators, type IsoDate, type ValidationIssue } from '@tremplin/schemas';
import { decide } from './decide.js';
import { getRuleset } from './registry.js';
import { TremplinRulesError } from './errors.js';
import type { Decision } from './types.js';

export type DraftRecordName = keyof typeof FACT_MAPPINGS;

export interface DraftDecision {
  /** The decision on what the draft already says; `incomplete` with `missingFacts` until it says enough. */
  decision: Decision;
  /** The draft's validation issues (French unless `locale` says otherwise): set-aside values are among them. */
  issues: ValidationIssue[];
  /** Paths of values set aside because they are invalid (a malformed date, an unknown option…). */
  setAside: string[];
}

export interface DraftDecisionOptions {
  asOf?: IsoDate;
  locale?: 'fr' | 'en';
}

const unescape = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** A copy of the draft without the values at the given paths. */
function without(draft: unknown, paths: string[]): unknown {
  if (paths.includes('')) return {};
  const copy = structuredClone(draft) as Record<string, unknown>;
  for (const path of paths) {
    const parts = path.slice(1).split('/').map(unescape);
    const key = parts.pop()!;
    let node: unknown = copy;
    for (const part of parts) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    if (Array.isArray(node)) node[Number(key)] = undefined;
    else if (node && typeof node === 'object') delete (node as Record<string, unknown>)[key];
  }
  return copy;
}

/**
 * Decides on a record still being typed: what a live eligibility panel shows. Unlike
 * `decideRecord`, an incomplete or partly invalid draft is not refused: invalid values are set
 * aside (and listed), absent parts become missing facts, and the outcome stays `incomplete` until
 * the draft says enough.
 *
 * @example
 * const { decision } = decideDraft('chance-request', { stoppage: { inProgress: true } });
 * decision.outcome      // 'incomplete'
 * decision.missingFacts // ['insuredRisk', 'employerSigned', …]
 */
export function decideDraft(name: DraftRecordName, draft: unknown, options: DraftDecisionOptions = {}): DraftDecision {
  const mapping = FACT_MAPPINGS[name];
  if (!mapping) {
    throw new TremplinRulesError('unknown-ruleset', `No rule set takes "${String(name)}" records; mapped records: ${Object.keys(FACT_MAPPINGS).join(', ')}`);
  }
  const result = validators[name](draft, { locale: options.locale ?? 'fr' });
  const setAside = result.valid ? [] : [...new Set(result.issues.filter((i) => i.code !== 'required').map((i) => i.path))];
  const usable = draft !== null && typeof draft === 'object' && !Array.isArray(draft) ? without(draft, setAside) : {};
  const toFacts = mapping.toFacts as (r: unknown, o?: { asOf?: IsoDate }) => object;
  const facts = toFacts(usable, options.asOf ? { asOf: options.asOf } : {});
  const decision = decide(getRuleset(mapping.ruleset), facts, options.asOf ? { asOf: options.asOf } : {});
  return { decision, issues: result.issues, setAside };
}
