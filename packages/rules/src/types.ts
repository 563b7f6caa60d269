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

export interface FactSpec {
  type: FactType;
  label: Localised;
  /** Allowed values of an `enum` fact. */
  values?: readonly string[];
  minimum?: number;
  maximum?: number;
  /** Where the fact usually comes from (a schema field, a medical opinion…): for docs and forms. */
  source?: string;
}

/** A fact computed from others before evaluation, identically by both engines. */
export interface DerivedFactSpec {
  label: Localised;
  sum: readonly string[];
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

export interface VersionData {
  /** Version name, conventionally the date it applies from. */
  version: string;
  /** First day (ISO) this version applies; it applies until the next version's first day. */
  validFrom: IsoDate;
  references: Reference[];
  conditions: ConditionData[];
  note?: string;
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
  /** Facts that must never weigh on the decision: a rule reading one is refused at load time. */
  forbiddenFacts?: Record<string, { label: Localised; references: Reference[] }>;
  versions: VersionData[];
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
  explanation: Localised;
  references: Reference[];
  trace: TraceEntry[];
}

export type Facts = Record<string, unknown>;
