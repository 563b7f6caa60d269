import type { Locale } from '@tremplin/schemas';
import { AUDIENCE_LABELS, type Audience } from './audience.js';
import { formatDate } from './format.js';
import type { Block } from './model.js';
import type { PrintProjection } from './projection.js';

/** Labels the footer names before pointing to the full list in the last section. */
const FOOTER_NAMES = 5;

const T = {
  fr: { printed: 'édité le', withheld: 'Non communiqué à ce destinataire', released: 'Communiqué avec l’accord de l’agent', section: 'Diffusion de cet exemplaire', more: (n: number) => `et ${n} autre(s), voir « Diffusion de cet exemplaire »`, consent: (scope: string, at?: string) => `consentement « ${scope} »${at ? ` du ${formatDate(at, 'fr')}` : ''}`, release: (by: string, at: string) => `levée par ${by} le ${formatDate(at, 'fr')}` },
  en: { printed: 'printed on', withheld: 'Not disclosed to this reader', released: 'Disclosed with the worker’s consent', section: 'Distribution of this copy', more: (n: number) => `and ${n} more, see “Distribution of this copy”`, consent: (scope: string, at?: string) => `consent “${scope}”${at ? ` of ${formatDate(at, 'en')}` : ''}`, release: (by: string, at: string) => `released by ${by} on ${formatDate(at, 'en')}` },
} as const;

/** « — sans données médicales »: said only while nothing medical or free-text was released to this copy. */
const NO_MEDICAL = /\s*—\s*(sans données médicales|no medical data)$/u;

function distinct(labels: string[]): string[] {
  return [...new Set(labels)];
}

/**
 * The footer of every page (who the copy is for, when it was printed, what it leaves out and what was
 * shared on whose consent) and, when something was left out or shared, a last section listing it all.
 */
export function footerOf(audience: Audience, locale: Locale, printedOn: string, projection?: Pick<PrintProjection, 'withheld' | 'released'>, labelOf: (path: string) => string = (p) => p) {
  const t = T[locale];
  const released = projection?.released ?? [];
  const label = released.length ? AUDIENCE_LABELS[audience][locale].replace(NO_MEDICAL, '') : AUDIENCE_LABELS[audience][locale];
  const left = `${label} · ${t.printed} ${formatDate(printedOn, locale)}`;
  const withheld = distinct((projection?.withheld ?? []).map((w) => w.label?.[locale] ?? labelOf(w.path)));
  const shared = distinct(released.map((r) => `${labelOf(r.path)} (${r.by === 'consent' && r.consent ? t.consent(r.consent.scope, r.consent.givenAt) : r.release ? t.release(r.release.by, r.release.at) : ''})`));
  const summary = (title: string, names: string[]) => (names.length ? `${title} : ${names.slice(0, FOOTER_NAMES).join(', ')}${names.length > FOOTER_NAMES ? ` ${t.more(names.length - FOOTER_NAMES)}` : ''}.` : '');
  const notice = [summary(t.withheld, withheld), summary(t.released, shared)].filter(Boolean).join(' ');
  const section: Block[] = withheld.length || shared.length
    ? [
        { t: 'h', level: 2, text: t.section },
        { t: 'fields', items: [...(withheld.length ? [{ label: t.withheld, value: withheld }] : []), ...(shared.length ? [{ label: t.released, value: shared }] : [])] },
      ]
    : [];
  return { footer: { left, ...(notice ? { notice } : {}) }, section };
}
