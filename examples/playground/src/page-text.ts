// The playground page's own words, in both languages: the language switch translates the page too.
export const PAGE_TEXT = {
  fr: {
    title: 'Tremplin — bac à sable', subtitle: 'bac à sable', controls: 'Choix du formulaire',
    intro: 'Les formulaires du maintien dans l’emploi, prêts à intégrer dans un logiciel de santé au travail\u00a0: saisissez, voyez la décision en direct, téléchargez le PDF de chaque destinataire.',
    formLabel: 'Formulaire', referral: 'Fiche de signalement', chance: 'Demande CHANCE', plan: 'Plan d’actions', language: 'Langue',
    theme: 'Thème', themeDefault: 'Par défaut', themeDsfr: 'DSFR (État)', sample: 'Charger l’exemple', clear: 'Vider',
    entry: 'Saisie', decision: 'Décision en direct', pdfHint: 'Chaque exemplaire ne montre que ce que son destinataire peut lire.',
    indicators: 'Indicateurs d’une cellule (plans d’exemple)', received: (n: number) => `Enregistrement valide reçu (${n}\u00a0octets).`,
  },
  en: {
    title: 'Tremplin — playground', subtitle: 'playground', controls: 'Choice of form',
    intro: 'Job-retention forms, ready to embed in occupational-health software: type, watch the live decision, download the PDF for each recipient.',
    formLabel: 'Form', referral: 'Referral', chance: 'CHANCE request', plan: 'Action plan', language: 'Language',
    theme: 'Theme', themeDefault: 'Default', themeDsfr: 'DSFR (French State)', sample: 'Load the sample', clear: 'Clear',
    entry: 'Form', decision: 'Live decision', pdfHint: 'Each copy shows only what its recipient may read.',
    indicators: 'Indicators of a unit (sample plans)', received: (n: number) => `Valid record received (${n} bytes).`,
  },
} as const;

export type PageLocale = keyof typeof PAGE_TEXT;

/** Puts the page's words in a language: every `data-i18n` element's text, `data-i18n-label` as aria-label. */
export function translatePage(locale: PageLocale): void {
  const text = PAGE_TEXT[locale] as Record<string, unknown>;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const words = text[el.dataset.i18n!];
    if (typeof words === 'string') el.textContent = words;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const words = text[el.dataset.i18nLabel!];
    if (typeof words === 'string') el.setAttribute('aria-label', words);
  }
  document.title = PAGE_TEXT[locale].title;
  document.documentElement.lang = locale;
}
