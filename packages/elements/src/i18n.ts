import { DEFAULT_LOCALE, isLocale, type Locale } from '@tremplin/schemas/base';
import { typesetTable } from './typography.js';
import { hostLocale } from './locales.js';
import { onDemand } from './on-demand.js';

/**
 * The words of the components themselves (field labels and validation messages come from
 * @tremplin/schemas). Two languages and a few dozen strings: a table, not an i18n runtime.
 * French here; English in i18n-en.ts, loaded by the forms that need it.
 */
const FR = {
  required: 'obligatoire',
  yes: 'Oui',
  no: 'Non',
  choose: '— Choisir —',
  add: 'Ajouter',
  remove: 'Supprimer',
  moveUp: 'Monter',
  moveDown: 'Descendre',
  item: (title: string, n: number) => `${title} n° ${n}`,
  submit: 'Envoyer',
  next: 'Étape suivante',
  previous: 'Étape précédente',
  step: (n: number, of: number, title: string) => `Étape ${n} sur ${of} : ${title}`,
  summary: (n: number) => (n === 1 ? 'Le formulaire contient 1 erreur' : `Le formulaire contient ${n} erreurs`),
  loading: 'Le formulaire se charge…',
  received: 'Valeur reçue, non valide :',
  computed: 'Calculé automatiquement une fois les informations nécessaires saisies',
  empty: 'Non renseigné',
  maxLength: (n: number) => `${n} caractères au plus`,
  draftRestored: (when: string) => `Brouillon du ${when} restauré\u00a0: votre saisie a été conservée.`,
  draftFound: (when: string) => `Un brouillon du ${when} existe pour ce formulaire. Voulez-vous le restaurer à la place des valeurs affichées\u00a0?`,
  restoreDraft: 'Restaurer le brouillon',
  discardDraft: 'Supprimer le brouillon',
  draftDiscarded: 'Brouillon supprimé.',
  requiredNote: 'Les champs marqués d’un astérisque (*) sont obligatoires.',
  checking: 'Formulaire en cours de vérification',
  unreadableInvalid: 'Des informations que vous ne pouvez pas lire sont à corriger par qui les a saisies.',
  format: (pattern: string) => `Format\u00a0: ${pattern}`,
  moved: (list: string, position: number, of: number) => `${list}\u00a0: élément déplacé en position ${position} sur ${of}.`,
  removed: (item: string) => `${item} supprimé. Le bouton «\u00a0Annuler la suppression\u00a0» le rétablit.`,
  removedVisible: (item: string) => `${item} supprimé.`,
  undo: 'Annuler la suppression',
  undone: (item: string) => `${item} rétabli.`,
  attachmentHint: (types: string, max: string) => [types && `Formats acceptés : ${types}`, max && `${max} au plus`].filter(Boolean).join(' — '),
  attachmentRefused: (label: string, why: 'type' | 'size', max: string) => `${label} : ${why === 'type' ? 'ce type de fichier n’est pas accepté' : `le fichier dépasse ${max}`}`,
  attached: (name: string, size: string) => `Fichier joint : ${name} (${size})`,
  detach: 'Retirer le fichier',
  confidentiality: { medical: 'Pièce médicale : jamais transmise à l’employeur', personal: 'Pièce personnelle', professional: 'Pièce professionnelle' } as Record<string, string>,
  listEmpty: 'Aucun élément pour le moment.',
};

export type Strings = typeof FR;

// French words set with French typography (non-breaking spaces before : ; ? ! and inside « »), once.
const FRENCH: Strings = typesetTable(FR, 'fr');

/**
 * The English words (i18n-en.ts), a chunk of their own: a French page never loads them. A form in
 * English loads them before it draws; until then `strings('en')` gives the French ones.
 */
export const englishStrings = onDemand(async () => (await import('./i18n-en.js')).EN);

export function strings(locale: Locale): Strings {
  return (locale === 'en' && englishStrings.current) || FRENCH;
}

/** The shipped language a `locale` attribute reads labels and dates in: its own, a host language's base, else French. */
export function localeOf(value: unknown): Locale {
  return isLocale(value) ? value : hostLocale(value)?.base ?? DEFAULT_LOCALE;
}

/**
 * A host's words over a table: each only where it is of the same kind as ours (a text for a text, a
 * function for a function, ours again if theirs throws; a table such as `outcome` word by word), so that a
 * slip never breaks a form.
 */
export function overlay<T extends object>(table: T, words: unknown): T {
  const out = { ...table } as Record<string, unknown>;
  if (words && typeof words === 'object') for (const [key, word] of Object.entries(words)) {
    const ours = out[key];
    // A host's function that throws (or gives no text) says ours: every call site is covered here, once.
    if (typeof word === typeof ours) out[key] = typeof word === 'function' ? (...a: unknown[]) => { try { return `${word(...a)}`; } catch { return (ours as Function)(...a); } } : ours && typeof ours === 'object' ? overlay(ours, word) : word;
  }
  return out as T;
}

/** The components' words for a `locale` attribute: a host language's over its base language's. */
export function stringsFor(value: unknown): Strings {
  const host = hostLocale(value);
  return host ? overlay(strings(host.base), host.strings) : strings(localeOf(value));
}

const INTL: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** A calendar date (ISO) in words, as the person reads dates: « 24 novembre 2026 »; undefined if not a date. */
export function formatDate(iso: string, locale: Locale): string | undefined {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date.toLocaleDateString(INTL[locale], { timeZone: 'UTC', dateStyle: 'long' });
}

/** A moment (ISO date-time), short: « 24/11/2026 17:20 ». */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleString(INTL[locale], { dateStyle: 'short', timeStyle: 'short' });
}

/**
 * A number as the record holds it, in the locale's digits: « 1 234,5678 »; undefined when it is not
 * finite (no JSON number: the record could not hold it). Its shortest decimal, not rounded to three
 * places: a small amount is not « 0 », nor -1e-7 « -0 », and -0 is « 0 ».
 */
export function formatNumber(n: number, locale: Locale): string | undefined {
  return Number.isFinite(n) ? new Intl.NumberFormat(INTL[locale], { maximumSignificantDigits: 21 }).format(String(n) as unknown as number) : undefined;
}

/** A share (0–1) as a percentage with at most one decimal: « 33,3 % ». */
export function formatPercent(share: number, locale: Locale): string {
  return `${(share * 100).toLocaleString(INTL[locale], { maximumFractionDigits: 1 })} %`;
}
