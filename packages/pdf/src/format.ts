import { format } from 'date-fns';
import { fr, enGB } from 'date-fns/locale';
import { parseDate, type FieldInfo, type Locale } from '@tremplin/schemas';

const DATE_LOCALES = { fr, en: enGB } as const;

/** `2026-11-24` → « 24 novembre 2026 » / "24 November 2026"; `2026-09-01` → « 1er septembre 2026 ». */
export function formatDate(iso: string, locale: Locale): string {
  const d = parseDate(iso);
  if (!d) return iso;
  // « 1er septembre »: French writes the first of a month as an ordinal.
  const day = locale === 'fr' && d.getDate() === 1 ? '1er' : String(d.getDate());
  return `${day} ${format(d, 'MMMM yyyy', { locale: DATE_LOCALES[locale] })}`;
}

/** `2026-02-26T10:15:00+01:00` → « 26 février 2026 à 10:15 » (wall-clock time as written). */
export function formatDateTime(iso: string, locale: Locale): string {
  const m = /^(\d{4}-\d{2}-\d{2})[tT ](\d{2}):(\d{2})/.exec(iso);
  if (!m) return formatDate(iso, locale);
  return `${formatDate(m[1]!, locale)} ${locale === 'fr' ? 'à' : 'at'} ${m[2]}:${m[3]}`;
}

const YES_NO = { fr: ['Oui', 'Non'], en: ['Yes', 'No'] } as const;

/** A scalar value as a person reads it, using what the schema says about the field. */
export function formatValue(info: FieldInfo | undefined, value: unknown, locale: Locale): string {
  if (value === null || value === undefined) return '';
  const option = info?.options?.find((o) => o.value === value);
  if (option) return option[locale];
  if (typeof value === 'boolean') return value ? YES_NO[locale][0] : YES_NO[locale][1];
  if (typeof value === 'number') return value.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB');
  if (typeof value === 'string') {
    if (info?.format === 'date') return formatDate(value, locale);
    if (info?.format === 'date-time') return formatDateTime(value, locale);
    return value;
  }
  return JSON.stringify(value);
}
