import { TremplinRulesError } from './errors.js';
import { FORBIDDEN_FACTORS } from './forbidden.js';
import type { ConditionData, FactSpec, Reference, ResolvedRulesetData, ResolvedVersion, RulesetData, VersionData, VersionDiff } from './types.js';

function fail(rulesetId: string, message: string): never {
  throw new TremplinRulesError('invalid-ruleset', `Rule set "${rulesetId}": ${message}`, { details: { ruleset: rulesetId } });
}

const resolved = new WeakMap<RulesetData, ResolvedRulesetData>();

/**
 * Turns rule data whose versions amend one another into whole versions, as OpenFisca resolves its
 * date-indexed parameters: an amending version names the version it amends and states only the
 * conditions, references and facts it adds, replaces or removes. Done once per rule set, at load:
 * a decision runs on the whole, compiled version and pays nothing for the amendments.
 * Also merges the forbidden factors declared for every rule set with the rule set's own.
 *
 * @example
 * resolveRuleset(getRulesetData('reclassement-path')).versions.at(-1)!.diff // what 2022-626 changed
 */
export function resolveRuleset(data: RulesetData): ResolvedRulesetData {
  let out = resolved.get(data);
  if (out) return out;
  const id = typeof data?.id === 'string' ? data.id : '?';
  if (!data || typeof data !== 'object' || !Array.isArray(data.versions) || data.versions.length === 0) fail(id, 'needs at least one version');
  if (!data.facts || typeof data.facts !== 'object') fail(id, 'needs a facts table');
  const facts: Record<string, FactSpec> = { ...data.facts };
  const byName = new Map<string, ResolvedVersion>();
  const versions: ResolvedVersion[] = [];
  const ordered = [...data.versions].sort((a, b) => String(a?.validFrom).localeCompare(String(b?.validFrom)));
  for (const v of ordered) {
    if (!v || typeof v !== 'object' || typeof v.version !== 'string') fail(id, 'every version needs a name');
    if (byName.has(v.version)) fail(id, `two versions are named "${v.version}"`);
    const r = v.amends === undefined ? whole(id, v, Object.keys(data.facts)) : amend(id, v, byName.get(v.amends), facts);
    byName.set(v.version, r);
    versions.push(r);
  }
  out = { ...data, facts, forbiddenFacts: { ...FORBIDDEN_FACTORS, ...(data.forbiddenFacts ?? {}) }, versions };
  resolved.set(data, out);
  return out;
}

function whole(id: string, v: VersionData, facts: string[]): ResolvedVersion {
  if (v.changes) fail(id, `version ${v.version}: "changes" needs "amends" (the version it amends)`);
  const { amends: _a, changes: _c, ...rest } = v;
  return { ...rest, references: v.references as Reference[], conditions: v.conditions as ConditionData[], facts };
}

function amend(id: string, v: VersionData, base: ResolvedVersion | undefined, facts: Record<string, FactSpec>): ResolvedVersion {
  const where = `version ${v.version}`;
  if (!base) fail(id, `${where} amends "${v.amends}", which is not an earlier version`);
  if (v.conditions || v.references) fail(id, `${where} amends "${v.amends}": state only its changes, not whole conditions or references`);
  const changes = v.changes ?? {};
  const diff: VersionDiff = { amends: base.version, addedConditions: [], replacedConditions: [], removedConditions: [], addedReferences: [], removedReferences: [], addedFacts: [], removedFacts: [] };

  // References: removed by exact citation, then added.
  let references = [...base.references];
  for (const citation of changes.references?.remove ?? []) {
    if (!references.some((r) => r.citation === citation)) fail(id, `${where} removes a reference "${citation}" that "${base.version}" does not cite`);
    references = references.filter((r) => r.citation !== citation);
    diff.removedReferences.push(citation);
  }
  for (const r of changes.references?.add ?? []) {
    references.push(r);
    diff.addedReferences.push(r);
  }

  // Facts: added to the rule set (accepted from any caller), readable from this version on.
  let versionFacts = [...base.facts];
  for (const [name, spec] of Object.entries(changes.facts?.add ?? {})) {
    if (versionFacts.includes(name)) fail(id, `${where} adds fact "${name}", already declared`);
    if (facts[name] && facts[name] !== spec) fail(id, `${where} adds fact "${name}" with another declaration than an earlier version`);
    facts[name] = spec;
    versionFacts.push(name);
    diff.addedFacts.push(name);
  }
  for (const name of changes.facts?.remove ?? []) {
    if (!versionFacts.includes(name)) fail(id, `${where} removes fact "${name}", which "${base.version}" does not declare`);
    versionFacts = versionFacts.filter((f) => f !== name);
    diff.removedFacts.push(name);
  }

  // Conditions: removed, replaced field by field, then added at their place.
  let conditions = [...base.conditions];
  const index = (cid: string, verb: string) => {
    const i = conditions.findIndex((c) => c.id === cid);
    if (i === -1) fail(id, `${where} ${verb} condition "${cid}", which "${base.version}" does not hold`);
    return i;
  };
  for (const cid of changes.conditions?.remove ?? []) {
    conditions.splice(index(cid, 'removes'), 1);
    diff.removedConditions.push(cid);
  }
  for (const patch of changes.conditions?.replace ?? []) {
    const i = index(patch?.id, 'replaces');
    const fields = Object.keys(patch).filter((k) => k !== 'id');
    if (fields.length === 0) fail(id, `${where} replaces condition "${patch.id}" without changing any field`);
    conditions[i] = { ...conditions[i]!, ...patch } as ConditionData;
    diff.replacedConditions.push({ id: patch.id, fields });
  }
  for (const add of changes.conditions?.add ?? []) {
    const c = add?.condition;
    if (!c || typeof c.id !== 'string') fail(id, `${where}: an added condition needs an id`);
    if (add.before !== undefined && add.after !== undefined) fail(id, `${where}: condition "${c.id}" is placed both before and after`);
    const at = add.before !== undefined ? index(add.before, 'places a condition before') : add.after !== undefined ? index(add.after, 'places a condition after') + 1 : conditions.length;
    conditions.splice(at, 0, c);
    diff.addedConditions.push(c.id);
  }
  if (!changes.references && !changes.facts && !changes.conditions) fail(id, `${where} amends "${base.version}" but states no change`);
  const { amends: _a, changes: _c, ...rest } = v;
  return { ...rest, references, conditions, facts: versionFacts, diff };
}
