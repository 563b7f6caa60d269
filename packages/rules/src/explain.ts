import type { ConditionData, ConditionStatus, Localised, Outcome, RulesetData } from './types.js';

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

const OUTCOME_WORDS: Record<Outcome, Localised> = {
  eligible: { fr: 'éligible', en: 'eligible' },
  'not-eligible': { fr: 'non éligible', en: 'not eligible' },
  incomplete: { fr: 'incomplet : des informations manquent', en: 'incomplete: information is missing' },
};

/** The decision's summary: the outcome, then what decided it. */
export function summarise(
  data: RulesetData,
  outcome: Outcome,
  decisive: { fr: string[]; en: string[] },
  missingLabels: { fr: string[]; en: string[] },
): Localised {
  const head = { fr: `${data.title.fr} — ${OUTCOME_WORDS[outcome].fr}.`, en: `${data.title.en} — ${OUTCOME_WORDS[outcome].en}.` };
  const fr = [head.fr, ...decisive.fr];
  const en = [head.en, ...decisive.en];
  if (missingLabels.fr.length) {
    fr.push(`À renseigner : ${missingLabels.fr.join(', ')}.`);
    en.push(`To provide: ${missingLabels.en.join(', ')}.`);
  }
  return { fr: fr.join(' '), en: en.join(' ') };
}
