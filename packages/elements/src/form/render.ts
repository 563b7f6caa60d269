import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n.js';
import type { ItemAction } from '../model/hints.js';
import { unescapePointer, type Locale, type ValidationIssue } from '@tremplin/schemas/base';
import { matches } from '../model/condition.js';
import { idOf } from '../model/pointer.js';
import { typeset } from '../typography.js';
import type { FieldNode, GroupNode, ListNode, TreeNode } from '../model/schema-tree.js';
import { renderExtraField, renderList } from './extra-widgets.js';
import { isPlain, skeleton } from './skeleton.js';

/** What the templates need from the element: state to show and handlers to call. */
export interface RenderContext {
  locale: Locale;
  t: Strings;
  value: unknown;
  disabled: boolean;
  /** True when no audience filters the form: every node is there for whoever reads, whatever the record holds. */
  allVisible: boolean;
  /** Validation issues shown at this exact path (the field, group or list rendered there). */
  errorsAt(path: string): ValidationIssue[];
  /** False for fields the audience may not see; their values stay in the record. */
  visibleTo(path: string): boolean;
  /** What the person typed in a number field, kept as typed (`37,5`) while it means the value. */
  typed(path: string): string | undefined;
  itemActions(pattern: string): ItemAction[];
  edit(path: string, value: unknown, typed?: string): void;
  touch(path: string): void;
  add(list: ListNode, path: string): void;
  move(path: string, from: number, to: number): void;
  remove(path: string, index: number): void;
  act(path: string, action: ItemAction): void;
  /** Index of the item just removed from the list at this path, while it can be put back. */
  removedAt(path: string): number | undefined;
  /** The host's element for a field (custom widget registry), if any. */
  widgetTag(pattern: string, kind: string): string | undefined;
  /** What a computed field is worth for the record as it stands (shown even before the record carries it). */
  computedAt(path: string): unknown;
  /** Sets (or clears) an error found by the widget itself (a file refused for its type or size). */
  fieldError(path: string, message: string | undefined): void;
  /** What a control (by element id) does on `input`, `change` and `focusout`: the form listens once for all its controls. */
  listen(id: string, handlers: ControlHandlers): void;
  undo(): void;
}

/** A control's handlers by event type (the events bubble to the form, which calls them). */
export type ControlHandlers = Partial<Record<'input' | 'change' | 'focusout', (event: Event) => void>>;

export const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function errorList(ctx: RenderContext, id: string, issues: ValidationIssue[]): TemplateResult | typeof nothing {
  if (!issues.length) return nothing;
  // The sign is decoration: "error" is said by aria-invalid and the message itself.
  return html`<p class="error" id=${`${id}-error`} part="error"><span aria-hidden="true">⚠ </span>${typeset(issues.map((i) => i.message).join(' ; '), ctx.locale)}</p>`;
}

/** A value that the widget cannot show as itself (an object where text is expected…), shown as JSON text. */
export function badValue(ctx: RenderContext, value: unknown): TemplateResult {
  let text: string;
  try {
    // NaN and Infinity as themselves: JSON would say « null ».
    text = typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return html`<p class="bad" part="bad-value">${ctx.t.received} <code>${text}</code></p>`;
}

export function parseNumber(text: string, integer: boolean): unknown {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return undefined;
  const normalised = trimmed.replace(',', '.');
  if (!(integer ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/).test(normalised)) return text; // kept: the validator says why
  return Number(normalised);
}

/** The value at `path`, taken from its parent's (what `valueAt` finds, without walking the whole path again for every field). */
export function valueIn(ctx: RenderContext, parent: unknown, path: string): unknown {
  if (path === '') return ctx.value;
  if (parent === null || typeof parent !== 'object') return undefined;
  return (parent as Record<string, unknown>)[unescapePointer(path.slice(path.lastIndexOf('/') + 1))];
}

function renderField(ctx: RenderContext, node: FieldNode, path: string, value: unknown, label: string, optional = false): unknown {
  if (isPlain(ctx, node)) return skeleton(ctx, node, path, value, label, optional);
  return renderExtraField(ctx, node, path, value, label, optional);
}

/** What follows a control: the value it cannot show, then the field's errors; nothing at all for a fine field. */
export function messages(ctx: RenderContext, id: string, bad: boolean, value: unknown, errors: ValidationIssue[]): TemplateResult | typeof nothing {
  if (!bad && !errors.length) return nothing;
  return html`${bad ? badValue(ctx, value) : nothing}${errorList(ctx, id, errors)}`;
}

/**
 * One node of the form tree at a data path: nothing while its show-condition fails against its
 * parent object or while the audience may not see it.
 */
export function renderNode(ctx: RenderContext, node: TreeNode, path: string, parent: unknown, label?: string, optional = false): unknown {
  if (node.visibleWhen && !matches(node.visibleWhen, parent)) return nothing;
  if (path !== '' && !ctx.visibleTo(path)) return nothing;
  const value = valueIn(ctx, parent, path);
  if (node.kind === 'field') return renderField(ctx, node, path, value, label ?? node.title[ctx.locale], optional);
  if (node.kind === 'list') return renderList(ctx, node, path, value, optional);
  return skeleton(ctx, node, path, value, label, optional);
}

/** The record's top-level nodes, limited to those of one wizard step when there are steps. */
export function renderRoot(ctx: RenderContext, tree: GroupNode, keys?: readonly string[]): unknown {
  return skeleton(ctx, tree, '', ctx.value, undefined, false, keys);
}

