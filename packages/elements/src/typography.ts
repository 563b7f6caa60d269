import type { Locale } from '@tremplin/schemas/base';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/**
 * French typography for text we show: a non-breaking space before « : » and inside « … », a narrow
 * one before « ; ? ! » (Imprimerie nationale). Only spaces already there are changed, so URLs and
 * times stay as they are; English text is returned untouched.
 * @example typeset('Étape 1 sur 3 : Salarié', 'fr') // 'Étape 1 sur 3\u00a0: Salarié'
 */
export function typeset(text: string, locale: Locale): string {
  if (locale !== 'fr' || typeof text !== 'string') return text;
  return text
    .replace(/[ \t]+:(?=\s|$)/g, `${NBSP}:`)
    .replace(/[ \t]+([;?!])/g, `${NNBSP}$1`)
    .replace(/«[ \t]*/g, `«${NBSP}`)
    .replace(/[ \t]*»/g, `${NBSP}»`);
}

/** A count with its noun agreed: `plural(1, 'sortie positive', 'sorties positives')` → « 1 sortie positive ». */
export const plural = (n: number, one: string, many: string, locale: Locale = 'fr') =>
  `${n.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB')}${locale === 'fr' ? NBSP : ' '}${(locale === 'fr' ? n < 2 : n === 1) ? one : many}`;

/** Every string and string-returning function of a table, typeset (applied once to the French words). */
export function typesetTable<T>(table: T, locale: Locale): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return typeset(v, locale);
    if (typeof v === 'function') return (...args: unknown[]) => walk((v as (...a: unknown[]) => unknown)(...args));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(table) as T;
}
