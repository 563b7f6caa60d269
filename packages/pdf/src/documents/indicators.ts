import { fieldInfo, type Locale } from '@tremplin/schemas';
import type { PublishedCell, PublishedIndicators } from '@tremplin/rules';

const percent = (share: number | null, locale: Locale) => (share === null ? '—' : `${(share * 100).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} %`);

function label(path: string, value: string, locale: Locale): string {
  return fieldInfo('action-plan', path)?.options?.find((o) => o.value === value)?.[locale] ?? value;
}

/** A suppressed cell prints « < 5 » or « — » and no bar: its length would give the count back. */
const row = (text: string, cell: PublishedCell, locale: Locale) => ({ label: text, count: cell.display, share: percent(cell.share, locale), ratio: cell.share === null ? 0 : Math.max(0, Math.min(1, cell.share)) });

/** What indicators.typ prints: figures only, as publishIndicators (or, for the cellule's own copy, the raw counts) gives them. */
export function indicatorsData(indicators: PublishedIndicators, locale: Locale) {
  const fr = locale === 'fr';
  const days = indicators.meanDaysInCellule;
  return {
    title: fr ? 'Indicateurs de la cellule de maintien' : 'Job-retention unit indicators',
    subtitle: fr ? `${indicators.entries.display} entrées` : `${indicators.entries.display} entries`,
    data: {
      columns: fr ? ['Catégorie', 'Nombre', 'Part', ''] : ['Category', 'Count', 'Share', ''],
      statusTitle: fr ? 'Statuts' : 'Statuses',
      exitTitle: fr ? `Résultats des sorties (${indicators.exits.total.display})` : `Exit results (${indicators.exits.total.display})`,
      byStatus: Object.entries(indicators.byStatus).map(([status, share]) => row(label('/status', status, locale), share, locale)),
      byOutcome: Object.entries(indicators.exits.byOutcome).map(([outcome, share]) => row(label('/exit/outcome', outcome, locale), share, locale)),
      paragraphs: [
        fr
          ? `${indicators.exits.positive.display} sorties positives sur un total de ${indicators.exits.total.display}, soit ${percent(indicators.exits.positive.share, locale)}.`
          : `${indicators.exits.positive.display} positive exits out of ${indicators.exits.total.display}, i.e. ${percent(indicators.exits.positive.share, locale)}.`,
        `${fr ? 'Nombre moyen de jours au sein de la cellule : ' : 'Mean days in the unit: '}${days === null ? '—' : `${Math.round(days)} ${fr ? 'j' : 'd'}`}`,
        ...(indicators.refused ? [fr ? `${indicators.refused} plan(s) invalide(s) non comptés.` : `${indicators.refused} invalid plan(s) not counted.`] : []),
        ...(indicators.threshold > 1 ? [fr ? `Effectifs inférieurs à ${indicators.threshold} notés « < ${indicators.threshold} », et « — » ceux qui permettraient de les retrouver (secret statistique).` : `Counts under ${indicators.threshold} shown as “< ${indicators.threshold}”, and “—” those that would give them back (statistical secrecy).`] : []),
      ],
    },
  };
}
