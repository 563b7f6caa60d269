import { addMonths, differenceInCalendarDays, format, startOfMonth } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import { fieldInfo, parseDate, type Locale, type Timeline } from '@tremplin/schemas';
import { formatDate } from '../format.js';

/** At most this many month labels on the axis: past it, one label every few months. */
const MAX_LABELS = 12;

/** What timeline.typ draws: month ticks and one bar per phase, positions as fractions of the span. */
export function timelineData(record: Timeline, locale: Locale) {
  const phases = record.phases.map((p) => ({ ...p, fromDate: parseDate(p.start)!, toDate: parseDate(p.end ?? p.start)! }));
  const first = startOfMonth(phases.reduce((m, p) => (p.fromDate < m ? p.fromDate : m), phases[0]!.fromDate));
  const lastEnd = phases.reduce((m, p) => (p.toDate > m ? p.toDate : m), phases[0]!.toDate);
  const months: Date[] = [];
  for (let m = first; m <= lastEnd; m = addMonths(m, 1)) months.push(m);
  const end = addMonths(months[months.length - 1]!, 1);
  const span = Math.max(1, differenceInCalendarDays(end, first));
  const at = (d: Date) => differenceInCalendarDays(d, first) / span;
  const step = Math.ceil(months.length / MAX_LABELS);
  const options = fieldInfo('timeline', '/phases/*/phase')?.options ?? [];
  const dateLocale = locale === 'fr' ? fr : enGB;
  return {
    title: fieldInfo('timeline', '')?.title?.[locale] ?? 'Timeline',
    subtitle: `${record.agent.firstName} ${record.agent.lastName}`,
    data: {
      columns: [locale === 'fr' ? 'Phase' : 'Phase'],
      months: months.map((m, i) => ({ at: at(m), label: i % step === 0 ? format(m, step > 1 ? 'MMM yy' : 'MMM yy', { locale: dateLocale }) : '' })),
      phases: phases.map((p) => ({
        label: options.find((o) => o.value === p.phase)?.[locale] ?? p.phase,
        dates: `${formatDate(p.start, locale)}${p.end ? ` → ${formatDate(p.end, locale)}` : ''}`,
        from: at(p.fromDate),
        width: Math.max(0.008, (differenceInCalendarDays(p.toDate, p.fromDate) + 1) / span),
        done: !!p.done,
      })),
      note: locale === 'fr'
        ? 'Durées du guide UNCCAS / FNCDG : définition du projet ≤ 2 mois ; formation ≥ 3 mois ; période d’essai de 3 mois ; affectation définitive évaluée après 6 mois.'
        : 'UNCCAS / FNCDG guide durations: project definition ≤ 2 months; training ≥ 3 months; 3-month trial; permanent assignment assessed after 6 months.',
    },
  };
}
