import { getSchema, loadRecord } from '@tremplin/schemas/catalogue';
import { RECORD_COMPUTED } from '../model/computed.js';
import { recordSource } from '../model/record-source.js';

/**
 * What a form needs to draw one of our records rather than a host schema: the record's schema and
 * labels, how to load the rest of it, and its computed fields. A form with a host schema never loads
 * it; the record elements import it, `<tremplin-form record>` loads it with its record. The validator
 * (`validation-support.ts`) and the audience projection (`projection-support.ts`) load beside it.
 */
export const recordSupport = { loadRecord, getSchema, recordSource, computed: RECORD_COMPUTED };
export type RecordSupport = typeof recordSupport;
