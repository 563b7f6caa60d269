// What to send to a rule set: every fact it reads, with its type, allowed values, unit, label, source
// record field and the conditions that read it. Built from the rule data alone, so the docs page
// (docs/facts-reference.md), `tremplin rules <id> --facts` and a host's own forms never disagree.
import type { Locale } from '@tremplin/schemas';
import { derivedSources } from './facts.js';
import { getRuleset, type RulesetId } from './registry.js';
import type { DerivedFactSpec, FactSpec, FactType, Localised, When } from './types.js';

/** One fact a rule set reads, as an HR suite needs to know it to send it. */
export interface FactReference {
  /** The key to use in the facts object. */
  name: string;
  type: FactType;
  label: Localised;
  /** Allowed values of an `enum` fact. */
  values?: readonly string[];
  minimum?: number;
  maximum?: number;
  /** The unit of a number, or the format of a date: `{ fr: 'mois', en: 'months' }`, `YYYY-MM-DD`. */
  unit?: Localised;
  /** The record field the fact is usually mapped from (`chance-request: /stoppage/inProgress`). */
  source?: string;
  /** Conditions that read the fact (in their test or their deadline, or through a computed fact), by version. */
  readBy: { version: string; condition: string }[];
}

/** The facts of one shipped rule set, in the order the rule data declares them. */
export interface FactsReference {
  ruleset: RulesetId;
  title: Localised;
  facts: FactReference[];
  /**
   * Facts computed by the engine from others: not to send, listed so a trace reading one makes sense.
   * `from` holds the facts it is computed from (a sum's terms, or the date an `onOrAfter` test reads).
   */
  derived: { name: string; label: Localised; from: readonly string[]; sum?: readonly string[]; onOrAfter?: { fact: string; date: string } }[];
  /** Facts that must never weigh (e.g. a disciplinary record): set aside if sent. */
  forbidden: { name: string; label: Localised }[];
}

const DATE_FORMAT: Localised = { fr: 'date AAAA-MM-JJ', en: 'date YYYY-MM-DD' };

function factsRead(when: When, into: Set<string>): Set<string> {
  if ('fact' in when) into.add(when.fact);
  else if ('all' in when) for (const w of when.all) factsRead(w, into);
  else if ('any' in when) for (const w of when.any) factsRead(w, into);
  else factsRead(when.not, into);
  return into;
}

// The rule data may give a unit; otherwise a number's label ends with it in brackets: "Durée (mois)".
function unitOf(spec: FactSpec): Localised | undefined {
  const given = (spec as FactSpec & { unit?: Localised }).unit;
  if (given) return given;
  if (spec.type === 'date') return DATE_FORMAT;
  if (spec.type !== 'number' && spec.type !== 'integer') return undefined;
  const fr = /\(([^()]+)\)$/.exec(spec.label.fr)?.[1];
  const en = /\(([^()]+)\)$/.exec(spec.label.en)?.[1];
  return fr && en ? { fr, en } : undefined;
}

/**
 * The facts reference of a shipped rule set: what each fact means and what values it takes.
 *
 * @example
 * import { factsReference } from '@tremplin/rules';
 * for (const f of factsReference('chance').facts) console.log(f.name, f.type, f.values ?? '', f.label.fr);
 * // medicalIncapacity enum [ 'aucune', 'partielle', 'totale' ] Incapacité constatée par l'avis médical
 */
export function factsReference(id: RulesetId): FactsReference {
  const data = getRuleset(id).data; // an unknown name throws the usual typed error
  const readBy = new Map<string, FactReference['readBy']>();
  const derived = data.derivedFacts ?? {};
  for (const v of data.versions) {
    for (const c of v.conditions) {
      const read = factsRead(c.when, new Set());
      if (c.deadline && c.deadline.from !== 'asOf') read.add(c.deadline.from); // a deadline counts from it
      for (const fact of read) {
        for (const base of derived[fact] ? derivedSources(derived[fact]) : [fact]) {
          const list = readBy.get(base) ?? [];
          if (!list.some((r) => r.version === v.version && r.condition === c.id)) list.push({ version: v.version, condition: c.id });
          readBy.set(base, list);
        }
      }
    }
  }
  const facts = Object.entries(data.facts).map(([name, spec]): FactReference => {
    const entry: FactReference = { name, type: spec.type, label: spec.label, readBy: readBy.get(name) ?? [] };
    if (spec.values) entry.values = spec.values;
    if (spec.minimum !== undefined) entry.minimum = spec.minimum;
    if (spec.maximum !== undefined) entry.maximum = spec.maximum;
    const unit = unitOf(spec);
    if (unit) entry.unit = unit;
    if (spec.source) entry.source = spec.source;
    return entry;
  });
  return {
    ruleset: id,
    title: data.title,
    facts,
    derived: Object.entries(derived).map(([name, d]) => ({ name, label: d.label, from: derivedSources(d), ...(d.sum ? { sum: d.sum } : {}), ...(d.onOrAfter ? { onOrAfter: d.onOrAfter } : {}) })),
    forbidden: Object.entries(data.forbiddenFacts ?? {}).map(([name, f]) => ({ name, label: f.label })),
  };
}

/** How a computed fact is made, in one line: `requestedWorkingDays + workingDaysAlreadyUsed`, `stoppageStartDate ≥ 2022-04-01`. */
export function derivedFormula(d: FactsReference['derived'][number]): string {
  return d.sum ? d.sum.join(' + ') : d.onOrAfter ? `${d.onOrAfter.fact} ≥ ${d.onOrAfter.date}` : '';
}

/** How a fact's values read in one line: `aucune | partielle | totale`, `0 … 60`, `≥ 0`, `true | false`. */
export function factValues(f: FactReference): string {
  if (f.values) return f.values.join(' | ');
  if (f.type === 'boolean') return 'true | false';
  if (f.type === 'date') return 'YYYY-MM-DD';
  if (f.minimum !== undefined && f.maximum !== undefined) return `${f.minimum} … ${f.maximum}`;
  if (f.minimum !== undefined) return `≥ ${f.minimum}`;
  if (f.maximum !== undefined) return `≤ ${f.maximum}`;
  return '';
}

/** The facts reference as a person reads it in a terminal (`tremplin rules <id> --facts`). */
export function formatFactsReference(id: string, locale: Locale): string {
  const ref = factsReference(id as RulesetId);
  const lines = [`${ref.title[locale]} — ${id}`, ''];
  const colon = locale === 'fr' ? ' : ' : ': ';
  for (const f of ref.facts) {
    const values = factValues(f);
    lines.push(`  ${f.name}  (${f.type}${f.unit && f.type !== 'date' ? `, ${f.unit[locale]}` : ''})${values ? `  ${values}` : ''}`);
    lines.push(`      ${f.label[locale]}`);
    if (f.source) lines.push(`      ${locale === 'fr' ? 'source' : 'source'}${colon}${f.source}`);
    const conditions = [...new Set(f.readBy.map((r) => r.condition))];
    lines.push(`      ${locale === 'fr' ? 'lu par' : 'read by'}${colon}${conditions.join(', ') || '—'}`);
  }
  for (const d of ref.derived) lines.push('', `  ${d.name} = ${derivedFormula(d)}  (${locale === 'fr' ? 'calculé, ne pas envoyer' : 'computed, do not send'})`);
  if (ref.forbidden.length) {
    lines.push('', locale === 'fr' ? 'Ne doivent pas peser (écartés s\'ils sont envoyés) :' : 'Must not weigh (set aside if sent):');
    for (const f of ref.forbidden) lines.push(`  ${f.name}  ${f.label[locale]}`);
  }
  return lines.join('\n');
}
