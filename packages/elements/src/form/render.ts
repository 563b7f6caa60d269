import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { Strings } from '../i18n.js';
import type { ItemAction } from '../model/hints.js';
import { unescapePointer, type Locale, type ValidationIssue } from '@tremplin/schemas/base';
import { join } from '../model/pointer.js';
import { matches } from '../model/condition.js';
import { messagesOf } from './widget-registry.js';
import { typeset } from '../typography.js';
import { formatDate } from '../i18n.js';
import { formatBytes, readAttachment, refusal, type Attachment } from './attachment.js';
import type { FieldNode, GroupNode, ListNode, TreeNode } from '../model/schema-tree.js';
import { hintOf, isPlain, skeleton } from './skeleton.js';

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

/** Element ids are data paths, so an error, a summary link and a test all find a field the same way. */
export const idOf = (path: string) => `f${path.replace(/\s/g, '_')}`;

export const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function describedBy(...ids: Array<string | false | undefined>): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}

function errorList(ctx: RenderContext, id: string, issues: ValidationIssue[]): TemplateResult | typeof nothing {
  if (!issues.length) return nothing;
  // The sign is decoration: "error" is said by aria-invalid and the message itself.
  return html`<p class="error" id=${`${id}-error`} part="error"><span aria-hidden="true">⚠ </span>${typeset(issues.map((i) => i.message).join(' ; '), ctx.locale)}</p>`;
}

/** A value that the widget cannot show as itself (an object where text is expected…), shown as JSON text. */
function badValue(ctx: RenderContext, value: unknown): TemplateResult {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return html`<p class="bad" part="bad-value">${ctx.t.received} <code>${text}</code></p>`;
}

function title(ctx: RenderContext, node: TreeNode): string {
  return node.title[ctx.locale];
}

function requiredMark(ctx: RenderContext, required: boolean) {
  return required ? html`<span aria-hidden="true"> *</span><span class="sr-only"> (${ctx.t.required})</span>` : nothing;
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
  const id = idOf(path);
  const errors = ctx.errorsAt(path);
  const invalid = errors.length > 0;
  const required = node.required && !optional;
  const hintText = hintOf(ctx, node);
  const hintId = hintText ? `${id}-hint` : undefined;
  const hint = hintId ? html`<p class="hint" id=${hintId} part="hint">${hintText}</p>` : nothing;
  const describe = describedBy(hintId, invalid && `${id}-error`);
  const touch = () => ctx.touch(path);

  const tag = ctx.widgetTag(node.pattern, node.widget);
  if (tag && !node.readOnly) {
    // The host's element draws label, hint and error itself; the form gives it the data and hears `change`.
    const element = unsafeStatic(tag);
    return staticHtml`<div class="field" part="field custom">
      <${element} id=${id} part="input" .value=${value} .label=${label} .hint=${hintText || undefined} .errors=${messagesOf(errors)}
        .required=${required} .disabled=${ctx.disabled} .locale=${ctx.locale}
        .options=${node.options?.map((o) => ({ value: o.value, label: o.label[ctx.locale] }))}
        @change=${(e: Event) => { if (e.target === e.currentTarget) { ctx.edit(path, (e.currentTarget as { value?: unknown }).value); touch(); } }}></${element}>
    </div>`;
  }
  if (node.readOnly) {
    // Computed by the software: shown as a read-only value (the record gets it with the next edit).
    const shownValue = value ?? ctx.computedAt(path);
    const text = typeof shownValue === 'string' ? (node.widget === 'date' ? formatDate(shownValue, ctx.locale) ?? shownValue : shownValue) : undefined;
    return html`<div class="field" part="field computed">
      <span class="label" part="label" id=${`${id}-label`}>${label}</span>
      ${hint}
      <output id=${id} part="computed-value" aria-labelledby=${`${id}-label`} aria-describedby=${describe}>${shownValue === undefined ? ctx.t.computed : text ?? badValue(ctx, shownValue)}</output>
    </div>`;
  }

  return renderFile(ctx, node, path, value, label, required, invalid, errors);
}

/** What follows a control: the value it cannot show, then the field's errors; nothing at all for a fine field. */
export function messages(ctx: RenderContext, id: string, bad: boolean, value: unknown, errors: ValidationIssue[]): TemplateResult | typeof nothing {
  if (!bad && !errors.length) return nothing;
  return html`${bad ? badValue(ctx, value) : nothing}${errorList(ctx, id, errors)}`;
}

const isAttachment = (v: unknown): v is Attachment => !!v && typeof v === 'object' && typeof (v as Attachment).name === 'string' && typeof (v as Attachment).size === 'number';

/** A file field: the browser's file input, its limits and confidentiality said before it, the file attached shown after. */
function renderFile(ctx: RenderContext, node: FieldNode, path: string, value: unknown, label: string, required: boolean, invalid: boolean, errors: ValidationIssue[]): TemplateResult {
  const id = idOf(path);
  const rules = node.attachment ?? {};
  const max = rules.maxBytes !== undefined ? formatBytes(rules.maxBytes, ctx.locale) : '';
  const hintText = [node.description?.[ctx.locale], ctx.t.attachmentHint((rules.accept ?? []).join(', '), max),
    node.confidentiality ? ctx.t.confidentiality[node.confidentiality] : ''].filter(Boolean).join(' — ');
  const describe = describedBy(hintText && `${id}-hint`, isAttachment(value) && `${id}-file`, invalid && `${id}-error`);
  const choose = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const why = refusal(rules, file);
    input.value = '';
    if (why) {
      ctx.fieldError(path, ctx.t.attachmentRefused(label, why, max));
      ctx.touch(path);
      return;
    }
    ctx.fieldError(path, undefined);
    ctx.edit(path, await readAttachment(file));
    ctx.touch(path);
  };
  ctx.listen(id, { change: (e: Event) => void choose(e) });
  return html`<div class="field" part="field file">
    <label for=${id} part="label">${label}${requiredMark(ctx, required)}</label>
    ${hintText ? html`<p class="hint" id=${`${id}-hint`} part="hint">${hintText}</p>` : nothing}
    <input id=${id} part="input" type="file" accept=${rules.accept?.join(',') || nothing} ?disabled=${ctx.disabled}
      aria-invalid=${invalid ? 'true' : nothing} aria-required=${required ? 'true' : nothing} aria-describedby=${describe}>
    ${isAttachment(value) ? html`<p class="attached" id=${`${id}-file`} part="attached">${ctx.t.attached(value.name, formatBytes(value.size, ctx.locale))}
      <button type="button" part="button detach" ?disabled=${ctx.disabled} @click=${() => ctx.edit(path, undefined)}>${ctx.t.detach}</button></p>`
      : value !== undefined ? badValue(ctx, value) : nothing}
    ${errorList(ctx, id, errors)}
  </div>`;
}

function renderList(ctx: RenderContext, node: ListNode, path: string, value: unknown, optional = false): TemplateResult {
  const id = idOf(path);
  const items = Array.isArray(value) ? value : [];
  const name = title(ctx, node);
  const errors = ctx.errorsAt(path);
  const full = node.maxItems !== undefined && items.length >= node.maxItems;
  const actions = ctx.itemActions(node.item.pattern);
  const removed = ctx.removedAt(path);
  return html`<fieldset class="list" part="fieldset list" id=${id} tabindex="-1" aria-describedby=${describedBy(errors.length > 0 && `${id}-error`)}>
    <legend part="legend">${name}${requiredMark(ctx, node.required && !optional)}</legend>
    ${value !== undefined && !Array.isArray(value) ? badValue(ctx, value) : nothing}
    ${removed !== undefined ? html`<p class="undo" part="undo">${ctx.t.removedVisible(ctx.t.item(name, removed + 1))}
      <button type="button" part="button undo" id=${`${id}-undo`} @click=${() => ctx.undo()}>${ctx.t.undo}</button></p>` : nothing}
    ${items.length === 0 ? html`<p class="hint">${ctx.t.listEmpty}</p>` : nothing}
    ${items.map((_, i) => {
      const itemPath = join(path, i);
      // An item the audience may not read (a free text not released to it) is not drawn, nor its buttons.
      if (!ctx.visibleTo(itemPath)) return nothing;
      const itemName = ctx.t.item(name, i + 1);
      return html`<div class="item" part="item">
        ${node.item.kind === 'field' ? renderField(ctx, node.item, itemPath, items[i], itemName) : renderNode(ctx, node.item, itemPath, items, itemName)}
        <div class="buttons" part="item-buttons">
          ${actions.map((a) => html`<button type="button" part="button" ?disabled=${ctx.disabled}
            aria-label=${`${a.label[ctx.locale]} : ${itemName}`} @click=${() => ctx.act(itemPath, a)}>${a.label[ctx.locale]}</button>`)}
          <button type="button" part="button" id=${`${idOf(itemPath)}-up`} ?disabled=${ctx.disabled || i === 0} aria-label=${`${ctx.t.moveUp} : ${itemName}`}
            @click=${() => ctx.move(path, i, i - 1)}>↑ ${ctx.t.moveUp}</button>
          <button type="button" part="button" id=${`${idOf(itemPath)}-down`} ?disabled=${ctx.disabled || i === items.length - 1} aria-label=${`${ctx.t.moveDown} : ${itemName}`}
            @click=${() => ctx.move(path, i, i + 1)}>↓ ${ctx.t.moveDown}</button>
          <button type="button" part="button" id=${`${idOf(itemPath)}-remove`} ?disabled=${ctx.disabled} aria-label=${`${ctx.t.remove} : ${itemName}`}
            @click=${() => ctx.remove(path, i)}>${ctx.t.remove}</button>
        </div>
      </div>`;
    })}
    ${errorList(ctx, id, errors)}
    <div class="buttons"><button type="button" part="button add" ?disabled=${ctx.disabled || full} @click=${() => ctx.add(node, path)}>+ ${ctx.t.add} : ${name}</button></div>
  </fieldset>`;
}

/**
 * One node of the form tree at a data path: nothing while its show-condition fails against its
 * parent object or while the audience may not see it.
 */
export function renderNode(ctx: RenderContext, node: TreeNode, path: string, parent: unknown, label?: string, optional = false): unknown {
  if (node.visibleWhen && !matches(node.visibleWhen, parent)) return nothing;
  if (path !== '' && !ctx.visibleTo(path)) return nothing;
  const value = valueIn(ctx, parent, path);
  if (node.kind === 'field') return renderField(ctx, node, path, value, label ?? title(ctx, node), optional);
  if (node.kind === 'list') return renderList(ctx, node, path, value, optional);
  return skeleton(ctx, node, path, value, label, optional);
}

/** The record's top-level nodes, limited to those of one wizard step when there are steps. */
export function renderRoot(ctx: RenderContext, tree: GroupNode, keys?: readonly string[]): unknown {
  return skeleton(ctx, tree, '', ctx.value, undefined, false, keys);
}
