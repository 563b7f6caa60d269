import { fieldInfo, type Locale } from '@tremplin/schemas';
import type { Indicators, Share } from '@tremplin/rules';

const percent = (s: Share, locale: Locale) => `${(s.share * 100).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} %`;

function label(path: string, value: string, locale: Locale): string {
  return fieldInfo('action-plan', path)?.options?.find((o) => o.value === value)?.[locale] ?? value;
}

const row = (text: string, share: Share, locale: Locale) => ({ label: text, count: String(share.count), share: percent(share, locale), ratio: Math.max(0, Math.min(1, share.share)) });

/** What indicators.typ prints: figures only, no person. */
export function indicatorsData(indicators: Indicators, locale: Locale) {
  const fr = locale === 'fr';
  const days = indicators.meanDaysInCellule;
  return {
    title: fr ? 'Indicateurs de la cellule de maintien' : 'Job-retention unit indicators',
    subtitle: fr ? `${indicators.entries} entrées` : `${indicators.entries} entries`,
    data: {
      columns: fr ? ['Catégorie', 'Nombre', 'Part', ''] : ['Category', 'Count', 'Share', ''],
      statusTitle: fr ? 'Statuts' : 'Statuses',
      exitTitle: fr ? `Résultats des sorties (${indicators.exits.total})` : `Exit results (${indicators.exits.total})`,
      byStatus: Object.entries(indicators.byStatus).map(([status, share]) => row(label('/status', status, locale), share, locale)),
      byOutcome: Object.entries(indicators.exits.byOutcome).map(([outcome, share]) => row(label('/exit/outcome', outcome, locale), share, locale)),
      paragraphs: [
        fr
          ? `${indicators.exits.positive.count} sorties positives sur un total de ${indicators.exits.total}, soit ${percent(indicators.exits.positive, locale)}.`
          : `${indicators.exits.positive.count} positive exits out of ${indicators.exits.total}, i.e. ${percent(indicators.exits.positive, locale)}.`,
        `${fr ? 'Nombre moyen de jours au sein de la cellule : ' : 'Mean days in the unit: '}${days === null ? '—' : `${Math.round(days)} ${fr ? 'j' : 'd'}`}`,
        ...(indicators.refused.length ? [fr ? `${indicators.refused.length} plan(s) invalide(s) non comptés.` : `${indicators.refused.length} invalid plan(s) not counted.`] : []),
      ],
    },
  };
}
