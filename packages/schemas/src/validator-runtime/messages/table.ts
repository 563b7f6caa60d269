import type { Locale } from '../../locale.js';
import type { MessageTable } from '../../messages.js';

/** One issue code's template in each language. */
export type LocalisedTemplate = Record<Locale, MessageTable[string]>;

/** Per-language tables from templates by code, in the order given. */
export function messageTables(byCode: Record<string, LocalisedTemplate>): Record<Locale, MessageTable> {
  const tables: Record<Locale, MessageTable> = { fr: {}, en: {} };
  for (const [code, template] of Object.entries(byCode)) {
    tables.fr[code] = template.fr;
    tables.en[code] = template.en;
  }
  return tables;
}
