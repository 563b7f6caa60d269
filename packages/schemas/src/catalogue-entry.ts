/**
 * @tremplin/schemas/catalogue: `/base` and the catalogue of the loaded records — their schemas, labels
 * and classes, and `loadRecord` — but no validation. What a page's first chunk imports to draw a record
 * form while the record's validator loads beside it (`/core` exports all of it, with `validatorFor`).
 *
 * @example
 * import '@tremplin/schemas/records/referral/fields';
 * import { fieldInfo, loadRecord } from '@tremplin/schemas/catalogue';
 * fieldInfo('referral', '/worker/lastName')?.title.fr; // 'Nom'
 * await loadRecord('referral'); // its validator too
 *
 * @module catalogue
 */

export * from './base.js';
export { getSchema, resolveSchemaRef, fieldInfo, listFields, confidentialityOf } from './catalogue.js';
export { type RecordData, type RecordFields } from './registry.js';
export { loadRecord } from './load-record.js';
