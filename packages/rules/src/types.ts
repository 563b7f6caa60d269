import type { IsoDate, Locale } from '@tremplin/schemas';

/** A text in both languages Tremplin speaks. */
export type Localised = Record<Locale, string>;

/** Where a rule comes from: an article of law, a decree, or one of the source documents. */
export interface Reference {
  /** Short citation, e.g. `CGFP, art. L826-2` or `Programme CHANCE (Sofaxis), conditions de mise en œuvre`. */
  citation: string;
  /** `law` for legislation and regulation in force; `guide` for the source documents (seeds). */
  kind: 'law' | 'guide';
  url?: string;
  /** What is uncertain or simplified in how the rule encodes the text. */
  note?: string;
}

// ---- rule data (what a rules file holds) ---------------------------------------------------

export type FactType = 'boolean' | 'number' | 'integer' | 'enum' | 'date';

/**
 * Who may read a fact's value, the classes of `@tremplin/schemas`: `medical` when it tells anything
 * about the person's health directly or by inference (a stoppage, its cause or length, an unfitness,
 * an RQTH, a doctor's agreement…); `personal` for the rest of the person's life; `professional` for
 * the job and the employer's side. Required on every fact: decision projections read it.
 */
export type FactConfidentiality = 'medical' | 'personal' | 'professional';

export interface FactSpec {
  type: FactType;
  label: Localised;
  confidentiality: FactConfidentiality;
  /** Allowed values of an `enum` fact. */
  values?: readonly string[];
  minimum?: number;
  maximum?: number;
  /** Where the fact usually comes from (a schema field, a medical opinion…): for docs and forms. */
  source?: string;
}

/**
 * A fact computed from others before evaluation, identically by both engines: a number (`sum` of
 * number facts) or a boolean (`onOrAfter`: a date fact is on or after a date, e.g. a stoppage that
 * began after a reform's transition date).
 */
export interface DerivedFactSpec {
  label: Localised;
  sum?: readonly string[];
  onOrAfter?: { fact: string; date: IsoDate };
}

/** json-rules-engine's built-in operators: the only ones rule data may use. */
export type Operator =
  | 'equal' | 'notEqual' | 'lessThan' | 'lessThanInclusive' | 'greaterThan' | 'greaterThanInclusive'
  | 'in' | 'notIn' | 'contains' | 'doesNotContain';

export interface FactTest {
  fact: string;
  operator: Operator;
  value: unknown;
}

/** A json-rules-engine condition tree. */
export type When = FactTest | { all: When[] } | { any: When[] } | { not: When };

export interface DeadlineSpec {
  label: Localised;
  /** A date fact, or `asOf` for the evaluation date. */
  from: string;
  add?: { days?: number; months?: number; years?: number };
  /** Count backwards (an application due 6 months *before* a date). */
  before?: boolean;
}

export interface ConditionData {
  id: string;
  label: Localised;
  when: When;
  references: Reference[];
  /** Sentences shown for each status; defaults are built from the label. */
  explain?: Partial<Record<ConditionStatus, Localised>>;
  /** Path and checklist rule sets: what happens when this branch applies. */
  step?: Localised;
  deadline?: DeadlineSpec;
}

/**
 * A version states either its whole content (`references`, `conditions`) or, when it `amends` an
 * earlier version, only what the new text changes (`changes`), as OpenFisca's date-indexed
 * parameters do. The loader resolves an amending version into a whole one before compiling.
 */
export interface VersionData {
  /** Version name, conventionally the date it applies from or the text it follows. */
  version: string;
  /** First day (ISO) this version applies; it applies until the next version's first day. */
  validFrom: IsoDate;
  /** Full version: its references. */
  references?: Reference[];
  /** Full version: its conditions, in order (a path is read in this order). */
  conditions?: ConditionData[];
  /** Amending version: the name of the (earlier) version it amends. */
  amends?: string;
  /** Amending version: what it adds, replaces or removes in the version it amends. */
  changes?: VersionChanges;
  note?: string;
}

/** What an amending version changes; anything not named is taken unchanged from the amended version. */
export interface VersionChanges {
  references?: {
    add?: Reference[];
    /** Citations (exact text) of the amended version's references that no longer apply. */
    remove?: string[];
  };
  facts?: {
    /** Facts the new text brings in; the rule set accepts them, versions before this one may not read them. */
    add?: Record<string, FactSpec>;
    /** Facts this version and the next ones no longer read. */
    remove?: string[];
  };
  conditions?: {
    /** New conditions or branches; placed before or after a named one, else at the end. */
    add?: Array<{ before?: string; after?: string; condition: ConditionData }>;
    /** By id: each field given replaces that field of the amended condition; fields not given are kept. */
    replace?: Array<Partial<ConditionData> & { id: string }>;
    remove?: string[];
  };
}

/** A version once resolved: whole, with what changed from the version it amends (for the catalogue). */
export interface ResolvedVersion extends VersionData {
  references: Reference[];
  conditions: ConditionData[];
  /** Facts this version may read. */
  facts: string[];
  /** Set on a version that amends another: what it changed, computed by the loader. */
  diff?: VersionDiff;
}

export interface VersionDiff {
  amends: string;
  addedConditions: string[];
  /** Conditions replaced, with the fields that changed. */
  replacedConditions: Array<{ id: string; fields: string[] }>;
  removedConditions: string[];
  addedReferences: Reference[];
  removedReferences: string[];
  addedFacts: string[];
  removedFacts: string[];
}

/** A factor that must never weigh on any decision (declared once for every rule set). */
export interface ForbiddenFactor {
  label: Localised;
  references: Reference[];
  /** Why the factor is set aside, shown in a decision that received it. */
  reason?: Localised;
}

/**
 * How conditions combine into an outcome:
 * - `eligibility`: all must hold;
 * - `path`: ordered branches of a procedure, the first that holds is the next step;
 * - `checklist`: independent items, each may apply (e.g. several visits due at once).
 */
export type RulesetKind = 'eligibility' | 'path' | 'checklist';

export interface RulesetData {
  id: string;
  kind: RulesetKind;
  title: Localised;
  description: Localised;
  facts: Record<string, FactSpec>;
  derivedFacts?: Record<string, DerivedFactSpec>;
  /**
   * Factors that must never weigh on this decision, in addition to those declared once for every
   * rule set (`rulesets/forbidden-factors.json`): a rule reading one is refused at load time.
   */
  forbiddenFacts?: Record<string, ForbiddenFactor>;
  versions: VersionData[];
}

/** Rule data once resolved by the loader: every version whole, forbidden factors merged in. */
export interface ResolvedRulesetData extends RulesetData {
  forbiddenFacts: Record<string, ForbiddenFactor>;
  versions: ResolvedVersion[];
}

// ---- decisions (what decide() returns) ------------------------------------------------------

export type ConditionStatus = 'met' | 'failed' | 'missing';
export type Outcome = 'eligible' | 'not-eligible' | 'incomplete';

export interface TraceEntry {
  condition: string;
  fact: string;
  operator: Operator;
  expected: unknown;
  /** The fact's value; undefined when missing. */
  actual: unknown;
  result: boolean | 'unknown';
}

export interface ConditionResult {
  id: string;
  status: ConditionStatus;
  label: Localised;
  explanation: Localised;
  references: Reference[];
  /** Facts whose absence leaves this condition undecided. */
  missingFacts: string[];
  step?: Localised;
  deadline?: { label: Localised; date: IsoDate | null };
}

export interface Decision {
  ruleset: string;
  kind: RulesetKind;
  version: string;
  validFrom: IsoDate;
  asOf: IsoDate;
  outcome: Outcome;
  /** Path rule sets: the branch that applies. Checklists: every item that applies. */
  steps: ConditionResult[];
  /**
   * Every condition with its status. For a path, the branches in order up to the one that
   * applies: those after it are not read, as in the procedure itself.
   */
  conditions: ConditionResult[];
  /** Facts to collect before the decision can conclude (or, for a checklist, fully conclude). */
  missingFacts: string[];
  /** Facts given but set aside: forbidden ones, which by law must not weigh. */
  ignoredFacts: string[];
  /** Why each ignored fact was set aside, with the texts that forbid it (same order as ignoredFacts). */
  ignoredReasons: IgnoredFact[];
  explanation: Localised;
  references: Reference[];
  trace: TraceEntry[];
}

export type Facts = Record<string, unknown>;

/** A fact a decision received and set aside. */
export interface IgnoredFact {
  fact: string;
  reason: Localised;
  references: Reference[];
}
