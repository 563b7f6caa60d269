import { firstContactDeadline, plusDays, valueAt, type RecordName } from '@tremplin/schemas/base';
import type { SchemaNode } from './schema-tree.js';

/** A value the software derives from the record (a `readOnly` field): the record in, the value out (undefined: not yet). */
export type Computation = (record: unknown) => unknown;

/**
 * The records' computed fields: the rule lives in @tremplin/schemas (firstContactDeadline for the
 * referral's /firstContactDeadline); the form only calls it. Seed 002: the worker calls the cellule
 * within 15 days of the referral.
 */
export const RECORD_COMPUTED: Partial<Record<RecordName, Record<string, Computation>>> = {
  referral: { '/firstContactDeadline': (r) => firstContactDeadline(r as { referralDate: string }) },
};

/**
 * A host schema's own declaration, `"x-computed": { "plusDays": { "from": "/start", "days": 15 } }`:
 * the only computation a schema can state as data for now.
 */
export function declaredComputation(node: SchemaNode): Computation | undefined {
  const spec = node['x-computed'] as { plusDays?: { from?: unknown; days?: unknown } } | undefined;
  const from = spec?.plusDays?.from;
  const days = spec?.plusDays?.days;
  if (typeof from !== 'string' || typeof days !== 'number' || !Number.isInteger(days)) return undefined;
  return (record) => {
    const start = valueAt(record, from);
    return typeof start === 'string' ? plusDays(start, days) : undefined;
  };
}
