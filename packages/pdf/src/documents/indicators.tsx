import { Text, View } from '@react-pdf/renderer';
import { fieldInfo, type Locale } from '@tremplin/schemas';
import type { Indicators, Share } from '@tremplin/rules';
import type { Audience } from '../audience.js';
import { Layout } from '../components/layout.js';
import { styles } from '../components/styles.js';

const percent = (s: Share, locale: Locale) => `${(s.share * 100).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} %`;

function label(path: string, value: string, locale: Locale): string {
  return fieldInfo('action-plan', path)?.options?.find((o) => o.value === value)?.[locale] ?? value;
}

/** One row: label, count, share, and a bar as long as the share. */
function Bar({ text, share, locale }: { text: string; share: Share; locale: Locale }) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', marginBottom: 3 }} wrap={false}>
      <Text style={{ width: '36%' }}>{text}</Text>
      <Text style={{ width: '8%', textAlign: 'right', paddingRight: 6 }}>{share.count}</Text>
      <Text style={{ width: '12%', textAlign: 'right', paddingRight: 8 }}>{percent(share, locale)}</Text>
      <View style={{ width: '44%', height: 9, backgroundColor: '#f2f4f8' }}>
        <View style={{ width: `${Math.max(0, Math.min(100, share.share * 100))}%`, height: 9, backgroundColor: '#2b4c7e' }} />
      </View>
    </View>
  );
}

/** The outcome indicators of a cellule (computeIndicators of @tremplin/rules): figures only, no person. */
export function IndicatorsDocument({ indicators, audience, locale, printedOn }: { indicators: Indicators; audience: Audience; locale: Locale; printedOn: string }) {
  const fr = locale === 'fr';
  const days = indicators.meanDaysInCellule;
  return (
    <Layout title={fr ? 'Indicateurs de la cellule de maintien' : 'Job-retention unit indicators'} subtitle={fr ? `${indicators.entries} entrées` : `${indicators.entries} entries`} audience={audience} locale={locale} printedOn={printedOn}>
      <View style={styles.section}>
        <Text style={styles.sectionTitle}>{fr ? 'Statuts' : 'Statuses'}</Text>
        {Object.entries(indicators.byStatus).map(([status, share]) => <Bar key={status} text={label('/status', status, locale)} share={share} locale={locale} />)}
      </View>
      <View style={styles.section}>
        <Text style={styles.sectionTitle}>{fr ? `Résultats des sorties (${indicators.exits.total})` : `Exit results (${indicators.exits.total})`}</Text>
        {Object.entries(indicators.exits.byOutcome).map(([outcome, share]) => <Bar key={outcome} text={label('/exit/outcome', outcome, locale)} share={share} locale={locale} />)}
      </View>
      <View style={styles.section}>
        <Text style={styles.paragraph}>
          {fr
            ? `${indicators.exits.positive.count} sorties positives sur un total de ${indicators.exits.total}, soit ${percent(indicators.exits.positive, locale)}.`
            : `${indicators.exits.positive.count} positive exits out of ${indicators.exits.total}, i.e. ${percent(indicators.exits.positive, locale)}.`}
        </Text>
        <Text style={styles.paragraph}>
          {fr ? 'Nombre moyen de jours au sein de la cellule : ' : 'Mean days in the unit: '}
          {days === null ? '—' : `${Math.round(days)} ${fr ? 'j' : 'd'}`}
        </Text>
        {indicators.refused.length ? <Text style={styles.subtitle}>{fr ? `${indicators.refused.length} plan(s) invalide(s) non comptés.` : `${indicators.refused.length} invalid plan(s) not counted.`}</Text> : null}
      </View>
    </Layout>
  );
}
