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
  /** For a medical field the worker may agree to share: the consent scope that opens it. */
  shareableWith?: string;
  title?: Localised;
  description?: Localised;
  confidentiality?: Confidentiality | null;
  options?: Array<{ value: unknown } & Localised>;
}

/** Record name → data path pattern (`*` for any array index; '' for the record itself) → field. */
export type FieldCatalogue = Record<string, Record<string, FieldInfo>>;
