import { invalidValuePaths, pointerParts, validators, type IsoDate, type Locale, type ValidationIssue } from '@tremplin/schemas';
import { decide } from './decide.js';
import { getRuleset } from './registry.js';
import { mappingOf, type MappedRecord } from './decide-record.js';
import type { Decision } from './types.js';

export type DraftRecordName = MappedRecord;

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
  locale?: Locale;
}

/** A copy of the draft without the values at the given paths. */
function without(draft: unknown, paths: string[]): unknown {
  if (paths.includes('')) return {};
  const copy = structuredClone(draft) as Record<string, unknown>;
  for (const path of paths) {
    const parts = pointerParts(path);
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
  const mapping = mappingOf(name);
  const result = validators[name](draft, { locale: options.locale ?? 'fr' });
  const setAside = invalidValuePaths(result.issues);
  const usable = draft !== null && typeof draft === 'object' && !Array.isArray(draft) ? without(draft, setAside) : {};
  const facts = mapping.toFacts(usable, options.asOf ? { asOf: options.asOf } : {});
  const decision = decide(getRuleset(mapping.ruleset), facts, options.asOf ? { asOf: options.asOf } : {});
  return { decision, issues: result.issues, setAside };
}
