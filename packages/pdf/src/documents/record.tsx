import { Text, View } from '@react-pdf/renderer';
import type { Locale, RecordName } from '@tremplin/schemas';
import type { Audience } from '../audience.js';
import { Layout } from '../components/layout.js';
import { Section } from '../components/blocks.js';
import { styles } from '../components/styles.js';
import { buildModel } from '../model.js';

export interface RecordDocumentProps {
  name: RecordName;
  record: Record<string, unknown>;
  audience: Audience;
  locale: Locale;
  consents: ReadonlySet<string>;
  printedOn: string;
}

/** Signature boxes for the actors of an action plan's latest revision: each validates the plan. */
function ValidationBlock({ record, locale }: { record: Record<string, unknown>; locale: Locale }) {
  const revisions = Array.isArray(record.revisions) ? record.revisions : [];
  const latest = revisions[revisions.length - 1] as { validations?: Array<{ actor?: { name?: string; role?: string } }> } | undefined;
  const actors = latest?.validations?.map((v) => v.actor).filter((a): a is { name: string; role?: string } => !!a?.name) ?? [];
  if (actors.length === 0) return null;
  return (
    <View style={styles.section} wrap={false}>
      <Text style={styles.sectionTitle}>{locale === 'fr' ? 'Validation du plan par les acteurs' : 'Validation of the plan by the actors'}</Text>
      <View style={{ flexDirection: 'row', flexWrap: 'wrap', justifyContent: 'space-between' }}>
        {actors.map((a, i) => (
          <View key={i} style={[styles.signature, { borderWidth: 0.5, borderColor: '#999', padding: 6, height: 60, marginTop: 6 }]}>
            <Text>{a.name}{a.role ? ` — ${a.role}` : ''}</Text>
            <Text style={styles.subtitle}>{locale === 'fr' ? 'Date et signature :' : 'Date and signature:'}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

/** Any record of @tremplin/schemas, laid out from its schema and filtered for the audience. */
export function RecordDocument({ name, record, audience, locale, consents, printedOn }: RecordDocumentProps) {
  const model = buildModel(name, record, audience, locale, consents);
  return (
    <Layout title={model.title} audience={audience} locale={locale} printedOn={printedOn}>
      {model.sections.map((s, i) => <Section key={i} section={s} />)}
      {name === 'action-plan' ? <ValidationBlock record={record} locale={locale} /> : null}
    </Layout>
  );
}
