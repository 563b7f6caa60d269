import { getSchema, loadRecord, validatorFor } from '@tremplin/schemas/core';
import { RECORD_COMPUTED } from '../model/computed.js';
import { recordSource } from '../model/record-source.js';

/**
 * What a form needs to show one of our records rather than a host schema: the record's schema and
 * labels, its validator and its computed fields. A form with a host schema never loads it; the record
 * elements import it, `<tremplin-form record>` loads it with its record. The audience projection is
 * `projection-support.ts`, loaded beside it.
 */
export const recordSupport = { loadRecord, getSchema, recordSource, validatorFor, computed: RECORD_COMPUTED };
export type RecordSupport = typeof recordSupport;
