import { Text, View } from '@react-pdf/renderer';
import { differenceInCalendarDays, addMonths, startOfMonth, format } from 'date-fns';
import { fr, enGB } from 'date-fns/locale';
import { fieldInfo, parseDate, type Locale, type Timeline } from '@tremplin/schemas';
import type { Audience } from '../audience.js';
import { Layout } from '../components/layout.js';
import { styles } from '../components/styles.js';
import { formatDate } from '../format.js';

/** Tool sheet n°8 drawn as a Gantt chart: one bar per phase across the months it spans. */
export function TimelineDocument({ record, audience, locale, printedOn }: { record: Timeline; audience: Audience; locale: Locale; printedOn: string }) {
  const phases = record.phases.map((p) => ({ ...p, from: parseDate(p.start)!, to: parseDate(p.end ?? p.start)! }));
  const first = startOfMonth(phases.reduce((m, p) => (p.from < m ? p.from : m), phases[0]!.from));
  const lastEnd = phases.reduce((m, p) => (p.to > m ? p.to : m), phases[0]!.to);
  const months: Date[] = [];
  for (let m = first; m <= lastEnd; m = addMonths(m, 1)) months.push(m);
  const end = addMonths(months[months.length - 1]!, 1);
  const span = Math.max(1, differenceInCalendarDays(end, first));
  const pct = (d: Date) => `${(100 * differenceInCalendarDays(d, first)) / span}%`;
  const options = fieldInfo('timeline', '/phases/*/phase')?.options ?? [];
  const title = fieldInfo('timeline', '')?.title?.[locale] ?? 'Timeline';
  const agent = `${record.agent.firstName} ${record.agent.lastName}`;
  return (
    <Layout title={title} subtitle={agent} audience={audience} locale={locale} printedOn={printedOn}>
      <View style={{ flexDirection: 'row', marginBottom: 2 }}>
        <Text style={{ width: '32%' }} />
        <View style={{ width: '68%', flexDirection: 'row' }}>
          {months.map((m, i) => (
            <Text key={i} style={{ flex: 1, fontSize: 7, textAlign: 'center', borderLeftWidth: 0.5, borderLeftColor: '#ccc' }}>
              {format(m, 'MMM yy', { locale: locale === 'fr' ? fr : enGB })}
            </Text>
          ))}
        </View>
      </View>
      {phases.map((p, i) => (
        <View key={i} style={{ flexDirection: 'row', alignItems: 'center', marginBottom: 4 }} wrap={false}>
          <View style={{ width: '32%', paddingRight: 4 }}>
            <Text>{options.find((o) => o.value === p.phase)?.[locale] ?? p.phase}</Text>
            <Text style={styles.subtitle}>{formatDate(p.start, locale)}{p.end ? ` → ${formatDate(p.end, locale)}` : ''}</Text>
          </View>
          <View style={{ width: '68%', height: 14, backgroundColor: '#f2f4f8', position: 'relative' }}>
            <View style={{ position: 'absolute', top: 2, bottom: 2, left: pct(p.from), width: `${Math.max(0.8, (100 * (differenceInCalendarDays(p.to, p.from) + 1)) / span)}%`, backgroundColor: p.done ? '#7a9cc6' : '#2b4c7e' }} />
          </View>
        </View>
      ))}
      <Text style={[styles.subtitle, { marginTop: 8 }]}>
        {locale === 'fr'
          ? 'Durées du guide UNCCAS / FNCDG : définition du projet ≤ 2 mois ; formation ≥ 3 mois ; période d’essai de 3 mois ; affectation définitive évaluée après 6 mois.'
          : 'UNCCAS / FNCDG guide durations: project definition ≤ 2 months; training ≥ 3 months; 3-month trial; permanent assignment assessed after 6 months.'}
      </Text>
    </Layout>
  );
}
