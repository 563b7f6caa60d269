import { html, nothing, type TemplateResult } from 'lit';
import { valueAt } from '@tremplin/schemas/base';
import { join } from '../model/pointer.js';
import { formatDate } from '../i18n.js';
import { typeset } from '../typography.js';
import { matches } from '../model/condition.js';
import type { FieldNode, TreeNode } from '../model/schema-tree.js';
import type { RenderContext } from './render.js';

function shown(ctx: RenderContext, node: FieldNode, value: unknown): string {
  if (value === undefined) return ctx.t.empty;
  if (node.widget === 'file' && value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') return (value as { name: string }).name;
  if (node.widget === 'yes-no' && typeof value === 'boolean') return value ? ctx.t.yes : ctx.t.no;
  const label = (v: unknown) => node.options?.find((o) => o.value === v)?.label[ctx.locale];
  if (Array.isArray(value)) return value.map((v) => label(v) ?? JSON.stringify(v)).join(', ');
  if (node.widget === 'date' && typeof value === 'string') {
    const date = formatDate(value, ctx.locale);
    if (date) return date;
  }
  if (typeof value === 'string') return label(value) ?? value;
  return label(value) ?? JSON.stringify(value);
}

/**
 * The record as a read-only summary (the `readonly` property): a description list per group, so
 * that a screen reader reads each label with its value; nothing is editable and nothing is hidden
 * but what the audience may not see.
 */
export function renderReadonly(ctx: RenderContext, node: TreeNode, path: string, parent: unknown, label?: string): TemplateResult | typeof nothing {
  if (node.visibleWhen && !matches(node.visibleWhen, parent)) return nothing;
  if (path !== '' && !ctx.visibleTo(path)) return nothing;
  const value = valueAt(ctx.value, path);
  const name = label ?? node.title[ctx.locale];
  const errors = ctx.errorsAt(path);
  const error = errors.length ? html`<p class="error" part="error">${typeset(errors.map((i) => i.message).join(' ; '), ctx.locale)}</p>` : nothing;
  if (node.kind === 'field') return html`<dt part="label">${name}</dt><dd part="value">${shown(ctx, node, value)}${error}</dd>`;
  if (node.kind === 'list') {
    const items = Array.isArray(value) ? value : [];
    return html`<dt part="label">${name}</dt><dd part="value">${items.length === 0 ? ctx.t.empty : nothing}${error}
      ${items.map((_, i) => html`<dl>${renderReadonly(ctx, node.item, join(path, i), items, ctx.t.item(name, i + 1))}</dl>`)}</dd>`;
  }
  const rows = node.children.map((child) => renderReadonly(ctx, child, join(path, child.key), value));
  if (path === '') return html`${error}<dl>${rows}</dl>`;
  return html`<dt part="label">${name}</dt><dd part="value">${error}<dl>${rows}</dl></dd>`;
}
