import { fieldInfo, type Locale } from '@tremplin/schemas';
import { AUDIENCE_LABELS, type Audience } from './audience.js';
import { formatDate, formatDateTime } from './format.js';
import type { Block } from './model.js';
import type { PrintProjection } from './projection.js';

/** Labels the footer names before pointing to the full list in the last section. */
const FOOTER_NAMES = 4;

const REASONS: Record<Locale, Record<string, string>> = {
  fr: {
    medical: 'donnée médicale', 'inferred-medical': 'révèle l’état de santé', 'free-text': 'texte libre non communiqué',
    'release-outdated': 'texte modifié depuis sa communication', 'release-not-yet-made': 'communication postérieure à ce document',
    'consent-missing': 'sans accord de l’agent', 'consent-not-given': 'l’accord ne couvre pas ce destinataire',
    'consent-withdrawn': 'accord retiré', 'consent-not-yet-given': 'accord postérieur à ce document', 'unknown-field': 'champ inconnu',
  },
  en: {
    medical: 'medical data', 'inferred-medical': 'reveals health', 'free-text': 'free text not disclosed',
    'release-outdated': 'text changed since it was released', 'release-not-yet-made': 'released after this document',
    'consent-missing': 'no consent from the worker', 'consent-not-given': 'the consent does not cover this reader',
    'consent-withdrawn': 'consent withdrawn', 'consent-not-yet-given': 'consent dated after this document', 'unknown-field': 'unknown field',
  },
};

const T = {
  fr: { printed: 'édité le', withheld: 'Non communiqué à ce destinataire', released: 'Communiqué par autorisation', section: 'Diffusion de cet exemplaire', more: (n: number) => `et ${n} autre(s) (dernière page)`, consent: (scope: string, at: string) => `accord de l’agent du ${formatDateTime(at, 'fr')} : ${scope}`, release: (by: string, at: string) => `communiqué par ${by} le ${formatDateTime(at, 'fr')}` },
  en: { printed: 'printed on', withheld: 'Not disclosed to this reader', released: 'Disclosed by leave', section: 'Distribution of this copy', more: (n: number) => `and ${n} more (last page)`, consent: (scope: string, at: string) => `worker’s consent of ${formatDateTime(at, 'en')}: ${scope}`, release: (by: string, at: string) => `released by ${by} on ${formatDateTime(at, 'en')}` },
} as const;

const distinct = (items: string[]) => [...new Set(items)];

/**
 * The footer of every page (who the copy is for, its date, what it leaves out, what it shows by leave
 * and whose) and, when anything was left out or shown by leave, a last section listing it all with
 * the reason or the consent. Everything comes from the projection's `withheld` and `released`.
 */
export function footerOf(audience: Audience, locale: Locale, printedOn: string, projection?: Pick<PrintProjection, 'withheld' | 'released'>, labelOf: (path: string) => string = (p) => p) {
  const t = T[locale];
  const left = `${AUDIENCE_LABELS[audience][locale]} · ${t.printed} ${formatDate(printedOn, locale)}`;
  const withheldItems = projection?.withheld ?? [];
  const releasedItems = projection?.released ?? [];
  const nameOf = (item: { path: string; label?: Record<Locale, string> }) => item.label?.[locale] ?? labelOf(item.path);
  const withheld = distinct(withheldItems.map(nameOf));
  const withheldWhy = distinct(withheldItems.map((w) => `${nameOf(w)} (${REASONS[locale][w.reason] ?? w.reason})`));
  const released = distinct(releasedItems.map((r) => {
    const why = r.by === 'consent'
      ? t.consent(fieldInfo('consent', `/scope/${r.consent.scope}`)?.title?.[locale] ?? r.consent.scope, r.consent.givenAt)
      : t.release(r.release.role ? `${r.release.by} (${r.release.role})` : r.release.by, r.release.at);
    return `${nameOf(r)} — ${why}`;
  }));
  const summary = (title: string, names: string[]) => (names.length ? `${title} : ${names.slice(0, FOOTER_NAMES).join(' ; ')}${names.length > FOOTER_NAMES ? ` ${t.more(names.length - FOOTER_NAMES)}` : ''}.` : '');
  const notice = [summary(t.withheld, withheld), summary(t.released, released)].filter(Boolean).join(' ');
  const section: Block[] = withheld.length || released.length
    ? [
        { t: 'h', level: 2, text: t.section },
        { t: 'fields', items: [...(withheldWhy.length ? [{ label: t.withheld, value: withheldWhy }] : []), ...(released.length ? [{ label: t.released, value: released }] : [])] },
      ]
    : [];
  return { footer: { left, ...(notice ? { notice } : {}) }, section };
}
