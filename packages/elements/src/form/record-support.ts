import { getSchema, loadRecord, validatorFor } from '@tremplin/schemas/core';
import { isVisible, projectFor } from '@tremplin/schemas/projection';
import { RECORD_COMPUTED } from '../model/computed.js';
import { recordSource } from '../model/record-source.js';

/**
 * What a form needs to show one of our records rather than a host schema: the record's schema and
 * labels, its validator, the audience projection (with the consent record) and its computed fields.
 * A form with a host schema never loads it; the record elements import it, `<tremplin-form record>`
 * loads it with its record.
 */
export const recordSupport = { loadRecord, getSchema, recordSource, validatorFor, isVisible, projectFor, computed: RECORD_COMPUTED };
export type RecordSupport = typeof recordSupport;
