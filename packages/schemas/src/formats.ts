/**
 * String formats used by the schemas. Shipped as our own module (not ajv-formats) because the
 * precompiled validators import it directly: ajv-formats' standalone output uses `require()`,
 * which breaks ESM bundles served under a strict CSP. One file per checker, so that a validator
 * compiled by `tremplin-schemas compile` carries only those its schema names, even beside our records.
 */

import { date } from './calendar-date.js';
import { dateTime } from './validator-runtime/formats/date-time.js';
import { email } from './validator-runtime/formats/email.js';
import { siret } from './validator-runtime/formats/siret.js';

export { date, dateTime, email, siret };

/** The format table the generated validators read, keyed by the names used in the schemas. */
export const formats = {
  date,
  'date-time': dateTime,
  email,
  siret,
} as const;
