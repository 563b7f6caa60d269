import type { Locale } from '../../locale.js';
import type { LocalisedTemplate } from './table.js';

/**
 * The `format` template, knowing what a value of each given format must be (`format-*.ts`, by format
 * name); any other format reads "au format x". A compiled validator passes only its schema's formats.
 */
export function formatMessagesFor(labels: Record<string, Record<Locale, string>>): LocalisedTemplate {
  return {
    fr: (p) => `doit être ${labels[String(p.format)]?.fr ?? `au format ${p.format}`}`,
    en: (p) => `must be ${labels[String(p.format)]?.en ?? `in ${p.format} format`}`,
  };
}
