import type { Locale } from './locale.js';
import * as t from './validator-runtime/messages/index.js';

/**
 * Message templates per issue code. `{label}` is the field's title in the chosen language; the
 * other placeholders come from the issue's params. Kept as data: our records' validators read this
 * table at each call; a validator compiled by `tremplin-schemas compile` carries its own table of the
 * templates its schema can need, so it is not changed by edits to this one.
 */
export type MessageTable = Record<string, (params: Record<string, unknown>) => string>;

// Every code, composed from the per-code templates of validator-runtime/messages/ (the one source of each
// text). Marked pure so that a bundle importing only some templates drops this table.
export const MESSAGES: Record<Locale, MessageTable> = /* @__PURE__ */ t.messageTables({
  required: t.requiredMessages,
  type: t.typeMessages,
  format: /* @__PURE__ */ t.formatMessagesFor({
    date: t.dateFormatLabels,
    'date-time': t.dateTimeFormatLabels,
    email: t.emailFormatLabels,
    siret: t.siretFormatLabels,
  }),
  minLength: t.minLengthMessages,
  maxLength: t.maxLengthMessages,
  pattern: t.patternMessages,
  minimum: t.minimumMessages,
  maximum: t.maximumMessages,
  exclusiveMinimum: t.exclusiveMinimumMessages,
  exclusiveMaximum: t.exclusiveMaximumMessages,
  enum: t.enumMessages,
  const: t.constMessages,
  additionalProperties: t.additionalPropertiesMessages,
  minItems: t.minItemsMessages,
  maxItems: t.maxItemsMessages,
  uniqueItems: t.uniqueItemsMessages,
  contains: t.containsMessages,
  not: t.notMessages,
  'not-json': t.notJsonMessages,
  'too-large': t.tooLargeMessages,
  unreadable: t.unreadableMessages,
  unknown: t.unknownMessages,
});
