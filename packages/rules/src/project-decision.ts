import { canAudienceRead, isAudience, type Audience, type Confidentiality } from '@tremplin/schemas';
import { TremplinRulesError } from './errors.js';
import { derivedSources } from './facts.js';
import { sentence } from './explain.js';
import { factsRead, type Ruleset } from './load.js';
import { getRuleset } from './registry.js';
import type { ConditionResult, ConditionStatus, Decision, Localised, Outcome, RulesetData, RulesetKind, TraceEntry } from './types.js';

/**
 * A decision as one audience may read it. A condition that reads a fact the audience may not read
 * (a medical fact, or a fact with no class: fail closed) shows « couvert par le secret médical »
 * instead of met / not met, with no explanation, deadline, missing fact or trace of that fact. The
 * outcome and the next step are shown only when they would be the same whatever the hidden
 * conditions say, since otherwise they would tell them.
 */

/** `secret`: covered by medical secrecy for this audience. */
export type ProjectedStatus = ConditionStatus | 'secret';

export interface ProjectedCondition extends Omit<ConditionResult, 'status'> {
  status: ProjectedStatus;
}

export interface ProjectedDecision extends Omit<Decision, 'outcome' | 'conditions' | 'steps' | 'trace'> {
  audience: Audience;
  outcome: Outcome | 'secret';
  steps: ProjectedCondition[];
  conditions: ProjectedCondition[];
  trace: TraceEntry[];
  /** What was covered: condition ids and fact names (never values). */
  withheld: { conditions: string[]; facts: string[] };
}

export interface ProjectDecisionOptions {
  audience: Audience;
  /** The rule set the decision came from; default: the shipped one of that id. */
  ruleset?: Ruleset;
}

export const SECRET: Localised = { fr: 'couvert par le secret médical', en: 'covered by medical secrecy' };

/** More hidden conditions than this and the outcome is covered without trying every combination. */
const MAX_HIDDEN_FOR_OUTCOME = 9;

type Fact = RulesetData['facts'][string] & { confidentiality?: Confidentiality };

/** The class of a fact; a fact with none, or unknown, counts as medical. A derived fact is as strict as its parts. */
function classOf(data: RulesetData, fact: string): Confidentiality {
  const spec = Object.prototype.hasOwnProperty.call(data.facts, fact) ? (data.facts[fact] as Fact) : undefined;
  if (spec) return spec.confidentiality ?? 'medical';
  const derived = data.derivedFacts?.[fact];
  const parts = derived ? derivedSources(derived) : [];
  if (parts.length === 0) return 'medical';
  const classes = parts.map((part) => classOf(data, part));
  return classes.includes('medical') ? 'medical' : classes.includes('personal') ? 'personal' : 'professional';
}

/** The outcome decide() gives for these statuses (same combination rules). */
function outcomeOf(kind: RulesetKind, statuses: readonly ConditionStatus[]): Outcome {
  if (kind === 'eligibility') return statuses.includes('failed') ? 'not-eligible' : statuses.includes('missing') ? 'incomplete' : 'eligible';
  if (kind === 'path') {
    const first = statuses.find((s) => s !== 'failed');
    return first === undefined ? 'not-eligible' : first === 'met' ? 'eligible' : 'incomplete';
  }
  return statuses.includes('missing') ? 'incomplete' : statuses.includes('met') ? 'eligible' : 'not-eligible';
}

/** Whether the outcome is the same for every status the hidden conditions could have. */
function outcomeIsInvariant(kind: RulesetKind, statuses: ConditionStatus[], hidden: number[], outcome: Outcome): boolean {
  if (hidden.length === 0) return true;
  if (hidden.length > MAX_HIDDEN_FOR_OUTCOME) return false;
  const all: ConditionStatus[] = ['met', 'failed', 'missing'];
  const trial = [...statuses];
  for (let n = 0; n < 3 ** hidden.length; n++) {
    let k = n;
    for (const i of hidden) {
      trial[i] = all[k % 3]!;
      k = Math.floor(k / 3);
    }
    if (outcomeOf(kind, trial) !== outcome) return false;
  }
  return true;
}

function covered(c: ConditionResult, visibleMissing: string[]): ProjectedCondition {
  const { deadline: _deadline, ...rest } = c;
  return {
    ...rest,
    status: 'secret',
    explanation: { fr: `« ${c.label.fr} » : ${SECRET.fr}.`, en: `“${c.label.en}”: ${SECRET.en}.` },
    missingFacts: visibleMissing,
  };
}

/**
 * A decision as `audience` may see it. Worker and occupational health see it whole.
 * @example
 * const report = projectDecision(decide(getRuleset('visites'), facts), { audience: 'employer' });
 * report.conditions.find((c) => c.id === 'reprise')?.status; // 'secret' when it reads the cause of the stoppage
 */
export function projectDecision(decision: Decision, options: ProjectDecisionOptions): ProjectedDecision {
  if (!options || !isAudience(options.audience)) {
    throw new TremplinRulesError('invalid-facts', 'projectDecision needs { audience: worker | employer | occupational-health | commission }');
  }
  const { audience } = options;
  const ruleset = options.ruleset ?? getRuleset(decision.ruleset);
  if (ruleset.id !== decision.ruleset) throw new TremplinRulesError('unknown-ruleset', `the decision comes from another rule set than the one given`);
  const version = ruleset.versions.find((v) => v.data.version === decision.version);
  if (!version) throw new TremplinRulesError('no-version-in-force', `rule set "${ruleset.id}" has no version named as the decision's`);
  const data = ruleset.data;
  const hiddenFact = (fact: string) => !canAudienceRead(audience, classOf(data, fact));
  // A condition reads the facts of its test and the date its deadline counts from (a deadline from a
  // medical date is that date, shifted).
  const readBy = (c: (typeof version.conditions)[number]) => [...factsRead(c.data.when), ...(c.data.deadline && c.data.deadline.from !== 'asOf' ? [c.data.deadline.from] : [])];
  const readsHidden = new Map(version.conditions.map((c) => [c.data.id, readBy(c).some(hiddenFact)]));

  const copy = structuredClone(decision);
  if (audience === 'worker' || audience === 'occupational-health') {
    return { ...copy, audience, withheld: { conditions: [], facts: [] } };
  }

  const kind = decision.kind;
  const statuses = copy.conditions.map((c) => c.status);
  const hidden = copy.conditions.flatMap((c, i) => (readsHidden.get(c.id) !== false ? [i] : []));
  const visible = (c: ConditionResult) => !hidden.includes(copy.conditions.indexOf(c));

  // A path stops at its step; past a hidden branch, where it stopped would tell that branch's status.
  let shown = copy.conditions;
  if (kind === 'path') {
    const firstHidden = hidden[0];
    if (firstHidden !== undefined) shown = copy.conditions.slice(0, firstHidden + 1);
  }
  // A covered condition lists no missing fact, even a readable one: whether it is needed can hang on the
  // medical part (« days » asked only when the cause is a work accident).
  const conditions = shown.map((c) => (visible(c) ? (c as ProjectedCondition) : covered(c, [])));

  const outcomeShown = outcomeIsInvariant(kind, statuses, kind === 'path' ? hidden.filter((i) => i < shown.length) : hidden, decision.outcome);
  const outcome: Outcome | 'secret' = outcomeShown ? decision.outcome : 'secret';
  // Steps: a visible branch that applies whatever the hidden ones say (checklist items are independent).
  const steps = copy.steps.filter((s) => visible(s) && (kind !== 'path' || outcomeShown)) as ProjectedCondition[];

  // Only what the shown, readable conditions tell: for a path, anything from the branches past the first
  // covered one (their trace, their missing facts) would say that the covered branch did not apply.
  const shownIds = new Set(shown.map((c) => c.id));
  const shownMissing = new Set(conditions.flatMap((c) => c.missingFacts));
  const missingFacts = copy.missingFacts.filter((f) => !hiddenFact(f) && shownMissing.has(f));
  // Withheld facts are named from the rule set alone (what its conditions read, and the parts of the
  // computed ones), never from the input: a fact listed only when given or only when missing (a
  // forbidden « Grossesse » set aside, an absent date) would tell the reader about it.
  const read = version.conditions.flatMap(readBy);
  const parts = read.flatMap((f) => { const d = data.derivedFacts?.[f]; return d ? derivedSources(d) : []; });
  const withheldFacts = [...new Set([...read, ...parts])].filter(hiddenFact);
  const hiddenIds = new Set(hidden.map((i) => copy.conditions[i]!.id));
  // Named among the shown ones only: how many branches a path went through is what it would tell.
  const coveredIds = conditions.filter((c) => c.status === 'secret').map((c) => c.id);

  return {
    ...copy,
    audience,
    outcome,
    steps,
    conditions,
    missingFacts,
    ignoredFacts: copy.ignoredFacts.filter((f) => !hiddenFact(f)),
    ignoredReasons: copy.ignoredReasons.filter((r) => !hiddenFact(r.fact)),
    // No trace of a covered condition at all: even its readable facts' entries would show how it was evaluated.
    trace: copy.trace.filter((t) => !hiddenFact(t.fact) && !hiddenIds.has(t.condition) && shownIds.has(t.condition)),
    explanation: explainProjected(data, kind, outcome, conditions, steps, missingFacts),
    withheld: { conditions: coveredIds, facts: withheldFacts },
  };
}

const OUTCOME_WORDS: Record<RulesetKind, Record<Outcome, Localised>> = {
  eligibility: { eligible: { fr: 'éligible', en: 'eligible' }, 'not-eligible': { fr: 'non éligible', en: 'not eligible' }, incomplete: { fr: 'incomplet : des informations manquent', en: 'incomplete: information is missing' } },
  path: { eligible: { fr: 'étape suivante', en: 'next step' }, 'not-eligible': { fr: 'aucune étape de la procédure ne correspond', en: 'no step of the procedure applies' }, incomplete: { fr: 'incomplet : des informations manquent', en: 'incomplete: information is missing' } },
  checklist: { eligible: { fr: 'applicable', en: 'applies' }, 'not-eligible': { fr: 'rien ne s\'applique', en: 'nothing applies' }, incomplete: { fr: 'incomplet : des informations manquent', en: 'incomplete: information is missing' } },
};

/** The summary rebuilt from what the audience may read only: never the original text, which names hidden statuses. */
function explainProjected(data: RulesetData, kind: RulesetKind, outcome: Outcome | 'secret', conditions: ProjectedCondition[], steps: ProjectedCondition[], missingFacts: string[]): Localised {
  const words = outcome === 'secret' ? SECRET : OUTCOME_WORDS[kind][outcome];
  const fr = [`${data.title.fr} — ${words.fr}.`];
  const en = [`${data.title.en} — ${words.en}.`];
  const lines = kind === 'eligibility' ? conditions : [...steps, ...conditions.filter((c) => c.status === 'secret')];
  for (const c of lines) {
    if (c.step && c.status === 'met') {
      fr.push(sentence(`${c.label.fr} → ${c.step.fr}`));
      en.push(sentence(`${c.label.en} → ${c.step.en}`));
    } else {
      fr.push(c.explanation.fr);
      en.push(c.explanation.en);
    }
  }
  if (missingFacts.length) {
    fr.push(`À renseigner : ${missingFacts.map((f) => data.facts[f]?.label.fr ?? f).join(', ')}.`);
    en.push(`To provide: ${missingFacts.map((f) => data.facts[f]?.label.en ?? f).join(', ')}.`);
  }
  return { fr: fr.join(' '), en: en.join(' ') };
}
