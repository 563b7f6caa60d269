import type { Locale, ValidationIssue } from '@tremplin/schemas/base';
import { TremplinElementsError } from '../elements-error.js';

/**
 * What a host's own element gets to render one field (e.g. a DSFR input): properties set by the form,
 * and one event back. The element draws its own label, hint and error (ARIA ids do not cross shadow
 * roots, so it must keep them beside its control), and fires `change` with its new `value`.
 *
 * @example
 * class DsfrInput extends HTMLElement { set value(v) {…} get value() {…} set label(l) {…} … }
 * customElements.define('dsfr-text-input', DsfrInput);
 * registerWidget('/worker/lastName', 'dsfr-text-input');   // one field, by data path pattern
 * registerWidget('text', 'dsfr-text-input');               // or every field of a widget kind
 */
export interface WidgetElementProps {
  value: unknown;
  label: string;
  hint: string | undefined;
  /** Messages of the errors shown on the field; empty when it is fine. */
  errors: string[];
  required: boolean;
  disabled: boolean;
  locale: Locale;
  /** The field's options (selects, checkboxes), labelled in the form's language. */
  options: Array<{ value: unknown; label: string }> | undefined;
}

const CUSTOM_TAG = /^[a-z][a-z0-9._-]*-[a-z0-9._-]*$/;
const registry = new Map<string, string>();

/**
 * Renders fields of a widget kind (`date`, `text`…) or of one data path pattern with the host's element
 * `tag`. Throws a `TremplinElementsError` (`bad-widget`) when `tag` is not a custom element name.
 */
export function registerWidget(kindOrPattern: string, tag: string): void {
  if (typeof kindOrPattern !== 'string' || typeof tag !== 'string' || !CUSTOM_TAG.test(tag)) throw new TremplinElementsError('bad-widget', 'registerWidget: the tag must be a custom element name (lowercase, with a dash)');
  registry.set(kindOrPattern, tag);
}

/** The host's tag for a field: per form first (`widgetTags`), then the page's registry; by pattern before kind. */
export function widgetTagFor(own: Record<string, string> | undefined, pattern: string, kind: string): string | undefined {
  const tag = own?.[pattern] ?? own?.[kind] ?? registry.get(pattern) ?? registry.get(kind);
  return tag && CUSTOM_TAG.test(tag) ? tag : undefined;
}

export const messagesOf = (issues: ValidationIssue[]) => issues.map((i) => i.message);
