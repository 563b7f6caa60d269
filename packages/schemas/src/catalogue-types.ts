import type { Locale } from './locale.js';

/** Who may read a field: decides what a document or a form shows to each audience. */
export type Confidentiality = 'medical' | 'personal' | 'professional';

export type Localised = Record<Locale, string>;

/** What the schemas say about one data path (`/actions/*\/title`): labels, options, confidentiality. */
export interface FieldInfo {
  /** JSON type of the value (`string`, `object`, `array`…), `enum` for a list of options. */
  type?: string;
  /** String format: `date`, `date-time`, `email`, `siret`. */
  format?: string;
  /**
   * For a medical field the worker may agree to share: per audience, the consent scope (a boolean
   * of a `consent` record's `scope`) that opens it.
   */
  shareableWith?: Partial<Record<'employer' | 'commission', string>>;
  /** A string anyone may type anything in (x-free-text, or a common longText): see projectFor. */
  freeText?: boolean;
  /** Why the field is classed medical though it names no diagnosis: what its value lets a reader infer. */
  inference?: Localised;
  /** Why a field that may look sensitive is not classed medical (the published review's answer). */
  review?: Localised;
  title?: Localised;
  description?: Localised;
  confidentiality?: Confidentiality | null;
  options?: Array<{ value: unknown } & Localised>;
}

/** Record name → data path pattern (`*` for any array index; '' for the record itself) → field. */
export type FieldCatalogue = Record<string, Record<string, FieldInfo>>;
