import { type Locale } from '@tremplin/schemas/base';
import { typesetTable } from './typography.js';
import { hostLocale } from './locales.js';
import { localeOf, overlay } from './i18n.js';

/**
 * The eligibility panel's words, apart from the forms' (i18n.ts): a page with a form and no panel does
 * not load them. A host language overrides them through `registerLocale({ strings })` as it does the forms'.
 */
const PANEL = {
  fr: {
    outcome: { eligible: 'Éligible', 'not-eligible': 'Non éligible', incomplete: 'À compléter', secret: 'Secret médical' },
    status: { met: 'Remplie', failed: 'Non remplie', missing: 'À compléter', secret: 'Secret médical' },
    secretOutcome: 'la décision dépend de conditions couvertes par le secret médical',
    conditions: 'Conditions',
    missingFacts: 'Informations manquantes',
    allMet: (n: number) => (n === 1 ? 'la condition est remplie' : `les ${n} conditions sont remplies`),
    references: 'Références',
    setAside: 'Valeurs non valides écartées de la décision',
    decisionOf: (title: string, date: string) => `${title} — règles en vigueur le ${date}`,
    noDecision: 'Pas encore de décision : saisissez le formulaire.',
  },
  en: {
    outcome: { eligible: 'Eligible', 'not-eligible': 'Not eligible', incomplete: 'Incomplete', secret: 'Medical secrecy' },
    status: { met: 'Met', failed: 'Not met', missing: 'To complete', secret: 'Medical secrecy' },
    secretOutcome: 'the decision depends on conditions covered by medical secrecy',
    conditions: 'Conditions',
    missingFacts: 'Missing information',
    allMet: (n: number) => (n === 1 ? 'the condition is met' : `all ${n} conditions are met`),
    references: 'References',
    setAside: 'Invalid values left out of the decision',
    decisionOf: (title: string, date: string) => `${title} — rules in force on ${date}`,
    noDecision: 'No decision yet: fill in the form.',
  },
} satisfies Record<Locale, unknown>;

export type PanelStrings = (typeof PANEL)['fr'];

// French words set with French typography, once (as the forms' words are).
const TYPESET: Record<Locale, PanelStrings> = { fr: typesetTable(PANEL.fr, 'fr'), en: PANEL.en as PanelStrings };

/** The panel's words for a `locale` attribute: a host language's over its base language's. */
export function panelStringsFor(value: unknown): PanelStrings {
  const host = hostLocale(value);
  const base = TYPESET[host ? host.base : localeOf(value)] ?? TYPESET.fr;
  return host?.strings ? overlay(base, host.strings) : base;
}
