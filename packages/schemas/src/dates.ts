import { addDays, addMonths, differenceInCalendarDays, differenceInMonths, getDaysInMonth } from 'date-fns';
import { date as isCalendarDate } from './calendar-date.js';

/** An ISO calendar date, `YYYY-MM-DD`: the only date shape records and facts carry. */
export type IsoDate = string;

/** A calendar date as a local-midnight Date (date-fns' convention), or undefined if not a real date. */
export function parseDate(value: IsoDate): Date | undefined {
  // Checked against the calendar by the same function the validators use; then built directly,
  // which is several times faster than parseISO on hot paths (rule deadlines).
  if (typeof value !== 'string' || !isCalendarDate(value)) return undefined;
  // setFullYear, not the Date constructor: `new Date(99, 0, 1)` is 1999, and 0000–0099 are valid ISO years.
  const d = new Date(2000, 0, 1);
  d.setFullYear(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)));
  return d;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function toIsoDate(d: Date): IsoDate {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}

export function today(): IsoDate {
  return toIsoDate(new Date());
}

export function plusDays(date: IsoDate, days: number): IsoDate | undefined {
  const d = parseDate(date);
  return d ? toIsoDate(addDays(d, days)) : undefined;
}

export function plusMonths(date: IsoDate, months: number): IsoDate | undefined {
  const d = parseDate(date);
  return d ? toIsoDate(addMonths(d, months)) : undefined;
}

/** Days from `start` to `end`, both counted: a stoppage from the 1st to the 30th lasts 30 days. */
export function inclusiveDays(start: IsoDate, end: IsoDate): number | undefined {
  const s = parseDate(start);
  const e = parseDate(end);
  return s && e ? differenceInCalendarDays(e, s) + 1 : undefined;
}

/**
 * Months from `start` to `end` with the last month's fraction (12.03 is "12 months and a day"),
 * so that a cap of "12 months" is exceeded the day after, not a month later.
 */
export function monthsBetween(start: IsoDate, end: IsoDate): number | undefined {
  const s = parseDate(start);
  const e = parseDate(end);
  if (!s || !e) return undefined;
  const whole = differenceInMonths(e, s);
  const anchor = addMonths(s, whole);
  const rest = differenceInCalendarDays(e, anchor) / getDaysInMonth(anchor);
  return Math.round((whole + rest) * 1000) / 1000;
}
