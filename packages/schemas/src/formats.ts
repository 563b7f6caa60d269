/**
 * String formats used by the schemas. Shipped as our own module (not ajv-formats) because the
 * precompiled validators import it directly: ajv-formats' standalone output uses `require()`,
 * which breaks ESM bundles served under a strict CSP.
 */

import { date } from './calendar-date.js';

export { date };

const TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(z|[+-]\d{2}:\d{2})$/i;

/** RFC 3339 date-time with an explicit offset (`2024-03-01T09:30:00+01:00`). */
export function dateTime(value: string): boolean {
  const parts = value.split(/t|\s/i);
  if (parts.length !== 2) return false;
  const m = TIME.exec(parts[1]!);
  if (!m || !date(parts[0]!)) return false;
  return Number(m[1]) <= 23 && Number(m[2]) <= 59 && Number(m[3]) <= 60;
}

// Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is not ours to judge.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function email(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// La Poste's establishments share SIREN 356000000 and use a digit-sum rule instead of Luhn (INSEE).
const LA_POSTE_SIREN = '356000000';

/** SIRET: 14 digits whose Luhn key is valid (or La Poste's digit sum divisible by 5). */
export function siret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  if (value.startsWith(LA_POSTE_SIREN)) {
    let sum = 0;
    for (const c of value) sum += c.charCodeAt(0) - 48;
    return sum % 5 === 0;
  }
  return luhn(value);
}

/** The format table the generated validators read, keyed by the names used in the schemas. */
export const formats = {
  date,
  'date-time': dateTime,
  email,
  siret,
} as const;
