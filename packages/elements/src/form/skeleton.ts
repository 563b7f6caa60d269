import { noChange, nothing, render } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
import type { FieldNode, GroupNode, TreeNode } from '../model/schema-tree.js';
import { idOf, join } from '../model/pointer.js';
import { inputPattern, isoToLocal, localToIso, timeToValue, valueToTime } from './date-input.js';
import type { Strings } from '../i18n.js';
import type { RenderContext } from './render.js';
import { isObject, messages, parseNumber, renderNode, valueIn } from './render.js';

/**
 * A form's static markup (fieldsets, legends, labels, hints, controls, options, ids) written once
 * per schema subtree and language as one HTML string, escaped, and parsed by the browser's HTML
 * parser in one go, as a hand-written form is; what changes (values, errors, required marks,
 * `disabled`, shown-when fields, lists) is then set on those elements, and only when it changes.
 * A Lit template per field cost an instance, a dozen bindings and a clone each (a date input
 * cloned is built twice): five times the parser's time on a 500-field form.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Every text from a schema, a host or a language goes through this: a title `<img onerror>` stays text. */
const esc = (text: unknown) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const DATED = new Set(['date', 'time', 'date-time']);
const INPUT_TYPE: Record<string, string> = { date: 'date', 'date-time': 'datetime-local', time: 'time', email: 'email', tel: 'tel' };
/** The input type of a widget; a name from a host's hints that is not ours (`constructor`) is plain text. */
const inputType = (widget: string) => (Object.hasOwn(INPUT_TYPE, widget) ? INPUT_TYPE[widget]! : 'text');
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Widgets drawn from markup; files, computed fields and the host's elements keep a template of their own (render.ts). */
export function isPlain(ctx: RenderContext, node: FieldNode): boolean {
  return node.widget !== 'file' && !node.readOnly && !ctx.widgetTag(node.pattern, node.widget);
}

const hintTexts = new WeakMap<FieldNode, { t: Strings; locale: string; text: string }>();

/** A field's hint (its description, a text area's limit, the pattern a date input shows): the same at every render, so kept per field and language. */
export function hintOf(ctx: RenderContext, node: FieldNode): string {
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

// ---- the plan: markup and what to bind, per subtree, path, label and language ----------------------

interface FieldOp { kind: 'field'; node: FieldNode; path: string; id: string; hint: boolean; label: string }
interface GroupOp { kind: 'group'; node: GroupNode; path: string; id: string; children: Op[]; marker: number }
/** A child drawn by its own template (a list, a shown-when field, a file…) before a comment marker. */
interface HoleOp { kind: 'hole'; node: TreeNode; path: string; marker: number }
type Op = FieldOp | GroupOp | HoleOp;

interface Plan { html: string; root: Op; fields: FieldOp[]; markers: number }

function requiredMarkHtml(t: Strings): string {
  return `<span aria-hidden="true"> *</span><span class="sr-only"> (${esc(t.required)})</span>`;
}

function fieldHtml(ctx: RenderContext, op: FieldOp): string {
  const { node, id } = op;
  const e = esc(id);
  const mark = node.required ? requiredMarkHtml(ctx.t) : '';
  const hint = op.hint ? `<p class="hint" id="${e}-hint" part="hint">${esc(hintOf(ctx, node))}</p>` : '';
  const describe = op.hint ? ` aria-describedby="${e}-hint"` : '';
  const label = esc(op.label);
  if (node.widget === 'yes-no' || node.widget === 'checkboxes') {
    const boxes = node.widget === 'yes-no'
      ? `<label class="choice"><input type="radio" name="${e}" id="${e}" part="input choice">${esc(ctx.t.yes)}</label><label class="choice"><input type="radio" name="${e}" id="${e}-no" part="input choice">${esc(ctx.t.no)}</label>`
      : (node.options ?? []).map((o, i) => `<label class="choice"><input type="checkbox" id="${i === 0 ? e : `${e}-${i}`}" part="input choice">${esc(o.label[ctx.locale])}</label>`).join('');
    return `<fieldset class="field" part="field fieldset"${describe}><legend part="legend">${label}${mark}</legend>${hint}<div class="choices">${boxes}</div></fieldset>`;
  }
  const common = `id="${e}" part="input"${node.required ? ' aria-required="true"' : ''}${describe}`;
  const maxlength = node.maxLength !== undefined ? ` maxlength="${node.maxLength}"` : '';
  let control: string;
  if (node.widget === 'select') {
    const options = (node.options ?? []).map((o, i) => `<option value="${i}">${esc(o.label[ctx.locale])}</option>`).join('');
    control = `<select ${common}><option value="">${esc(ctx.t.choose)}</option>${options}</select>`;
  } else if (node.widget === 'textarea') {
    control = `<textarea ${common}${maxlength}></textarea>`;
  } else if (node.widget === 'number') {
    control = `<input ${common} type="text" inputmode="${node.integer ? 'numeric' : 'decimal'}">`;
  } else {
    // Autocomplete only where the host says the field holds the person's own details (WCAG 1.3.5):
    // elsewhere a browser would fill a worker's name with the doctor's.
    control = `<input ${common} type="${inputType(node.widget)}"${maxlength} autocomplete="${esc(node.autocomplete ?? 'off')}">`;
  }
  return `<div class="field" part="field"><label for="${e}" part="label">${label}${mark}</label>${hint}${control}</div>`;
}

function buildPlan(ctx: RenderContext, node: TreeNode, path: string, label: string | undefined, keys: readonly string[] | undefined): Plan {
  const fields: FieldOp[] = [];
  let markers = 0;
  let html = '';
  const visit = (n: TreeNode, p: string, own: string | undefined, inline: boolean): Op => {
    if (!inline) {
      html += '<!---->';
      return { kind: 'hole', node: n, path: p, marker: markers++ };
    }
    const id = idOf(p);
    if (n.kind === 'field') {
      const op: FieldOp = { kind: 'field', node: n, path: p, id, hint: hintOf(ctx, n) !== '', label: own ?? n.title[ctx.locale] };
      fields.push(op);
      html += fieldHtml(ctx, op);
      return op;
    }
    const group = n as GroupNode;
    if (p !== '') {
      const mark = group.required ? requiredMarkHtml(ctx.t) : '';
      html += `<fieldset part="fieldset group" id="${esc(id)}" tabindex="-1"><legend part="legend">${esc(own ?? group.title[ctx.locale])}${mark}</legend>`;
    }
    html += '<!---->';
    const op: GroupOp = { kind: 'group', node: group, path: p, id, children: [], marker: markers++ };
    const children = p === '' && keys ? group.children.filter((c) => keys.includes(c.key)) : group.children;
    for (const child of children) {
      // Inline when it is always there for whoever reads: no show-condition, no audience filter, drawn from markup.
      const fixed = ctx.allVisible && !child.visibleWhen && (child.kind === 'group' || (child.kind === 'field' && isPlain(ctx, child)));
      op.children.push(visit(child, join(p, child.key), undefined, fixed));
    }
    if (p !== '') html += '</fieldset>';
    return op;
  };
  const root = visit(node, path, label, true);
  return { html, root, fields, markers };
}

const tIds = new WeakMap<object, number>();
let nextT = 0;
const plans = new WeakMap<TreeNode, Map<string, Plan>>();

function planFor(ctx: RenderContext, node: TreeNode, path: string, label: string | undefined, keys: readonly string[] | undefined): Plan {
  let t = tIds.get(ctx.t);
  if (t === undefined) tIds.set(ctx.t, (t = nextT++));
  const key = `${t}|${ctx.locale}|${ctx.allVisible ? 1 : 0}|${path}|${label ?? ''}|${keys?.join('/') ?? ''}`;
  let byKey = plans.get(node);
  if (!byKey) plans.set(node, (byKey = new Map()));
  let plan = byKey.get(key);
  // A host element registered since for one of its fields: that field leaves the markup.
  if (!plan || plan.fields.some((f) => !isPlain(ctx, f.node))) byKey.set(key, (plan = buildPlan(ctx, node, path, label, keys)));
  return plan;
}

// ---- one form's elements, and the state last set on them ---------------------------------------------

interface FieldState {
  control: HTMLElement;
  /** The `.field` div or fieldset: messages go at its end. */
  box: HTMLElement;
  /** Radios or checkboxes of a yes/no or multiple-choice field. */
  choices?: HTMLInputElement[];
  mark?: Mark;
  required: boolean;
  invalid: boolean;
  disabled: boolean;
  messages: boolean;
  badOption?: HTMLOptionElement;
}
/** The two spans of a required mark, at the end of their label or legend. */
interface Mark { label: Element; nodes: Node[] }
interface GroupState { box: HTMLElement | undefined; marker: Comment; mark?: Mark; required: boolean; invalid: boolean; messages: boolean }

const parser = () => document.createRange();

type HtmlPolicy = { createHTML(html: string): string };
let policy: HtmlPolicy | null | undefined;
/**
 * On a page that enforces Trusted Types (`require-trusted-types-for 'script'`), the markup goes through
 * a policy of ours, `tremplin-markup`, which the page's `trusted-types` directive must name (beside
 * Lit's `lit-html`). It passes the string as it is: the markup is built from escaped text only.
 */
function trusted(html: string): string {
  if (policy === undefined) {
    const types = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createHTML(s: string): string }): HtmlPolicy } }).trustedTypes;
    try {
      policy = types ? types.createPolicy('tremplin-markup', { createHTML: (s) => s }) : null;
    } catch {
      policy = null; // not allowed by the page, or made by another copy: the page's policy decides, and says so
    }
  }
  return policy ? policy.createHTML(html) : html;
}

class SkeletonDirective extends Directive {
  private plan: Plan | undefined;
  private fields = new Map<FieldOp, FieldState>();
  private groups = new Map<GroupOp, GroupState>();
  private markers: Comment[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('skeleton() goes in a child position');
  }

  render(_ctx: RenderContext, _node: TreeNode, _path: string, _value: unknown, _label?: string, _optional?: boolean, _keys?: readonly string[]): unknown {
    return nothing;
  }

  override update(_part: ChildPart, [ctx, node, path, value, label, optional = false, keys]: Parameters<this['render']>): unknown {
    const plan = planFor(ctx, node, path, label, keys);
    let fragment: DocumentFragment | undefined;
    if (plan !== this.plan) {
      this.plan = plan;
      fragment = parser().createContextualFragment(trusted(plan.html));
      this.bind(plan, fragment);
    }
    this.apply(ctx, plan.root, value, optional);
    return fragment ?? noChange;
  }

  private bind(plan: Plan, fragment: DocumentFragment) {
    const ids = new Map<string, HTMLElement>();
    for (const el of fragment.querySelectorAll<HTMLElement>('[id]')) ids.set(el.id, el);
    this.markers = [];
    const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_COMMENT);
    while (walker.nextNode()) this.markers.push(walker.currentNode as Comment);
    this.fields.clear();
    this.groups.clear();
    const markOf = (label: Element | null | undefined, required: boolean): Mark | undefined =>
      required && label?.lastChild?.previousSibling ? { label, nodes: [label.lastChild.previousSibling, label.lastChild] } : undefined;
    const visit = (op: Op) => {
      if (op.kind === 'field') {
        const control = ids.get(op.id)!;
        const multiple = op.node.widget === 'yes-no' || op.node.widget === 'checkboxes';
        const box = (multiple ? control.closest('fieldset') : control.parentElement) as HTMLElement;
        const choices = op.node.widget === 'yes-no' ? [control, ids.get(`${op.id}-no`)!] as HTMLInputElement[]
          : op.node.widget === 'checkboxes' ? (op.node.options ?? []).map((_, i) => ids.get(i === 0 ? op.id : `${op.id}-${i}`)!) as HTMLInputElement[] : undefined;
        this.fields.set(op, { control, box, choices, mark: markOf(box.firstElementChild, op.node.required), required: op.node.required, invalid: false, disabled: false, messages: false });
      } else if (op.kind === 'group') {
        const box = op.path === '' ? undefined : ids.get(op.id);
        this.groups.set(op, { box, marker: this.markers[op.marker]!, mark: markOf(box?.firstElementChild, op.node.required), required: op.node.required, invalid: false, messages: false });
        op.children.forEach(visit);
      }
    };
    visit(plan.root);
  }

  private apply(ctx: RenderContext, op: Op, value: unknown, optional: boolean) {
    if (op.kind === 'field') this.applyField(ctx, op, value, optional);
    else if (op.kind === 'group') this.applyGroup(ctx, op, value, optional);
  }

  private applyGroup(ctx: RenderContext, op: GroupOp, value: unknown, optional: boolean) {
    const state = this.groups.get(op)!;
    const errors = ctx.errorsAt(op.path);
    const bad = value !== undefined && !isObject(value);
    if (state.box) {
      showMark(state, op.node.required && !optional);
      const invalid = errors.length > 0;
      if (invalid !== state.invalid) {
        state.invalid = invalid;
        setAttr(state.box, 'aria-describedby', invalid ? `${op.id}-error` : undefined);
      }
    }
    if (bad || errors.length || state.messages) {
      state.messages = bad || errors.length > 0;
      render(messages(ctx, op.id, bad, value, errors), state.marker.parentNode as HTMLElement, { renderBefore: state.marker });
    }
    // An optional group not started yet requires nothing: its fields are required only once it holds a value.
    const childrenOptional = optional || (!op.node.required && value === undefined);
    for (const child of op.children) {
      if (child.kind === 'hole') {
        const marker = this.markers[child.marker]!;
        render(renderNode(ctx, child.node, child.path, value, undefined, childrenOptional), marker.parentNode as HTMLElement, { renderBefore: marker });
      } else {
        this.apply(ctx, child, valueIn(ctx, value, child.path), childrenOptional);
      }
    }
  }

  private applyField(ctx: RenderContext, op: FieldOp, value: unknown, optional: boolean) {
    const state = this.fields.get(op)!;
    const { node, id, path } = op;
    const errors = ctx.errorsAt(path);
    const invalid = errors.length > 0;
    const required = node.required && !optional;
    const control = state.control;
    const targets = state.choices ?? [control];
    const touch = () => ctx.touch(path);
    if (state.disabled !== ctx.disabled) {
      state.disabled = ctx.disabled;
      for (const el of targets) (el as HTMLInputElement).disabled = ctx.disabled;
    }
    if (showMark(state, required) && !state.choices) setAttr(control, 'aria-required', required ? 'true' : undefined);
    if (invalid !== state.invalid) {
      state.invalid = invalid;
      for (const el of targets) setAttr(el, 'aria-invalid', invalid ? 'true' : undefined);
      const hint = op.hint ? `${id}-hint` : '';
      const describe = [hint, invalid ? `${id}-error` : ''].filter(Boolean).join(' ');
      setAttr(state.choices ? state.box : control, 'aria-describedby', describe || undefined);
    }
    let bad = false;
    let shownBad: unknown = value;
    switch (node.widget) {
      case 'yes-no': {
        bad = value !== undefined && typeof value !== 'boolean';
        const [yes, no] = state.choices as [HTMLInputElement, HTMLInputElement];
        check(yes, value === true);
        check(no, value === false);
        ctx.listen(id, { change: () => { ctx.edit(path, true); touch(); } });
        ctx.listen(`${id}-no`, { change: () => { ctx.edit(path, false); touch(); } });
        break;
      }
      case 'checkboxes': {
        const list = Array.isArray(value) ? value : [];
        const options = node.options ?? [];
        const unknown = Array.isArray(value) ? list.filter((v) => !options.some((o) => o.value === v)) : value === undefined ? [] : [value];
        bad = unknown.length > 0;
        shownBad = unknown;
        options.forEach((option, i) => {
          const box = state.choices![i]!;
          check(box, list.includes(option.value));
          ctx.listen(box.id, { change: (e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            const next = on ? [...list, option.value] : list.filter((v) => v !== option.value);
            ctx.edit(path, next.length ? next : undefined);
            touch();
          } });
        });
        break;
      }
      case 'select': {
        const options = node.options ?? [];
        const index = options.findIndex((o) => o.value === value);
        bad = value !== undefined && index < 0;
        selectIn(state, bad ? String(typeof value === 'object' ? JSON.stringify(value) : value) : undefined, index);
        ctx.listen(id, { change: (e: Event) => {
          const selected = (e.target as HTMLSelectElement).value;
          ctx.edit(path, selected === '' ? undefined : selected === 'bad' ? value : options[Number(selected)]?.value);
          touch();
        } });
        break;
      }
      case 'textarea': {
        bad = value !== undefined && typeof value !== 'string';
        show(control as HTMLTextAreaElement, typeof value === 'string' ? value : '');
        ctx.listen(id, { input: (e: Event) => ctx.edit(path, (e.target as HTMLTextAreaElement).value || undefined), focusout: touch });
        break;
      }
      case 'number': {
        const typed = ctx.typed(path);
        const shown = typed !== undefined && parseNumber(typed, !!node.integer) === value ? typed
          : typeof value === 'number' ? String(value).replace('.', ctx.locale === 'fr' ? ',' : '.') : typeof value === 'string' ? value : '';
        bad = value !== undefined && typeof value !== 'number' && typeof value !== 'string';
        show(control as HTMLInputElement, shown);
        ctx.listen(id, { input: (e: Event) => { const text = (e.target as HTMLInputElement).value; ctx.edit(path, parseNumber(text, !!node.integer), text); }, focusout: touch });
        break;
      }
      default: {
        // Date and time inputs cannot show a malformed value: that one is shown as text, to be corrected.
        const dated = DATED.has(node.widget);
        const local = node.widget === 'date-time' ? isoToLocal(value) : node.widget === 'time' ? valueToTime(value) : undefined;
        const fits = value === undefined || (node.widget === 'date' ? typeof value === 'string' && ISO_DATE.test(value) : local !== undefined);
        const type = dated && !fits ? 'text' : inputType(node.widget);
        const input = control as HTMLInputElement;
        if (input.type !== type) input.type = type;
        bad = value !== undefined && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean';
        show(input, value === undefined || bad ? '' : type !== 'text' && local !== undefined ? local : String(value));
        const parse = (text: string): unknown => {
          if (type === 'datetime-local') return localToIso(text) ?? (text || undefined);
          if (type === 'time') return timeToValue(text, !!node.timeWithOffset);
          return text || undefined;
        };
        ctx.listen(id, { input: (e: Event) => ctx.edit(path, parse((e.target as HTMLInputElement).value)), focusout: touch });
      }
    }
    // What follows a control: the value it cannot show, then the field's errors; nothing at all for a fine field.
    if (bad || invalid || state.messages) {
      state.messages = bad || invalid;
      render(messages(ctx, id, bad, shownBad, errors), state.box);
    }
  }
}

/** Shows or takes out a required mark (an optional group's fields require nothing until it is started); true when it changed. */
function showMark(state: { mark?: Mark; required: boolean }, required: boolean): boolean {
  if (required === state.required) return false;
  state.required = required;
  const mark = state.mark;
  if (mark) {
    if (required) mark.label.append(...mark.nodes);
    else for (const n of mark.nodes) n.parentNode?.removeChild(n);
  }
  return true;
}

function setAttr(el: Element, name: string, value: string | undefined) {
  if (value === undefined) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/** Like Lit's `live()`: the control follows the value even after the person typed or clicked. */
function show(el: HTMLInputElement | HTMLTextAreaElement, text: string) {
  if (el.value !== text) el.value = text;
}
function check(el: HTMLInputElement, on: boolean) {
  if (el.checked !== on) el.checked = on;
}

/** The select's option for the value (options are valued by index), or a last option showing a value the choices lack. */
function selectIn(state: FieldState, bad: string | undefined, index: number) {
  const select = state.control as HTMLSelectElement;
  if (bad !== undefined) {
    if (!state.badOption) {
      state.badOption = document.createElement('option');
      state.badOption.value = 'bad';
    }
    if (state.badOption.textContent !== bad) state.badOption.textContent = bad;
    if (state.badOption.parentNode !== select) select.append(state.badOption);
    if (!state.badOption.selected) state.badOption.selected = true;
    return;
  }
  state.badOption?.remove();
  const option = select.options[index + 1];
  if (option && !option.selected) option.selected = true;
}

/**
 * `skeleton(ctx, node, path, value, label?, optional?, keys?)`: a group or a field drawn from its
 * markup; `keys` limits the record's top-level children (a wizard step).
 */
export const skeleton = directive(SkeletonDirective);
