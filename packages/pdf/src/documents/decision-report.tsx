import { Text, View } from '@react-pdf/renderer';
import type { Locale } from '@tremplin/schemas';
import type { Decision } from '@tremplin/rules';
import type { Audience } from '../audience.js';
import { Layout } from '../components/layout.js';
import { Table } from '../components/blocks.js';
import { styles } from '../components/styles.js';
import { formatDate } from '../format.js';

const STATUS = {
  fr: { met: 'remplie', failed: 'non remplie', missing: 'à compléter' },
  en: { met: 'met', failed: 'not met', missing: 'to complete' },
} as const;

/**
 * A decision of @tremplin/rules on paper: outcome, explanation, each condition with its status and
 * legal references, the facts still missing. The trace holds fact values (some medical), so it is
 * printed only for the worker and the occupational-health service.
 */
export function DecisionReportDocument({ decision, audience, locale, printedOn }: { decision: Decision; audience: Audience; locale: Locale; printedOn: string }) {
  const fr = locale === 'fr';
  const withTrace = audience === 'worker' || audience === 'occupational-health';
  return (
    <Layout title={fr ? 'Rapport de décision' : 'Decision report'} subtitle={`${decision.ruleset} · ${decision.version} · ${fr ? 'au' : 'as of'} ${formatDate(decision.asOf, locale)}`} audience={audience} locale={locale} printedOn={printedOn}>
      <View style={styles.section}>
        <Text style={styles.paragraph}>{decision.explanation[locale]}</Text>
        {decision.missingFacts.length ? <Text>{fr ? 'Faits à renseigner : ' : 'Facts to provide: '}{decision.missingFacts.join(', ')}</Text> : null}
      </View>
      <Table table={{
        title: fr ? 'Conditions' : 'Conditions',
        columns: fr ? ['Condition', 'Statut', 'Références'] : ['Condition', 'Status', 'References'],
        rows: decision.conditions.map((c) => [c.step ? `${c.label[locale]} → ${c.step[locale]}` : c.label[locale], STATUS[locale][c.status] + (c.deadline?.date ? ` (${formatDate(c.deadline.date, locale)})` : ''), c.references.map((r) => r.citation).join(' ; ')]),
      }} />
      <Text style={styles.subtitle}>
        {fr ? 'Version des règles en vigueur depuis le ' : 'Rules in force since '}{formatDate(decision.validFrom, locale)} : {decision.references.map((r) => r.citation).join(' ; ')}
      </Text>
      {withTrace && decision.trace.length ? (
        <Table table={{
          title: fr ? 'Trace' : 'Trace',
          columns: fr ? ['Condition', 'Fait', 'Attendu', 'Valeur', 'Résultat'] : ['Condition', 'Fact', 'Expected', 'Value', 'Result'],
          rows: decision.trace.map((t) => [t.condition, t.fact, `${t.operator} ${JSON.stringify(t.expected)}`, t.actual === undefined ? '—' : JSON.stringify(t.actual), String(t.result)]),
        }} />
      ) : null}
    </Layout>
  );
}
