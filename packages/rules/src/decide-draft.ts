import { invalidValuePaths, pointerParts, validators, type IsoDate, type Locale, type ValidationIssue } from '@tremplin/schemas';
import { checkOptions, decide } from './decide.js';
import { guarded, TremplinRulesError } from './errors.js';
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

type Node = Record<string, unknown> | unknown[];
const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object';
const shallow = (v: Node): Node => (Array.isArray(v) ? [...v] : { ...v });

/**
 * A copy of the draft without the values at the given paths. Only the containers on those paths
 * are copied (the input stays untouched); a deep clone would copy, and overflow on, nesting the
 * mapping never reads.
 */
function without(draft: Node, paths: string[]): unknown {
  if (paths.includes('')) return {};
  const root = shallow(draft);
  const copied = new Set<Node>([root]);
  for (const path of paths) {
    const parts = pointerParts(path);
    const key = parts.pop()!;
    let node: unknown = root;
    for (const part of parts) {
      if (!isNode(node)) break;
      const child = (node as Record<string, unknown>)[part];
      if (!isNode(child)) { node = undefined; break; }
      const own = copied.has(child) ? child : shallow(child);
      copied.add(own);
      (node as Record<string, unknown>)[part] = own;
      node = own;
    }
    if (Array.isArray(node)) node[Number(key)] = undefined;
    else if (isNode(node)) delete (node as Record<string, unknown>)[key];
  }
  return root;
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
  return guarded('decideDraft', () => decideDraftChecked(name, draft, checkOptions<DraftDecisionOptions>(options, 'decideDraft')));
}

function decideDraftChecked(name: DraftRecordName, draft: unknown, options: DraftDecisionOptions): DraftDecision {
  const mapping = mappingOf(name);
  const result = validators[name](draft, { locale: options.locale === 'en' ? 'en' : 'fr' });
  const setAside = invalidValuePaths(result.issues);
  const usable = draft !== null && typeof draft === 'object' && !Array.isArray(draft) ? without(draft as Node, setAside) : {};
  let facts: object;
  try {
    facts = mapping.toFacts(usable, options.asOf !== undefined ? { asOf: options.asOf } : {});
  } catch {
    // A draft whose shape the mapping cannot read (a list where an object belongs, left valid by the
    // validator's first error): refused, typed, rather than a TypeError from deep inside the mapping.
    throw new TremplinRulesError('invalid-record', `decideDraft: this ${name} draft cannot be read (${result.issues.length} validation issues)`, { details: { record: name } });
  }
  const decision = decide(getRuleset(mapping.ruleset), facts, options.asOf !== undefined ? { asOf: options.asOf } : {});
  return { decision, issues: result.issues, setAside };
}
