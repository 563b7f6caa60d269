import type { Locale } from '@tremplin/schemas/base';

/**
 * Dates and times between what `<input type="date|time|datetime-local">` holds (local, no offset)
 * and what the schema stores (RFC 3339, with the offset of the person's clock at that date).
 */
const pad = (n: number) => String(n).padStart(2, '0');

function offsetOf(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(z|[+-]\d{2}:\d{2})$/i;

/** `2026-03-02T10:00` (local) → `2026-03-02T10:00:00+01:00`; undefined if not a local date-time. */
export function localToIso(local: string): string | undefined {
  const m = LOCAL.exec(local);
  if (!m) return undefined;
  const at = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${offsetOf(at)}`;
}

/** An RFC 3339 date-time as the same instant on the person's clock (`2026-03-02T10:00`); undefined if malformed. */
export function isoToLocal(iso: unknown): string | undefined {
  if (typeof iso !== 'string' || !ISO.test(iso)) return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** `09:30` → `09:30` (an `HH:MM` pattern) or `09:30:00+01:00` (format `time`, which wants an offset). */
export function timeToValue(time: string, withOffset: boolean): string | undefined {
  if (!/^\d{2}:\d{2}(:\d{2})?$/.test(time)) return time || undefined;
  return withOffset ? `${time.slice(0, 5)}:${time.slice(6, 8) || '00'}${offsetOf(new Date())}` : time.slice(0, 5);
}

/** The clock time a stored time shows (`09:30`); undefined if malformed. */
export function valueToTime(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{2}:\d{2}(:\d{2}(\.\d+)?(z|[+-]\d{2}:\d{2})?)?$/i.test(value) ? value.slice(0, 5) : undefined;
}

/**
 * How the browsers most likely to fill these forms show a date (d, m, y in order, with their
 * separators) and whether they show a 12-hour clock: CLDR's data, as Intl gives it (a test checks
 * each entry against Intl). Intl is costly to start in a fresh page (V8 builds its locale tables
 * first, 15–30 ms on a slow machine): a form's first render in these languages does without it.
 */
export const KNOWN_LOCALE_PATTERNS: Readonly<Record<string, { date: string; h12: boolean }>> = {
  fr: { date: 'd/m/y', h12: false }, 'fr-FR': { date: 'd/m/y', h12: false }, 'fr-BE': { date: 'd/m/y', h12: false },
  'fr-LU': { date: 'd/m/y', h12: false }, 'fr-CH': { date: 'd.m.y', h12: false }, 'fr-CA': { date: 'y-m-d', h12: false },
  en: { date: 'm/d/y', h12: true }, 'en-US': { date: 'm/d/y', h12: true }, 'en-GB': { date: 'd/m/y', h12: false },
};

const SPELLED: Record<Locale, Record<string, string>> = {
  fr: { d: 'jj', m: 'mm', y: 'aaaa' },
  en: { d: 'dd', m: 'mm', y: 'yyyy' },
};

/** A browser language's date order and clock, as Intl says (the slow path: any language the table lacks). */
export function localePatternOf(browser: string): { date: string; h12: boolean } {
  const date = new Intl.DateTimeFormat(browser, { day: '2-digit', month: '2-digit', year: 'numeric' })
    .formatToParts(new Date(2026, 0, 2)).map((p) => (p.type === 'literal' ? p.value : p.type === 'day' ? 'd' : p.type === 'month' ? 'm' : p.type === 'year' ? 'y' : '')).join('');
  const h12 = new Intl.DateTimeFormat(browser, { hour: 'numeric' }).resolvedOptions().hour12 === true;
  return { date, h12 };
}

/**
 * The pattern the browser's own date and time inputs show, in the page's words: a French browser
 * shows jj/mm/aaaa, an American one mm/dd/yyyy, whatever the page's language.
 */
const patterns = new Map<string, string>();

export function inputPattern(kind: 'date' | 'time' | 'date-time', locale: Locale): string {
  const browser = globalThis.navigator?.language || 'fr-FR';
  // Formatters are costly to build: a 500-field form would build hundreds per render.
  const key = `${kind}|${locale}|${browser}`;
  const known = patterns.get(key);
  if (known !== undefined) return known;
  const pattern = computePattern(kind, locale, KNOWN_LOCALE_PATTERNS[browser] ?? localePatternOf(browser));
  patterns.set(key, pattern);
  return pattern;
}

function computePattern(kind: 'date' | 'time' | 'date-time', locale: Locale, shown: { date: string; h12: boolean }): string {
  const letters = SPELLED[locale] ?? SPELLED.en;
  const date = shown.date.replace(/[dmy]/g, (c) => letters[c] ?? '');
  const time = `hh:mm${shown.h12 ? ' AM/PM' : ''}`;
  return kind === 'date' ? date : kind === 'time' ? time : `${date} ${time}`;
}
