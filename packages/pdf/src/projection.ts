// The one audience filter is @tremplin/schemas' projectFor: this file only calls it and turns its
// typed errors into this package's.
import { isTremplinProjectionError, projectFor, type Audience, type ConsentRecord, type Projection, type RecordName } from '@tremplin/schemas';
import { TremplinPdfError } from './errors.js';

export type PrintProjection = Pick<Projection, 'value' | 'withheld' | 'released'>;

/** The record as `audience` may see it on a copy dated `asOf`, with what was withheld and released. */
export function project(name: RecordName, record: unknown, audience: Audience, consents: readonly ConsentRecord[] | undefined, asOf: string): PrintProjection {
  try {
    return projectFor(name, record, { audience, asOf, ...(consents === undefined ? {} : { consents }) });
  } catch (error) {
    if (isTremplinProjectionError(error)) throw new TremplinPdfError('invalid-options', `Projection for ${audience}: ${(error as Error).message}`);
    throw error;
  }
}
