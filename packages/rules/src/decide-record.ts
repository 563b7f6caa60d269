import { FACT_MAPPINGS, validators, type IsoDate, type ValidationIssue } from '@tremplin/schemas';
import { checkOptions, decide } from './decide.js';
import { getRuleset } from './registry.js';
import { clip, guarded, TremplinRulesError } from './errors.js';
import type { Decision } from './types.js';

export interface RecordDecisionOptions {
  asOf?: IsoDate;
  trace?: boolean;
}

export type MappedRecord = keyof typeof FACT_MAPPINGS;

/** The rule set a record feeds and its fact mapping; a typed error for a record that feeds none. */
export function mappingOf(name: MappedRecord) {
  // Own keys only: 'constructor' or '__proto__' must not find Object.prototype's.
  const mapping = typeof name === 'string' && Object.hasOwn(FACT_MAPPINGS, name) && Object.hasOwn(validators, name) ? FACT_MAPPINGS[name] : undefined;
  if (!mapping) {
    const shown = typeof name === 'string' ? `"${clip(name, 40)}"` : typeof name;
    throw new TremplinRulesError('unknown-ruleset', `No rule set takes ${shown} records; mapped records: ${Object.keys(FACT_MAPPINGS).join(', ')}`);
  }
  return { ruleset: mapping.ruleset, toFacts: mapping.toFacts as (record: unknown, options?: { asOf?: IsoDate }) => object };
}

/**
 * Validates a record with @tremplin/schemas, maps it to facts and decides with the rule set it
 * feeds (referral → visites, chance-request → chance, action-plan → chance-plan).
 * An invalid record is refused with its validation issues, never decided.
 *
 * @example
 * const decision = decideRecord('chance-request', request, { asOf: '2026-11-24' });
 */
export function decideRecord(name: MappedRecord, record: unknown, options: RecordDecisionOptions = {}): Decision {
  return guarded('decideRecord', () => decideRecordChecked(name, record, checkOptions<RecordDecisionOptions>(options, 'decideRecord')));
}

function decideRecordChecked(name: MappedRecord, record: unknown, options: RecordDecisionOptions): Decision {
  const mapping = mappingOf(name);
  const result = validators[name](record);
  if (!result.valid) {
    const issues: ValidationIssue[] = result.issues;
    const english = validators[name](record, { locale: 'en' }).issues; // same issues, same order
    throw new TremplinRulesError('invalid-record', `Invalid ${name} record: ${issues.map((i) => `${i.path} ${i.code}`).join(', ')}`, {
      issues: issues.map((i, k) => ({ fact: i.path, code: 'invalid-record', message: { fr: i.message, en: english[k]?.message ?? i.message } })),
      details: { record: name },
    });
  }
  const facts = mapping.toFacts(result.value, options.asOf !== undefined ? { asOf: options.asOf } : {});
  return decide(getRuleset(mapping.ruleset), facts, options);
}
