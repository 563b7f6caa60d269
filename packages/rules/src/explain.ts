import type { ConditionData, ConditionStatus, Localised, Outcome, RulesetData, RulesetKind } from './types.js';

/** Default sentence for a condition's status when the rule data gives none. */
export function conditionExplanation(c: ConditionData, status: ConditionStatus): Localised {
  const given = c.explain?.[status];
  if (given) return given;
  switch (status) {
    case 'met':
      return { fr: `Condition remplie : ${c.label.fr}.`, en: `Condition met: ${c.label.en}.` };
    case 'failed':
      return { fr: `Condition non remplie : ${c.label.fr}.`, en: `Condition not met: ${c.label.en}.` };
    case 'missing':
      return { fr: `Information manquante pour conclure : ${c.label.fr}.`, en: `Information missing to conclude: ${c.label.en}.` };
  }
}

const INCOMPLETE: Localised = { fr: 'incomplet : des informations manquent', en: 'incomplete: information is missing' };

/** How an outcome reads depends on the kind of question the rule set answers. */
const OUTCOME_WORDS: Record<RulesetKind, Record<Outcome, Localised>> = {
  eligibility: {
    eligible: { fr: 'éligible', en: 'eligible' },
    'not-eligible': { fr: 'non éligible', en: 'not eligible' },
    incomplete: INCOMPLETE,
  },
  path: {
    eligible: { fr: 'étape suivante', en: 'next step' },
    'not-eligible': { fr: 'aucune étape de la procédure ne correspond', en: 'no step of the procedure applies' },
    incomplete: INCOMPLETE,
  },
  checklist: {
    eligible: { fr: 'applicable', en: 'applies' },
    'not-eligible': { fr: 'rien ne s\'applique', en: 'nothing applies' },
    incomplete: INCOMPLETE,
  },
};

/** Joins a label and what follows from it, without doubling the final full stop. */
export function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** The decision's summary: the outcome, then what decided it. */
export function summarise(
  data: RulesetData,
  outcome: Outcome,
  decisive: { fr: string[]; en: string[] },
  missingLabels: { fr: string[]; en: string[] },
): Localised {
  const words = OUTCOME_WORDS[data.kind][outcome];
  const head = { fr: `${data.title.fr} — ${words.fr}.`, en: `${data.title.en} — ${words.en}.` };
  const fr = [head.fr, ...decisive.fr];
  const en = [head.en, ...decisive.en];
  if (missingLabels.fr.length) {
    fr.push(`À renseigner : ${missingLabels.fr.join(', ')}.`);
    en.push(`To provide: ${missingLabels.en.join(', ')}.`);
  }
  return { fr: fr.join(' '), en: en.join(' ') };
}
