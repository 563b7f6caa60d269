import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, literal, unsafeStatic } from 'lit/static-html.js';
import type { Strings } from '../i18n.js';
import type { ItemAction } from '../model/hints.js';
import { unescapePointer, type Locale, type ValidationIssue } from '@tremplin/schemas/base';
import { join } from '../model/pointer.js';
import { matches } from '../model/condition.js';
import { messagesOf } from './widget-registry.js';
import { choices, labelsOf } from './choices.js';
import { typeset } from '../typography.js';
import { formatDate } from '../i18n.js';
import { formatBytes, readAttachment, refusal, type Attachment } from './attachment.js';
import { inputPattern, isoToLocal, localToIso, timeToValue, valueToTime } from './date-input.js';
import type { FieldNode, GroupNode, ListNode, TreeNode } from '../model/schema-tree.js';

/** What the templates need from the element: state to show and handlers to call. */
export interface RenderContext {
  locale: Locale;
  t: Strings;
  value: unknown;
  disabled: boolean;
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

/**
 * Input types baked into the templates (Lit static values): setting `type` after the element is
 * created makes Chromium build the input twice, which a 500-field form pays 500 times.
 */
const INPUT_TYPES = {
  date: literal`date`, 'date-time': literal`datetime-local`, time: literal`time`, email: literal`email`, tel: literal`tel`, text: literal`text`,
} as const;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

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

function parseNumber(text: string, integer: boolean): unknown {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return undefined;
  const normalised = trimmed.replace(',', '.');
  if (!(integer ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/).test(normalised)) return text; // kept: the validator says why
  return Number(normalised);
}

const DATED = new Set(['date', 'time', 'date-time']);

/** The value at `path`, taken from its parent's (what `valueAt` finds, without walking the whole path again for every field). */
function valueIn(ctx: RenderContext, parent: unknown, path: string): unknown {
  if (path === '') return ctx.value;
  if (parent === null || typeof parent !== 'object') return undefined;
  return (parent as Record<string, unknown>)[unescapePointer(path.slice(path.lastIndexOf('/') + 1))];
}

const hintTexts = new WeakMap<FieldNode, { t: Strings; locale: Locale; text: string }>();

/** A field's hint (its description, a text area's limit, the pattern a date input shows): the same at every render, so kept per field and language. */
function hintOf(ctx: RenderContext, node: FieldNode): string {
  const known = hintTexts.get(node);
  if (known && known.t === ctx.t && known.locale === ctx.locale) return known.text;
  const dated = DATED.has(node.widget) && !node.readOnly;
  const text = [
    node.description?.[ctx.locale],
    node.maxLength && node.widget === 'textarea' ? ctx.t.maxLength(node.maxLength) : '',
    dated ? ctx.t.format(inputPattern(node.widget as 'date' | 'time' | 'date-time', ctx.locale)) : '',
  ].filter(Boolean).join(' — ');
  hintTexts.set(node, { t: ctx.t, locale: ctx.locale, text });
  return text;
}

function renderField(ctx: RenderContext, node: FieldNode, path: string, value: unknown, label: string, optional = false): TemplateResult {
  const id = idOf(path);
  const errors = ctx.errorsAt(path);
  const invalid = errors.length > 0;
  const required = node.required && !optional;
  const dated = DATED.has(node.widget) && !node.readOnly;
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

  if (node.widget === 'file') return renderFile(ctx, node, path, value, label, required, invalid, errors);

  if (node.widget === 'yes-no') {
    const bad = value !== undefined && typeof value !== 'boolean';
    const aria = invalid ? 'true' : nothing;
    ctx.listen(id, { change: () => { ctx.edit(path, true); touch(); } });
    ctx.listen(`${id}-no`, { change: () => { ctx.edit(path, false); touch(); } });
    return html`<fieldset class="field" part="field fieldset" aria-describedby=${describe}>
      <legend part="legend">${label}${requiredMark(ctx, required)}</legend>
      ${hint}
      <div class="choices"><label class="choice"><input type="radio" name=${id} id=${id} .checked=${live(value === true)} ?disabled=${ctx.disabled}
          aria-invalid=${aria} part="input choice">${ctx.t.yes}</label><label class="choice"><input type="radio" name=${id}
          id=${`${id}-no`} .checked=${live(value === false)} ?disabled=${ctx.disabled}
          aria-invalid=${aria} part="input choice">${ctx.t.no}</label></div>
      ${messages(ctx, id, bad, value, errors)}
    </fieldset>`;
  }

  if (node.widget === 'checkboxes') {
    const list = Array.isArray(value) ? value : [];
    const options = node.options ?? [];
    const unknown = Array.isArray(value) ? list.filter((v) => !options.some((o) => o.value === v)) : value === undefined ? [] : [value];
    return html`<fieldset class="field" part="field fieldset" aria-describedby=${describe}>
      <legend part="legend">${label}${requiredMark(ctx, required)}</legend>
      ${hint}
      <div class="choices">
        ${options.map((option, i) => {
          const box = i === 0 ? id : `${id}-${i}`;
          ctx.listen(box, { change: (e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            const next = on ? [...list, option.value] : list.filter((v) => v !== option.value);
            ctx.edit(path, next.length ? next : undefined);
            touch();
          } });
          return html`<label class="choice"><input type="checkbox" id=${box}
          .checked=${live(list.includes(option.value))} ?disabled=${ctx.disabled} aria-invalid=${invalid ? 'true' : nothing} part="input choice">${option.label[ctx.locale]}</label>`;
        })}
      </div>
      ${unknown.length ? badValue(ctx, unknown) : nothing}${errorList(ctx, id, errors)}
    </fieldset>`;
  }

  // One template per kind of field (label, hint, control and messages together): a form's first
  // render pays for every template instance and binding, 500 times over in a large form.
  const mark = requiredMark(ctx, required);
  const aria = invalid ? 'true' : nothing;
  const ariaRequired = required ? 'true' : nothing;
  if (node.widget === 'select') {
    const options = node.options ?? [];
    const index = options.findIndex((o) => o.value === value);
    const bad = value !== undefined && index < 0;
    ctx.listen(id, { change: (e: Event) => {
      const selected = (e.target as HTMLSelectElement).value;
      ctx.edit(path, selected === '' ? undefined : selected === 'bad' ? value : options[Number(selected)]?.value);
      touch();
    } });
    return html`<div class="field" part="field"><label for=${id} part="label">${label}${mark}</label>${hint}<select id=${id} part="input" ?disabled=${ctx.disabled} aria-invalid=${aria}
        aria-required=${ariaRequired} aria-describedby=${describe}>${choices(ctx.t.choose, labelsOf(options, ctx.locale), index, bad ? String(typeof value === 'object' ? JSON.stringify(value) : value) : undefined)}</select>${messages(ctx, id, bad, value, errors)}</div>`;
  }
  if (node.widget === 'textarea') {
    const bad = value !== undefined && typeof value !== 'string';
    ctx.listen(id, { input: (e: Event) => ctx.edit(path, (e.target as HTMLTextAreaElement).value || undefined), focusout: touch });
    return html`<div class="field" part="field"><label for=${id} part="label">${label}${mark}</label>${hint}<textarea id=${id} part="input" ?disabled=${ctx.disabled} maxlength=${node.maxLength ?? nothing}
      aria-invalid=${aria} aria-required=${ariaRequired} aria-describedby=${describe}
      .value=${live(typeof value === 'string' ? value : '')}></textarea>${messages(ctx, id, bad, value, errors)}</div>`;
  }
  if (node.widget === 'number') {
    const typed = ctx.typed(path);
    const shown = typed !== undefined && parseNumber(typed, !!node.integer) === value ? typed
      : typeof value === 'number' ? String(value).replace('.', ctx.locale === 'fr' ? ',' : '.') : typeof value === 'string' ? value : '';
    const bad = value !== undefined && typeof value !== 'number' && typeof value !== 'string';
    ctx.listen(id, { input: (e: Event) => { const text = (e.target as HTMLInputElement).value; ctx.edit(path, parseNumber(text, !!node.integer), text); }, focusout: touch });
    return html`<div class="field" part="field"><label for=${id} part="label">${label}${mark}</label>${hint}<input id=${id} part="input" type="text" inputmode=${node.integer ? 'numeric' : 'decimal'} ?disabled=${ctx.disabled}
      aria-invalid=${aria} aria-required=${ariaRequired} aria-describedby=${describe}
      .value=${live(shown)}>${messages(ctx, id, bad, value, errors)}</div>`;
  }
  // Date and time inputs cannot show a malformed value: that one is shown as text, to be corrected.
  const local = node.widget === 'date-time' ? isoToLocal(value) : node.widget === 'time' ? valueToTime(value) : undefined;
  const fits = value === undefined || (node.widget === 'date' ? typeof value === 'string' && ISO_DATE.test(value) : local !== undefined);
  const type: keyof typeof INPUT_TYPES = dated ? (fits ? node.widget as 'date' | 'time' | 'date-time' : 'text')
    : node.widget === 'email' ? 'email' : node.widget === 'tel' ? 'tel' : 'text';
  const bad = value !== undefined && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean';
  const shown = value === undefined || bad ? '' : type !== 'text' && local !== undefined ? local : String(value);
  const parse = (text: string): unknown => {
    if (type === 'date-time') return localToIso(text) ?? (text || undefined);
    if (type === 'time') return timeToValue(text, !!node.timeWithOffset);
    return text || undefined;
  };
  ctx.listen(id, { input: (e: Event) => ctx.edit(path, parse((e.target as HTMLInputElement).value)), focusout: touch });
  // Autocomplete only where the host says the field holds the person's own details (WCAG 1.3.5):
  // elsewhere a browser would fill a worker's name with the doctor's.
  return staticHtml`<div class="field" part="field"><label for=${id} part="label">${label}${mark}</label>${hint}<input id=${id} part="input" type=${INPUT_TYPES[type]} ?disabled=${ctx.disabled} maxlength=${node.maxLength ?? nothing}
      autocomplete=${node.autocomplete ?? 'off'} aria-invalid=${aria} aria-required=${ariaRequired}
      aria-describedby=${describe} .value=${live(shown)}>${messages(ctx, id, bad, value, errors)}</div>`;
}

/** What follows a control: the value it cannot show, then the field's errors; nothing at all for a fine field. */
function messages(ctx: RenderContext, id: string, bad: boolean, value: unknown, errors: ValidationIssue[]): TemplateResult | typeof nothing {
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

const NO_MARKUP = literal``;
const holes: string[][] = [];

/**
 * A group's children as one template with a slot each: Lit renders an array with two markers and
 * a part created per item, where a template's slots are cloned with it (one template per number of
 * children, so it is prepared once).
 */
function slots(children: ReadonlyArray<TemplateResult | typeof nothing>): TemplateResult {
  const strings = (holes[children.length] ??= Array.from({ length: children.length + 2 }, () => ''));
  // The empty static value makes static-html treat `strings` as a template of its own, cached by its text.
  return staticHtml(strings as unknown as TemplateStringsArray, NO_MARKUP, ...children);
}

function renderGroup(ctx: RenderContext, node: GroupNode, path: string, value: unknown, label?: string, children = node.children, optional = false): TemplateResult {
  const id = idOf(path);
  const errors = ctx.errorsAt(path);
  // An optional group not started yet requires nothing: its fields are required only once it holds a value.
  const childrenOptional = optional || (!node.required && value === undefined);
  const body = slots(children.map((child) => renderNode(ctx, child, join(path, child.key), value, undefined, childrenOptional)));
  if (path === '') return html`${value !== undefined && !isObject(value) ? badValue(ctx, value) : nothing}${errorList(ctx, id, errors)}${body}`;
  const bad = value !== undefined && !isObject(value);
  return html`<fieldset part="fieldset group" id=${id} tabindex="-1" aria-describedby=${describedBy(errors.length > 0 && `${id}-error`)}><legend part="legend">${label ?? title(ctx, node)}${requiredMark(ctx, node.required && !optional)}</legend>${messages(ctx, id, bad, value, errors)}${body}</fieldset>`;
}

/**
 * One node of the form tree at a data path: nothing while its show-condition fails against its
 * parent object or while the audience may not see it.
 */
export function renderNode(ctx: RenderContext, node: TreeNode, path: string, parent: unknown, label?: string, optional = false): TemplateResult | typeof nothing {
  if (node.visibleWhen && !matches(node.visibleWhen, parent)) return nothing;
  if (path !== '' && !ctx.visibleTo(path)) return nothing;
  const value = valueIn(ctx, parent, path);
  if (node.kind === 'field') return renderField(ctx, node, path, value, label ?? title(ctx, node), optional);
  if (node.kind === 'list') return renderList(ctx, node, path, value, optional);
  return renderGroup(ctx, node, path, value, label, node.children, optional);
}

/** The record's top-level nodes, limited to those of one wizard step when there are steps. */
export function renderRoot(ctx: RenderContext, tree: GroupNode, keys?: readonly string[]): TemplateResult {
  const children = keys ? tree.children.filter((c) => keys.includes(c.key)) : tree.children;
  return renderGroup(ctx, tree, '', ctx.value, undefined, children);
}
