import { formats } from '@tremplin/schemas';
import { TremplinRulesError } from './errors.js';
import { isOperator } from './operators.js';
import { compileWhen, type Evaluator, type Leaf } from './compile.js';
import type { ConditionData, ConditionStatus, FactSpec, Localised, ResolvedRulesetData, ResolvedVersion, RulesetData, When } from './types.js';
import { resolveRuleset } from './amend.js';
import { conditionExplanation } from './explain.js';
import { Memo } from './memo.js';

export interface CompiledCondition {
  data: ConditionData;
  /** Sentence per status, built once at load. */
  explanations: Record<ConditionStatus, Localised>;
  evaluate: Evaluator;
}

export interface CompiledVersion {
  data: ResolvedVersion;
  conditions: CompiledCondition[];
  /** Every fact test of the version, numbered for the trace. */
  leaves: Leaf[];
  /** Summaries already written, by outcome, statuses and missing facts. */
  summaries: Memo<Localised>;
}

/** A rule set checked and compiled once, ready for any number of decisions. */
export interface Ruleset {
  readonly id: string;
  /** The rule data resolved: amending versions made whole, forbidden factors merged in. */
  readonly data: ResolvedRulesetData;
  /** Versions sorted by validFrom, oldest first. */
  readonly versions: readonly CompiledVersion[];
  /** asOf → version in force, for bulk decisions on one date. */
  readonly byDate: Memo<CompiledVersion>;
}

const KINDS = new Set(['eligibility', 'path', 'checklist']);
const FACT_TYPES = new Set(['boolean', 'number', 'integer', 'enum', 'date']);
const CONFIDENTIALITY = new Set(['medical', 'personal', 'professional']);

function fail(code: ConstructorParameters<typeof TremplinRulesError>[0], rulesetId: string, message: string, details: Record<string, unknown> = {}): never {
  throw new TremplinRulesError(code, `Rule set "${rulesetId}": ${message}`, { details: { ruleset: rulesetId, ...details } });
}

function isLocalised(v: unknown): boolean {
  return !!v && typeof v === 'object' && typeof (v as Record<string, unknown>).fr === 'string' && typeof (v as Record<string, unknown>).en === 'string';
}

/** Facts a condition tree reads, each once, in the order they appear. */
function factsRead(when: When, into: string[] = []): string[] {
  if ('fact' in when) {
    if (!into.includes(when.fact)) into.push(when.fact);
  } else if ('all' in when) for (const w of when.all) factsRead(w, into);
  else if ('any' in when) for (const w of when.any) factsRead(w, into);
  else factsRead(when.not, into);
  return into;
}

/** Checks a test's value against the fact's declared type, so that a typo in rule data fails at load. */
function checkValue(rulesetId: string, where: string, spec: FactSpec, operator: string, value: unknown) {
  const list = operator === 'in' || operator === 'notIn';
  const values = list ? value : [value];
  if (!Array.isArray(values) || values.length === 0) fail('invalid-value', rulesetId, `${where}: "${operator}" takes a non-empty list`);
  for (const v of values) {
    const ok =
      spec.type === 'boolean' ? typeof v === 'boolean'
      : spec.type === 'number' || spec.type === 'integer' ? typeof v === 'number' && Number.isFinite(v)
      : spec.type === 'enum' ? typeof v === 'string' && (spec.values ?? []).includes(v)
      : typeof v === 'string' && formats.date(v);
    if (!ok) fail('invalid-value', rulesetId, `${where}: ${JSON.stringify(v)} is not a valid ${spec.type} for this fact`, { value: v });
  }
}

function checkWhen(data: ResolvedRulesetData, version: ResolvedVersion, when: unknown, where: string, depth = 0): asserts when is When {
  if (depth > 16) fail('invalid-ruleset', data.id, `${where}: condition tree too deep`);
  if (!when || typeof when !== 'object') fail('invalid-ruleset', data.id, `${where}: a condition must be an object`);
  const w = when as Record<string, unknown>;
  if ('fact' in w) {
    const fact = w.fact;
    if (typeof fact !== 'string') fail('invalid-ruleset', data.id, `${where}: "fact" must be a name`);
    if (data.forbiddenFacts && Object.prototype.hasOwnProperty.call(data.forbiddenFacts, fact)) {
      fail('forbidden-fact', data.id, `${where} reads "${fact}", which must not weigh on this decision`, { fact });
    }
    const declared = Object.prototype.hasOwnProperty.call(data.facts, fact) && version.facts.includes(fact);
    const derived = Object.prototype.hasOwnProperty.call(data.derivedFacts ?? {}, fact) ? data.derivedFacts![fact]! : undefined;
    const spec = declared ? data.facts[fact] : derived ? { type: derived.onOrAfter ? ('boolean' as const) : ('number' as const), label: derived.label, confidentiality: 'medical' as const } : undefined;
    if (!spec) {
      const later = Object.prototype.hasOwnProperty.call(data.facts, fact) ? ' in this version (it is added or removed by another one)' : '';
      fail('undeclared-fact', data.id, `${where} reads "${fact}", which the rule set does not declare${later}`, { fact });
    }
    if (!isOperator(w.operator)) fail('unknown-operator', data.id, `${where}: unknown operator ${JSON.stringify(w.operator)}`);
    checkValue(data.id, where, spec, w.operator, w.value);
    return;
  }
  const keys = Object.keys(w);
  if (keys.length !== 1) fail('invalid-ruleset', data.id, `${where}: expected one of fact, all, any, not`);
  if ('all' in w || 'any' in w) {
    const list = (w.all ?? w.any) as unknown;
    if (!Array.isArray(list) || list.length === 0) fail('invalid-ruleset', data.id, `${where}: "all" / "any" take a non-empty list`);
    list.forEach((child, i) => checkWhen(data, version, child, `${where}.${keys[0]}[${i}]`, depth + 1));
    return;
  }
  if ('not' in w) return checkWhen(data, version, w.not, `${where}.not`, depth + 1);
  fail('invalid-ruleset', data.id, `${where}: expected one of fact, all, any, not`);
}

function checkStructure(data: ResolvedRulesetData) {
  const id = typeof data?.id === 'string' ? data.id : '?';
  if (!data || typeof data !== 'object' || !/^[a-z][a-z0-9-]*$/.test(id)) fail('invalid-ruleset', id, 'needs an id made of lowercase letters, digits and dashes');
  if (!KINDS.has(data.kind)) fail('invalid-ruleset', id, `unknown kind ${JSON.stringify(data.kind)}`);
  if (!isLocalised(data.title) || !isLocalised(data.description)) fail('invalid-ruleset', id, 'title and description need fr and en');
  if (!data.facts || typeof data.facts !== 'object') fail('invalid-ruleset', id, 'needs a facts table');
  for (const [name, spec] of Object.entries(data.facts)) {
    if (!FACT_TYPES.has(spec?.type)) fail('invalid-ruleset', id, `fact "${name}": unknown type ${JSON.stringify(spec?.type)}`);
    if (!isLocalised(spec.label)) fail('invalid-ruleset', id, `fact "${name}": label needs fr and en`);
    if (spec.type === 'enum' && !(Array.isArray(spec.values) && spec.values.length > 0)) fail('invalid-ruleset', id, `fact "${name}": an enum needs values`);
    // Decision projections hide facts by this class: a fact without one would leak by default.
    if (!CONFIDENTIALITY.has(spec.confidentiality)) {
      fail('invalid-ruleset', id, `fact "${name}": needs a confidentiality class (medical, personal or professional), got ${JSON.stringify(spec.confidentiality) ?? 'none'}`, { fact: name });
    }
    if (Object.prototype.hasOwnProperty.call(data.forbiddenFacts, name)) fail('forbidden-fact', id, `fact "${name}" is both declared and forbidden`, { fact: name });
  }
  for (const [name, spec] of Object.entries(data.derivedFacts ?? {})) {
    if (name in data.facts) fail('invalid-ruleset', id, `derived fact "${name}" shadows a declared fact`);
    if (!!spec.sum === !!spec.onOrAfter) fail('invalid-ruleset', id, `derived fact "${name}" needs either "sum" or "onOrAfter"`);
    if (spec.onOrAfter) {
      const { fact, date } = spec.onOrAfter;
      if (data.facts[fact]?.type !== 'date' || typeof date !== 'string' || !formats.date(date)) fail('invalid-ruleset', id, `derived fact "${name}" compares "${fact}", which must be a declared date fact, with an ISO date`);
    }
    for (const part of spec.sum ?? []) {
      const t = Object.prototype.hasOwnProperty.call(data.forbiddenFacts, part) ? undefined : data.facts[part]?.type;
      if (t !== 'number' && t !== 'integer') fail('invalid-ruleset', id, `derived fact "${name}" sums "${part}", which is not a declared number`);
    }
  }
  if (!Array.isArray(data.versions) || data.versions.length === 0) fail('invalid-ruleset', id, 'needs at least one version');
  const seen = new Set<string>();
  for (const version of data.versions) {
    if (typeof version.validFrom !== 'string' || !formats.date(version.validFrom)) fail('invalid-ruleset', id, `version ${version.version}: validFrom must be an ISO date`);
    if (seen.has(version.validFrom)) fail('invalid-ruleset', id, `two versions start on ${version.validFrom}`);
    seen.add(version.validFrom);
    if (typeof version.version !== 'string' || version.version.length === 0) fail('invalid-ruleset', id, `version from ${version.validFrom}: needs a name`);
    if (!Array.isArray(version.references) || version.references.length === 0) fail('invalid-ruleset', id, `version ${version.version}: cite at least one reference`);
    if (!Array.isArray(version.conditions) || version.conditions.length === 0) fail('invalid-ruleset', id, `version ${version.version}: no conditions`);
    const ids = new Set<string>();
    for (const c of version.conditions) {
      const where = `${version.version}/${c?.id}`;
      if (typeof c?.id !== 'string' || ids.has(c.id)) fail('invalid-ruleset', id, `${where}: condition ids must be unique names`);
      ids.add(c.id);
      if (!isLocalised(c.label)) fail('invalid-ruleset', id, `${where}: label needs fr and en`);
      if (!Array.isArray(c.references) || c.references.length === 0) fail('invalid-ruleset', id, `${where}: cite the text the condition rests on`);
      if (data.kind !== 'eligibility' && !isLocalised(c.step)) fail('invalid-ruleset', id, `${where}: a ${data.kind} branch needs a step (fr and en)`);
      if (c.deadline && c.deadline.from !== 'asOf' && (data.facts[c.deadline.from]?.type !== 'date' || !version.facts.includes(c.deadline.from))) {
        fail('invalid-ruleset', id, `${where}: a deadline counts from a declared date fact or asOf`);
      }
      checkWhen(data, version, c.when, where);
    }
  }
}

/**
 * Resolves amending versions, checks rule data and compiles it. Refused with a TremplinRulesError:
 * a structure error (an amendment naming no earlier version, a fact without a confidentiality
 * class…), a rule reading an undeclared or a forbidden fact, an unknown operator, a value of the
 * wrong type.
 *
 * @example
 * const ruleset = loadRuleset(JSON.parse(readFileSync('my.rules.json', 'utf8')));
 * decide(ruleset, { ... }, { asOf: '2026-11-24' });
 */
export function loadRuleset(source: RulesetData): Ruleset {
  const data = resolveRuleset(source);
  checkStructure(data);
  const versions = data.versions
    .map((v) => {
      const leaves: Leaf[] = [];
      const conditions = v.conditions.map((c) => ({
        data: c,
        explanations: { met: conditionExplanation(c, 'met'), failed: conditionExplanation(c, 'failed'), missing: conditionExplanation(c, 'missing') },
        evaluate: compileWhen(c.when, c.id, leaves),
      }));
      return { data: v, conditions, leaves, summaries: new Memo<Localised>() };
    });
  return Object.freeze({ id: data.id, data, versions, byDate: new Memo<CompiledVersion>(1024) });
}

/** The version in force on a date: the last one whose validFrom is on or before it. */
export function versionInForce(ruleset: Ruleset, asOf: string): CompiledVersion {
  return ruleset.byDate.get(asOf, () => findVersion(ruleset, asOf));
}

function findVersion(ruleset: Ruleset, asOf: string): CompiledVersion {
  let found: CompiledVersion | undefined;
  for (const v of ruleset.versions) if (v.data.validFrom <= asOf) found = v;
  if (!found) {
    throw new TremplinRulesError('no-version-in-force', `Rule set "${ruleset.id}" has no version in force on ${asOf}: its first applies from ${ruleset.versions[0]!.data.validFrom}`, {
      details: { ruleset: ruleset.id, asOf, firstValidFrom: ruleset.versions[0]!.data.validFrom },
    });
  }
  return found;
}

export { factsRead };
