import { date } from '../../calendar-date.js';

const TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(z|[+-]\d{2}:\d{2})$/i;

/** RFC 3339 date-time with an explicit offset (`2024-03-01T09:30:00+01:00`). */
export function dateTime(value: string): boolean {
  const parts = value.split(/t|\s/i);
  if (parts.length !== 2) return false;
  const m = TIME.exec(parts[1]!);
  if (!m || !date(parts[0]!)) return false;
  return Number(m[1]) <= 23 && Number(m[2]) <= 59 && Number(m[3]) <= 60;
}
