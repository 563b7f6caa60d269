import { formats } from '@tremplin/schemas';
import { describeName, describeValue, TremplinRulesError, type FactIssue } from './errors.js';
import { reasonOf } from './forbidden.js';
import type { DerivedFactSpec, Facts, FactSpec, IgnoredFact, RulesetData } from './types.js';

export interface CheckedFacts {
  facts: Facts;
  ignored: string[];
  /** Why each ignored fact was set aside (same order as `ignored`). */
  reasons: IgnoredFact[];
}

const NONE: IgnoredFact[] = [];

function describe(spec: FactSpec): { fr: string; en: string } {
  switch (spec.type) {
    case 'boolean': return { fr: 'oui/non (true ou false)', en: 'yes/no (true or false)' };
    case 'integer': return { fr: 'un nombre entier', en: 'a whole number' };
    case 'number': return { fr: 'un nombre', en: 'a number' };
    case 'date': return { fr: 'une date AAAA-MM-JJ', en: 'a YYYY-MM-DD date' };
    case 'enum': return { fr: `l'une des valeurs ${spec.values!.join(', ')}`, en: `one of ${spec.values!.join(', ')}` };
  }
}

/** Whether errors may describe a fact's value (its kind and size, or a number; see describeValue): medical secrecy covers what a medical (or unclassed) fact received, even when ill-typed. */
const quotable = (spec: FactSpec) => {
  const cls = (spec as FactSpec & { confidentiality?: string }).confidentiality;
  return cls === 'personal' || cls === 'professional';
};

function checkOne(name: string, spec: FactSpec, value: unknown): FactIssue | undefined {
  // Built only when a fact is wrong: the happy path must stay cheap for bulk decisions.
  const wrong = (code: FactIssue['code'], expected = describe(spec)): FactIssue => (quotable(spec)
    ? {
        fact: name,
        code,
        value,
        message: {
          fr: `« ${spec.label.fr} » (${name}) doit être ${expected.fr} ; reçu ${describeValue(value)}`,
          en: `"${spec.label.en}" (${name}) must be ${expected.en}; got ${describeValue(value)}`,
        },
      }
    : {
        fact: name,
        code,
        message: {
          fr: `« ${spec.label.fr} » (${name}) doit être ${expected.fr} ; la valeur reçue n'en est pas une (couverte par le secret médical, elle n'est pas reprise)`,
          en: `"${spec.label.en}" (${name}) must be ${expected.en}; received a value that is not (covered by medical secrecy, not quoted)`,
        },
      });
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : wrong('wrong-type');
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value) || (spec.type === 'integer' && !Number.isInteger(value))) return wrong('wrong-type');
      if ((spec.minimum !== undefined && value < spec.minimum) || (spec.maximum !== undefined && value > spec.maximum)) {
        const range = wrong('out-of-range');
        if (quotable(spec)) range.message = {
          fr: `« ${spec.label.fr} » (${name}) doit être entre ${spec.minimum ?? '-∞'} et ${spec.maximum ?? '+∞'} ; reçu ${describeValue(value)}`,
          en: `"${spec.label.en}" (${name}) must be between ${spec.minimum ?? '-∞'} and ${spec.maximum ?? '+∞'}; got ${describeValue(value)}`,
        };
        else range.message = {
          fr: `« ${spec.label.fr} » (${name}) doit être entre ${spec.minimum ?? '-∞'} et ${spec.maximum ?? '+∞'} ; la valeur reçue n'y est pas (couverte par le secret médical, elle n'est pas reprise)`,
          en: `"${spec.label.en}" (${name}) must be between ${spec.minimum ?? '-∞'} and ${spec.maximum ?? '+∞'}; received a value that is not (covered by medical secrecy, not quoted)`,
        };
        return range;
      }
      return undefined;
    }
    case 'enum':
      return typeof value === 'string' && spec.values!.includes(value) ? undefined : wrong('not-in-list');
    case 'date':
      return typeof value === 'string' && formats.date(value) ? undefined : wrong('invalid-date');
  }
}

/**
 * Checks facts against the rule set's declarations. Unknown or ill-typed facts are refused, all of
 * them in one error (never a wrong answer from a misspelt name); forbidden facts (those declared for
 * every rule set and the rule set's own, merged by the loader) are set aside whatever their value and
 * reported with the reason; null and undefined mean "not known".
 */
type Checker = (name: string, value: unknown) => FactIssue | undefined;
const FORBIDDEN: Checker = () => undefined;
const checkersByData = new WeakMap<RulesetData, Map<string, Checker>>();

/** One checker per declared fact (and a marker per forbidden one), built once per rule set. */
function checkersOf(data: RulesetData): Map<string, Checker> {
  let checkers = checkersByData.get(data);
  if (!checkers) {
    checkers = new Map();
    for (const [name, spec] of Object.entries(data.facts)) checkers.set(name, (n, v) => checkOne(n, spec, v));
    for (const name of Object.keys(data.forbiddenFacts ?? {})) checkers.set(name, FORBIDDEN);
    checkersByData.set(data, checkers);
  }
  return checkers;
}

export function checkFacts(data: RulesetData, input: unknown): CheckedFacts {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    const issue: FactIssue = {
      fact: '',
      code: 'not-an-object',
      message: { fr: 'Les faits doivent être un objet JSON { nom: valeur }', en: 'Facts must be a JSON object { name: value }' },
    };
    throw new TremplinRulesError('invalid-facts', issue.message.en, { issues: [issue], details: { ruleset: data.id } });
  }
  const facts: Facts = {};
  const ignored: string[] = [];
  let reasons = NONE;
  const issues: FactIssue[] = [];
  const checkers = checkersOf(data);
  for (const name of Object.keys(input)) {
    const value = (input as Record<string, unknown>)[name];
    const check = checkers.get(name);
    if (check === FORBIDDEN) {
      ignored.push(name);
      // Built only when a forbidden fact comes in: the usual decision pays nothing for it.
      const factor = data.forbiddenFacts![name]!;
      if (reasons === NONE) reasons = [];
      reasons.push({ fact: name, reason: reasonOf(factor), references: factor.references });
      continue;
    }
    if (!check) {
      const shown = describeName(name);
      issues.push({
        fact: shown,
        code: 'unknown-fact',
        message: { fr: `Fait inconnu de la règle « ${data.id} » : ${shown}`, en: `Fact not used by rule set "${data.id}": ${shown}` },
      });
      continue;
    }
    if (value === undefined || value === null) continue;
    const issue = check(name, value);
    if (issue) issues.push(issue);
    else facts[name] = value;
  }
  if (issues.length) {
    throw new TremplinRulesError('invalid-facts', issues.map((i) => i.message.en).join('; '), { issues, details: { ruleset: data.id } });
  }
  for (const [name, spec] of Object.entries(data.derivedFacts ?? {})) {
    if (spec.onOrAfter) {
      // ISO dates compare as strings; unknown stays unknown.
      const v = facts[spec.onOrAfter.fact];
      if (typeof v === 'string') facts[name] = v >= spec.onOrAfter.date;
      continue;
    }
    let total = 0;
    let known = true;
    for (const part of spec.sum ?? []) {
      const v = facts[part];
      if (typeof v === 'number') total += v;
      else known = false;
    }
    if (known) facts[name] = total;
  }
  return { facts, ignored, reasons: reasons === NONE ? [] : reasons };
}

/** The facts a computed fact is made from: a sum's terms, or the date an on-or-after test reads. */
export function derivedSources(d: DerivedFactSpec): readonly string[] {
  return d.sum ?? (d.onOrAfter ? [d.onOrAfter.fact] : []);
}
