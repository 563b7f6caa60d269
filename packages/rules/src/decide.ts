import { addDays, addMonths, addYears, subDays, subMonths, subYears } from 'date-fns';
import { formats, parseDate, toIsoDate, today, type IsoDate } from '@tremplin/schemas';
import { describeValue, guarded, TremplinRulesError } from './errors.js';
import { checkFacts } from './facts.js';
import { versionInForce, type CompiledCondition, type Ruleset } from './load.js';
import { TRUE, UNKNOWN, traceEntries, type Truth } from './compile.js';
import { sentence, summarise } from './explain.js';
import type { ConditionResult, ConditionStatus, Decision, DeadlineSpec, Facts, Outcome } from './types.js';

export interface DecideOptions {
  /** The date the decision is made for (ISO); picks the rule version in force. Defaults to today. */
  asOf?: IsoDate;
  /** Record each fact test in `decision.trace` (default true; off saves time in bulk runs). */
  trace?: boolean;
}

const STATUS: Record<Truth, ConditionStatus> = { 0: 'failed', 1: 'met', 2: 'missing' };
const STATUS_CODE: Record<ConditionStatus, string> = { met: '+', failed: '-', missing: '?' };

function deadlineOf(spec: DeadlineSpec, facts: Facts, asOf: IsoDate): IsoDate | null {
  const from = spec.from === 'asOf' ? asOf : facts[spec.from];
  const start = typeof from === 'string' ? parseDate(from) : undefined;
  if (!start) return null;
  const { days = 0, months = 0, years = 0 } = spec.add ?? {};
  const d = spec.before
    ? subDays(subMonths(subYears(start, years), months), days)
    : addDays(addMonths(addYears(start, years), months), days);
  // Before year 0 or after 9999 there is no ISO date to give.
  return d.getFullYear() < 0 || d.getFullYear() > 9999 ? null : toIsoDate(d);
}

function resultOf(c: CompiledCondition, truth: Truth, missing: string[], facts: Facts, asOf: IsoDate): ConditionResult {
  const status = STATUS[truth];
  const data = c.data;
  const r: ConditionResult = {
    id: data.id,
    status,
    label: data.label,
    explanation: c.explanations[status],
    references: data.references,
    missingFacts: missing,
  };
  if (data.step) r.step = data.step;
  // A deadline belongs to a step that applies; computing it for every branch would cost date arithmetic for nothing.
  if (data.deadline && status === 'met') r.deadline = { label: data.deadline.label, date: deadlineOf(data.deadline, facts, asOf) };
  return r;
}

/** The decision's summary: the outcome, then what decided it, then what is missing. */
function explain(ruleset: Ruleset, kind: string, outcome: Outcome, conditions: ConditionResult[], steps: ConditionResult[], missingFacts: string[]) {
  const decisive = { fr: [] as string[], en: [] as string[] };
  const shown =
    kind === 'eligibility'
      ? outcome === 'eligible' ? conditions : conditions.filter((c) => c.status !== 'met')
      : steps.length ? steps : conditions.filter((c) => c.status === 'missing').slice(0, 1);
  for (const c of shown) {
    decisive.fr.push(c.step ? sentence(`${c.label.fr} → ${c.step.fr}`) : c.explanation.fr);
    decisive.en.push(c.step ? sentence(`${c.label.en} → ${c.step.en}`) : c.explanation.en);
  }
  const specs = ruleset.data.facts;
  const missingLabels = {
    fr: missingFacts.map((f) => specs[f]?.label.fr ?? f),
    en: missingFacts.map((f) => specs[f]?.label.en ?? f),
  };
  return summarise(ruleset.data, outcome, decisive, missingLabels);
}

/** A missing derived fact is reported as the base facts it needs, which are what a user can give. */
function expandDerived(ruleset: Ruleset, missing: string[], facts: Facts): string[] {
  const derived = ruleset.data.derivedFacts;
  if (!derived || missing.length === 0) return missing;
  const out: string[] = [];
  for (const f of missing) {
    const parts = derived[f] ? (derived[f].sum ?? [derived[f].onOrAfter!.fact]).filter((p) => facts[p] === undefined) : [f];
    for (const p of parts) if (!out.includes(p)) out.push(p);
  }
  return out;
}

// Bulk callers decide thousands of cases for one date: check it once.
let lastValidAsOf: string | undefined;


/**
 * Decides from facts with the rule version in force on `asOf`, and says why.
 * Throws TremplinRulesError (`invalid-facts`, `invalid-date`, `no-version-in-force`), never a wrong answer.
 *
 * @example
 * import { decide, rulesets } from '@tremplin/rules';
 * const d = decide(rulesets.chance, { stoppageInProgress: true, insuredRisk: true, employerSigned: true,
 *   agentSigned: true, medicalIncapacity: 'partielle', occupationalHealthAgreement: 'accorde' }, { asOf: '2026-11-24' });
 * d.outcome;      // 'incomplete'
 * d.missingFacts; // ['providerAgreement']
 */
export function decide(ruleset: Ruleset, input: unknown, options: DecideOptions = {}): Decision {
  return guarded('decide', () => decideChecked(ruleset, input, options));
}

/** A plain object: a Map, a Date or a class instance as facts would be read as `{}`, silently. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Refuses options that are not an options object (null, a string…) with a typed error. */
export function checkOptions<T extends object>(options: unknown, what: string): Partial<T> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TremplinRulesError('invalid-options', `${what}: options must be an object or undefined, got ${describeValue(options)}`);
  }
  return options as Partial<T>;
}

function decideChecked(ruleset: Ruleset, input: unknown, given: unknown): Decision {
  if (!ruleset || typeof ruleset !== 'object' || !ruleset.data || !Array.isArray(ruleset.versions) || ruleset.versions.length === 0) {
    throw new TremplinRulesError('unknown-ruleset', 'decide: the first argument must be a rule set (getRuleset(id) or loadRuleset(data))');
  }
  const options = checkOptions<DecideOptions>(given, 'decide');
  const asOf = options.asOf ?? today();
  if (asOf !== lastValidAsOf) {
    if (typeof asOf !== 'string' || !formats.date(asOf)) {
      throw new TremplinRulesError('invalid-date', `asOf must be a YYYY-MM-DD date, got ${typeof asOf === 'string' && asOf.length <= 10 ? JSON.stringify(asOf) : describeValue(asOf)}`);
    }
    lastValidAsOf = asOf;
  }
  const version = versionInForce(ruleset, asOf);
  if (input !== null && typeof input === 'object' && !Array.isArray(input) && !isPlainObject(input)) {
    throw new TremplinRulesError('invalid-facts', 'Facts must be a plain JSON object { name: value }, not a Map, Date or class instance', {
      issues: [{ fact: '', code: 'not-an-object', message: { fr: 'Les faits doivent être un objet JSON { nom: valeur }', en: 'Facts must be a plain JSON object { name: value }' } }],
      details: { ruleset: ruleset.id },
    });
  }
  const { facts, ignored, reasons } = checkFacts(ruleset.data, input);
  const trace: number[] | undefined = options.trace === false ? undefined : [];
  const kind = ruleset.data.kind;

  const conditions: ConditionResult[] = [];
  const truths: Truth[] = [];
  for (const c of version.conditions) {
    const missing: string[] = [];
    const truth = c.evaluate(facts, trace, missing);
    truths.push(truth);
    conditions.push(resultOf(c, truth, truth === UNKNOWN ? expandDerived(ruleset, missing, facts) : [], facts, asOf));
    // A procedure is read in order and stops at the branch that applies: later ones cannot matter.
    if (kind === 'path' && truth === TRUE) break;
  }

  let outcome: Outcome;
  let steps: ConditionResult[] = [];
  const missingFacts: string[] = [];
  const addMissing = (list: string[]) => {
    for (const f of list) if (!missingFacts.includes(f)) missingFacts.push(f);
  };

  if (kind === 'eligibility') {
    const failed = truths.includes(0);
    outcome = failed ? 'not-eligible' : truths.includes(UNKNOWN) ? 'incomplete' : 'eligible';
    // Once a condition fails, the missing facts cannot change the outcome; still list them so a
    // caseworker sees everything that is open.
    for (const c of conditions) addMissing(c.missingFacts);
  } else if (kind === 'path') {
    // The first branch that holds is the step, unless an earlier one is undecided.
    const first = truths.findIndex((t) => t !== 0);
    if (first === -1) outcome = 'not-eligible';
    else if (truths[first] === TRUE) {
      outcome = 'eligible';
      steps = [conditions[first]!];
    } else {
      outcome = 'incomplete';
      for (let i = first; i < conditions.length && truths[i] !== TRUE; i++) addMissing(conditions[i]!.missingFacts);
    }
  } else {
    steps = conditions.filter((c) => c.status === 'met');
    for (const c of conditions) addMissing(c.missingFacts);
    outcome = missingFacts.length ? 'incomplete' : steps.length ? 'eligible' : 'not-eligible';
  }

  let key = outcome;
  for (const c of conditions) key += STATUS_CODE[c.status];
  if (missingFacts.length) key += `|${missingFacts.join(',')}`;
  const explanation = version.summaries.get(key, () => explain(ruleset, kind, outcome, conditions, steps, missingFacts));
  const decision: Decision = {
    ruleset: ruleset.id,
    kind,
    version: version.data.version,
    validFrom: version.data.validFrom,
    asOf,
    outcome,
    steps,
    conditions,
    missingFacts,
    ignoredFacts: ignored,
    ignoredReasons: reasons,
    explanation,
    references: version.data.references,
    trace: trace ? traceEntries(version.leaves, trace, facts) : [],
  };
  return decision;
}
