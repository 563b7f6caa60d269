import { addDays, addMonths, differenceInCalendarDays, differenceInMonths, formatISO, getDaysInMonth, isValid, parseISO } from 'date-fns';

/** An ISO calendar date, `YYYY-MM-DD`: the only date shape records and facts carry. */
export type IsoDate = string;

export function parseDate(value: IsoDate): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const d = parseISO(value);
  return isValid(d) ? d : undefined;
}

export function toIsoDate(d: Date): IsoDate {
  return formatISO(d, { representation: 'date' });
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
