import { confidentialityOf, fieldInfo, listFields, RECORD_NAMES, type RecordName } from '../catalogue.js';
import { areFieldsLoaded } from '../registry.js';
import { TremplinProjectionError } from './error.js';
import type { Confidentiality } from '../catalogue-types.js';
import type { Locale } from '../locale.js';

/** One line of the secrecy review: a field, its class, and why. */
export interface ReviewRow {
  record: RecordName;
  /** Data path pattern (`/actions/*\/category`). */
  path: string;
  title: string;
  /** The class that applies: the field's own or its strictest container's. */
  confidentiality: Confidentiality;
  /** Withheld from employer and commission unless released (free text). */
  freeText: boolean;
  /** Consent scope that may open this medical field, per audience. */
  shareableWith?: Partial<Record<'employer' | 'commission', string>>;
  why: string;
}

const WHY: Record<Locale, Record<'direct' | 'inside' | 'free' | 'releases' | 'none', string>> = {
  fr: {
    direct: 'Donnée de santé.',
    inside: 'Contenu dans {p}, classé médical.',
    free: "Texte libre : rien n'en borne le contenu.",
    releases: "Empreintes des textes communiqués : elles n'ont à circuler qu'entre le salarié et le service de santé au travail.",
    none: '',
  },
  en: {
    direct: 'Health data.',
    inside: 'Inside {p}, classed medical.',
    free: 'Free text: nothing bounds what it says.',
    releases: 'Digests of the released texts: they stay between the worker and occupational health.',
    none: '',
  },
};

/** The nearest container (or the field itself) whose own class is medical. */
function medicalOrigin(name: RecordName, pattern: string): string | undefined {
  let p = pattern;
  let origin: string | undefined;
  while (p !== '') {
    if (fieldInfo(name, p)?.confidentiality === 'medical') origin = p;
    p = p.slice(0, p.lastIndexOf('/'));
  }
  return origin;
}

/**
 * The published review of every field of every record: « does this value, alone or with others,
 * tell the reader something about the person's health? ». Built from the schemas' own annotations
 * (x-confidentiality, x-inference, x-review, free text), so it cannot drift from what projectFor does.
 * Inside `textReleases` only the list itself is reviewed.
 * With `@tremplin/schemas/projection`, every record must be loaded: a review missing some would read as complete.
 * @example secrecyReview('en').find((r) => r.record === 'referral' && r.path === '/partners')?.confidentiality // 'medical'
 */
export function secrecyReview(locale: Locale = 'en'): ReviewRow[] {
  const missing = RECORD_NAMES.filter((name) => !areFieldsLoaded(name));
  if (missing.length) throw new TremplinProjectionError('record-not-loaded', `secrecyReview covers every record: ${missing.length} not loaded (${missing.join(', ')}); use the main entry or loadRecord each`);
  const rows: ReviewRow[] = [];
  for (const record of RECORD_NAMES) {
    for (const [path, info] of listFields(record)) {
      if (path.startsWith('/textReleases/')) continue;
      const confidentiality = confidentialityOf(record, path);
      const origin = confidentiality === 'medical' ? medicalOrigin(record, path) : undefined;
      const why = path === '/textReleases' ? WHY[locale].releases
        : info.inference ? info.inference[locale]
        : origin && origin !== path ? WHY[locale].inside.replace('{p}', origin)
        : origin ? (info.description?.[locale] ?? WHY[locale].direct)
        : info.review ? info.review[locale]
        : info.freeText ? WHY[locale].free
        : WHY[locale].none;
      rows.push({
        record, path, title: info.title?.[locale] ?? path, confidentiality, freeText: info.freeText === true,
        ...(info.shareableWith ? { shareableWith: info.shareableWith } : {}), why,
      });
    }
  }
  return rows;
}
