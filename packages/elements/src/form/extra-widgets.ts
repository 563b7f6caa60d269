import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { ValidationIssue } from '@tremplin/schemas/base';
import { formatDate, formatNumber } from '../i18n.js';
import { idOf, join } from '../model/pointer.js';
import type { FieldNode, ListNode } from '../model/schema-tree.js';
import { formatBytes, readAttachment, refusal, type Attachment } from './attachment.js';
import { badValue, errorList, renderNode, type RenderContext } from './render.js';
import { hintOf } from './skeleton.js';
import { messagesOf } from './widget-registry.js';

/**
 * The widgets markup does not draw (skeleton.ts): lists with their buttons and undo, file fields,
 * computed fields and the host's own elements, each a Lit template of its own.
 */

function describedBy(...ids: Array<string | false | undefined>): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}

function requiredMark(ctx: RenderContext, required: boolean) {
  return required ? html`<span aria-hidden="true"> *</span><span class="sr-only"> (${ctx.t.required})</span>` : nothing;
}

/** A field no markup can draw: the host's element, a computed value or a file. */
export function renderExtraField(ctx: RenderContext, node: FieldNode, path: string, value: unknown, label: string, optional: boolean): TemplateResult {
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
    // A computed count or amount is a number: shown in the form's language (« 1 234,5 »), not as a bad
    // value, unless it is NaN or infinite (then a bad value, as the record cannot hold it).
    const text = typeof shownValue === 'string' ? (node.widget === 'date' ? formatDate(shownValue, ctx.locale) ?? shownValue : shownValue)
      : typeof shownValue === 'number' ? formatNumber(shownValue, ctx.locale) : undefined;
    return html`<div class="field" part="field computed">
      <span class="label" part="label" id=${`${id}-label`}>${label}</span>
      ${hint}
      <output id=${id} part="computed-value" aria-labelledby=${`${id}-label`} aria-describedby=${describe}>${shownValue === undefined ? ctx.t.computed : text ?? badValue(ctx, shownValue)}</output>
    </div>`;
  }
  return renderFile(ctx, node, path, value, label, required, invalid, errors);
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

/** A list: its items with their buttons (the host's actions, up, down, remove), the undo offer, the add button. */
export function renderList(ctx: RenderContext, node: ListNode, path: string, value: unknown, optional: boolean): TemplateResult {
  const id = idOf(path);
  const items = Array.isArray(value) ? value : [];
  const name = node.title[ctx.locale];
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
        ${renderNode(ctx, node.item, itemPath, items, itemName)}
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
