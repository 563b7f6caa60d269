import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  fieldPattern, getSchema, invalidValuePaths, isAudience, isRecordName, isVisible, pointerParts, validators, valueAt,
  type Audience, type Locale, type RecordName, type ValidationIssue,
} from '@tremplin/schemas';
import { formatDateTime, localeOf, strings } from '../i18n.js';
import { baseStyles } from '../styles.js';
import { localStorageDraftStore, type DraftStore, type SavedDraft } from '../drafts.js';
import { applyHints, type ItemAction, type UiHints } from '../model/hints.js';
import { join, prune, setAt } from '../model/pointer.js';
import { matches } from '../model/condition.js';
import { buildTree, type GroupNode, type ListNode, type SchemaNode, type TreeNode } from '../model/schema-tree.js';
import { recordSource, schemaSource } from '../model/record-source.js';
import { idOf, renderRoot, type RenderContext } from './render.js';
import { renderReadonly } from './readonly.js';

/** Validates a record in a locale, as the validators of @tremplin/schemas do. */
export type FormValidator = (value: unknown, options?: { locale?: Locale }) => { valid: boolean; issues: ValidationIssue[] };

/** `tremplin-change`: after every edit by the person typing. */
export interface TremplinChangeDetail {
  value: unknown;
  valid: boolean;
  issues: ValidationIssue[];
  /** The data path that changed. */
  path: string;
}
/** `tremplin-submit`: a valid record was submitted. Cancel the event to keep the draft. */
export interface TremplinSubmitDetail<T = unknown> {
  value: T;
}
/** `tremplin-invalid`: a submit was refused; every issue is shown and the first invalid field has focus. */
export interface TremplinInvalidDetail {
  issues: ValidationIssue[];
}

const clone = (v: unknown): unknown => {
  try {
    return structuredClone(v);
  } catch {
    return v; // a function or a DOM node: kept as given, the validator reports it
  }
};

/**
 * `<tremplin-form>`: any record of @tremplin/schemas (or any JSON Schema given as `schema`) as an
 * accessible form. Form-associated: inside a `<form>`, its value (the record as JSON) is in
 * FormData under its `name`, it takes part in validity and reset.
 *
 * @example
 * <form>
 *   <tremplin-form record="consent" name="consent" draft-key="consent-42"></tremplin-form>
 *   <button>Send</button>
 * </form>
 * <script type="module">
 *   import '@tremplin/elements/define';
 *   document.querySelector('tremplin-form').addEventListener('tremplin-submit', (e) => save(e.detail.value));
 * </script>
 *
 * @fires tremplin-change - {@link TremplinChangeDetail}
 * @fires tremplin-submit - {@link TremplinSubmitDetail}
 * @fires tremplin-invalid - {@link TremplinInvalidDetail}
 * @fires tremplin-load - `{ value, valid, issues }`, when the host sets `value`
 * @fires tremplin-draft-restored - `{ savedAt }`, when a saved draft replaced the initial value
 * @fires tremplin-draft-error - `{ error }`, when the draft store failed (the form goes on)
 * @csspart field - label, control and messages of one field
 * @csspart input - every control; `label`, `hint`, `error`, `legend`, `fieldset`, `button`, `summary` too
 * @cssprop --tremplin-accent - focus ring and buttons
 * @cssprop --tremplin-error - error messages and invalid borders
 */
export class TremplinForm extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = baseStyles;
  static override properties = {
    record: { type: String, reflect: true },
    schema: { attribute: false },
    validator: { attribute: false },
    hints: { attribute: false },
    locale: { type: String, reflect: true },
    readonly: { type: Boolean, reflect: true },
    audience: { type: String },
    consents: { attribute: false },
    name: { type: String, reflect: true },
    draftKey: { type: String, attribute: 'draft-key' },
    draftStore: { attribute: false },
    hideSubmit: { type: Boolean, attribute: 'hide-submit' },
    submitLabel: { type: String, attribute: 'submit-label' },
    disabled: { type: Boolean, reflect: true },
    _value: { state: true },
    _step: { state: true },
    _reveal: { state: true },
    _restoredAt: { state: true },
  };

  /** One of `RECORD_NAMES` (`referral`, `action-plan`…): schema, labels and validator come with it. */
  declare record: RecordName | undefined;
  /** A JSON Schema of the host's own, used when `record` is not set; titles are its labels. */
  declare schema: SchemaNode | undefined;
  /** Validator for a host `schema` (records use their precompiled one). Without it, anything is valid. */
  declare validator: FormValidator | undefined;
  declare hints: UiHints | undefined;
  declare locale: Locale;
  declare readonly: boolean;
  /** Show only what this audience may read (`employer`: no medical field); values stay in the record. */
  declare audience: Audience | undefined;
  /** Consent scopes the worker gave, which open some medical fields to the employer. */
  declare consents: readonly string[];
  declare name: string | undefined;
  /** Turns autosave on: the draft is kept under this key and restored on load. */
  declare draftKey: string | undefined;
  declare draftStore: DraftStore;
  declare hideSubmit: boolean;
  declare submitLabel: string | undefined;
  declare disabled: boolean;
  declare private _value: unknown;
  declare private _step: number;
  /** Which errors show: those of touched fields, or all after a submit. */
  declare private _reveal: 'touched' | 'all';
  /** When a draft was restored (ISO), told to the person once at the top of the form. */
  declare private _restoredAt: string | undefined;

  private readonly internals: ElementInternals;
  private touched = new Set<string>();
  private typedText = new Map<string, string>();
  /** Values of fields hidden by a show-condition the person changed: back if the field comes back. */
  private stash = new Map<string, unknown>();
  private initial: unknown = {};
  private draftChecked = false;
  private focusAfterUpdate: string | undefined;
  private treeCache: { key: unknown; hints: unknown; tree: GroupNode } | undefined;
  private result: { valid: boolean; issues: ValidationIssue[] } = { valid: true, issues: [] };

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.locale = 'fr';
    this.readonly = false;
    this.consents = [];
    this.draftStore = localStorageDraftStore;
    this.hideSubmit = false;
    this.disabled = false;
    this._value = {};
    this._step = 0;
    this._reveal = 'touched';
    this.addEventListener('invalid', () => void this.revealAll());
    // A value set before the element was defined is an own property hiding the accessor: replay it.
    if (Object.prototype.hasOwnProperty.call(this, 'value')) {
      const early = (this as { value?: unknown }).value;
      delete (this as { value?: unknown }).value;
      this.value = early;
    }
  }

  /**
   * The record as typed: valid or not, nothing dropped. Setting it shows the values with their
   * errors (values of the wrong type or format are flagged at once; missing ones after a submit).
   */
  get value(): unknown {
    return this._value;
  }
  set value(next: unknown) {
    this.initial = clone(next);
    this.typedText.clear();
    this.show(next);
    // Not an edit, so no tremplin-change; panels following the form (eligibility) hear this instead.
    if (this.isConnected) this.emit('tremplin-load', { value: this._value, valid: this.result.valid, issues: this.result.issues });
  }

  /**
   * Shows a record that did not come from typing (set by the host, restored from a draft or by the
   * browser): invalid values are flagged at once, missing ones wait for a submit.
   */
  private show(value: unknown) {
    this._value = clone(value);
    this.validateNow();
    this.touched = new Set(invalidValuePaths(this.result.issues));
  }

  /** Whether the current value is a valid record. */
  get valid(): boolean {
    return this.result.valid;
  }
  /** Every validation issue of the current value, shown or not yet. */
  get issues(): readonly ValidationIssue[] {
    return this.result.issues;
  }
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /**
   * Validates and, when valid, fires `tremplin-submit` (then submits the enclosing form, if any);
   * otherwise shows every error, focuses the first invalid field and fires `tremplin-invalid`.
   * @returns whether the record was valid
   */
  async submit(): Promise<boolean> {
    this.validateNow();
    if (!this.result.valid) {
      await this.revealAll();
      return false;
    }
    const accepted = this.emit<TremplinSubmitDetail>('tremplin-submit', { value: clone(this._value) }, true);
    if (accepted) {
      this._restoredAt = undefined;
      await this.draftCall((store, key) => store.remove(key));
      this.internals.form?.requestSubmit();
    }
    return true;
  }

  /** Back to the initial value; the draft is forgotten. Also what a form reset does. */
  reset(): void {
    this._value = clone(this.initial);
    this.touched.clear();
    this.typedText.clear();
    this.stash.clear();
    this._reveal = 'touched';
    this._step = 0;
    this._restoredAt = undefined;
    void this.draftCall((store, key) => store.remove(key));
  }

  formResetCallback() {
    this.reset();
  }
  formDisabledCallback(disabled: boolean) {
    this.disabled = disabled;
  }
  formStateRestoreCallback(state: string | File | FormData | null) {
    if (typeof state !== 'string') return;
    let restored: unknown;
    try {
      restored = JSON.parse(state);
    } catch {
      return; // not ours: nothing to restore
    }
    this.show(restored);
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!this.draftChecked) void this.restoreDraft();
  }

  // ---- rendering --------------------------------------------------------------------------------

  private get t() {
    return strings(localeOf(this.locale));
  }

  private get effectiveHints(): UiHints | undefined {
    return this.hints ?? this.defaultHints();
  }

  /** Hints used when the host gives none: the ready components override this. */
  protected defaultHints(): UiHints | undefined {
    return undefined;
  }

  private get tree(): GroupNode | undefined {
    if (this.record !== undefined && !isRecordName(this.record)) return undefined;
    const key = this.record ?? this.schema;
    if (!key) return undefined;
    if (this.treeCache?.key !== key || this.treeCache.hints !== this.effectiveHints) {
      const schema = this.record ? (getSchema(this.record) as SchemaNode) : this.schema!;
      const source = this.record ? recordSource(this.record) : schemaSource(this.schema!);
      this.treeCache = { key, hints: this.effectiveHints, tree: applyHints(buildTree(schema, source), this.effectiveHints) };
    }
    return this.treeCache.tree;
  }

  private validateNow() {
    const locale = localeOf(this.locale);
    if (this.record !== undefined && !isRecordName(this.record)) {
      // Misconfigured: never valid, so that a native form will not submit it.
      this.result = { valid: false, issues: [{ path: '', code: 'unknown', message: `Unknown record "${String(this.record)}"`, params: {} }] };
      return;
    }
    const validate: FormValidator | undefined = this.record ? validators[this.record] : this.validator;
    try {
      this.result = validate ? validate(this._value, { locale }) : { valid: true, issues: [] };
    } catch (error) {
      this.result = { valid: false, issues: [{ path: '', code: 'unknown', message: String(error), params: {} }] };
    }
  }

  /** The path where an issue is shown: its own field, or the closest enclosing one the tree has. */
  private anchorOf(path: string): string {
    const patterns = this.patterns();
    let p = path;
    while (p !== '' && !patterns.has(fieldPattern(p))) p = p.slice(0, p.lastIndexOf('/'));
    return p;
  }

  private patternSet: { tree: GroupNode; set: Set<string> } | undefined;
  private patterns(): Set<string> {
    const tree = this.tree;
    if (!tree) return new Set();
    if (this.patternSet?.tree !== tree) {
      const set = new Set<string>();
      const walk = (n: TreeNode) => {
        set.add(n.pattern);
        if (n.kind === 'group') n.children.forEach(walk);
        if (n.kind === 'list') walk(n.item);
      };
      walk(tree);
      this.patternSet = { tree, set };
    }
    return this.patternSet.set;
  }

  private shownIssues(): Map<string, ValidationIssue[]> {
    const byAnchor = new Map<string, ValidationIssue[]>();
    for (const issue of this.result.issues) {
      if (this._reveal !== 'all' && !this.touched.has(issue.path)) continue;
      const anchor = this.anchorOf(issue.path);
      byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), issue]);
    }
    return byAnchor;
  }

  private context(): RenderContext {
    const shown = this.shownIssues();
    const audience = isAudience(this.audience) ? this.audience : undefined;
    const consents = new Set(this.consents);
    return {
      locale: localeOf(this.locale),
      t: this.t,
      value: this._value,
      disabled: this.disabled,
      errorsAt: (path) => shown.get(path) ?? [],
      visibleTo: (path) => !audience || !this.record || isVisible(audience, this.record, path, consents),
      typed: (path) => this.typedText.get(path),
      itemActions: (pattern) => this.effectiveHints?.itemActions?.[pattern] ?? [],
      edit: (path, value, typed) => this.edit(path, value, typed),
      touch: (path) => {
        if (!this.touched.has(path)) {
          this.touched.add(path);
          this.requestUpdate();
        }
      },
      add: (list, path) => this.addItem(list, path),
      move: (path, from, to) => this.moveItem(path, from, to),
      remove: (path, index) => this.removeItem(path, index),
      act: (path, action) => this.act(path, action),
    };
  }

  private stepOf(path: string): number {
    const top = pointerParts(path)[0];
    const steps = this.effectiveHints?.steps ?? [];
    const index = steps.findIndex((s) => top !== undefined && s.fields.includes(top));
    return index < 0 ? this._step : index;
  }

  /** A setting the form cannot honour: shown instead of the form (an unknown audience fails closed). */
  private misconfiguration(): string | undefined {
    if (this.record !== undefined && !isRecordName(this.record)) return `Tremplin: unknown record "${String(this.record)}"`;
    if (this.audience !== undefined && this.audience !== null && !isAudience(this.audience)) {
      return `Tremplin: unknown audience "${String(this.audience)}" — nothing is shown rather than fields it may not read`;
    }
    return undefined;
  }

  override render() {
    const problem = this.misconfiguration();
    if (problem) return html`<p class="error" part="error" role="alert">${problem}</p>`;
    const tree = this.tree;
    if (!tree) return nothing;
    const ctx = this.context();
    const t = this.t;
    if (this.readonly) return html`<div part="form">${renderReadonly(ctx, tree, '', undefined)}</div>`;
    const steps = this.effectiveHints?.steps;
    const step = steps?.[this._step];
    const last = !steps || this._step >= steps.length - 1;
    const summary = this._reveal === 'all' && this.result.issues.length > 0;
    return html`<form part="form" novalidate @submit=${(e: Event) => { e.preventDefault(); void this.submit(); }}>
      ${summary ? html`<div class="summary" part="summary" role="alert" tabindex="-1" id="summary">
        <h2>${t.summary(this.result.issues.length)}</h2>
        <ul>${this.result.issues.map((issue) => html`<li><button type="button" @click=${() => this.goTo(issue.path)}>${issue.message}</button></li>`)}</ul>
      </div>` : nothing}
      ${this._restoredAt ? html`<p class="restored" part="restored" role="status">${t.draftRestored(formatDateTime(this._restoredAt, ctx.locale))}</p>` : nothing}
      ${step && steps ? html`<h2 class="step-title" part="step-title" id="step-title" tabindex="-1">${t.step(this._step + 1, steps.length, step.title[ctx.locale])}</h2>` : nothing}
      ${renderRoot(ctx, tree, step?.fields)}
      <div class="buttons" part="buttons">
        ${steps && this._step > 0 ? html`<button type="button" part="button previous" @click=${() => this.goToStep(this._step - 1)}>${t.previous}</button>` : nothing}
        ${!last ? html`<button type="button" part="button next" class="primary" @click=${() => this.nextStep()}>${t.next}</button>` : nothing}
        ${last && !this.hideSubmit ? html`<button type="submit" part="button submit" class="primary" ?disabled=${this.disabled}>${this.submitLabel ?? t.submit}</button>` : nothing}
      </div>
    </form>`;
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('locale') || changed.has('record') || changed.has('schema') || changed.has('validator')) this.validateNow();
  }

  override updated() {
    this.syncForm();
    const target = this.focusAfterUpdate;
    if (target !== undefined) {
      this.focusAfterUpdate = undefined;
      const root = this.renderRoot as ShadowRoot;
      const element = target === 'first-invalid'
        ? root.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[aria-describedby]') ?? root.getElementById('summary')
        : root.getElementById(target);
      element?.focus();
    }
  }

  /** Tells the enclosing form the value (JSON) and validity of the record. */
  private syncForm() {
    this.internals.setFormValue(JSON.stringify(this._value ?? null));
    if (this.result.valid) {
      this.internals.setValidity({});
    } else {
      const first = this.result.issues[0];
      const anchor = first ? (this.renderRoot as ShadowRoot).getElementById(idOf(this.anchorOf(first.path))) : null;
      const message = first ? first.message : this.t.summary(this.result.issues.length);
      if (anchor) this.internals.setValidity({ customError: true }, message, anchor);
      else this.internals.setValidity({ customError: true }, message);
    }
  }

  // ---- editing ------------------------------------------------------------------------------------

  private edit(path: string, value: unknown, typed?: string) {
    const before = this._value;
    let next = setAt(before, path, value);
    if (typed !== undefined) this.typedText.set(path, typed);
    next = this.reconcileHidden(next);
    this._value = prune(next);
    this.changed(path);
  }

  /**
   * After an edit, fields whose show-condition stopped holding lose their values into the stash
   * (the record must not carry stoppage dates once "no stoppage" is ticked), and get them back
   * when it holds again: nothing typed is lost by trying an answer.
   */
  private reconcileHidden(value: unknown): unknown {
    const tree = this.tree;
    if (!tree) return value;
    let out = value;
    const walk = (node: TreeNode, path: string, parent: unknown) => {
      const current = valueAt(out, path);
      if (node.visibleWhen) {
        const visible = matches(node.visibleWhen, parent);
        if (!visible && current !== undefined) {
          this.stash.set(path, current);
          out = setAt(out, path, undefined);
          return;
        }
        if (visible && current === undefined && this.stash.has(path)) {
          out = setAt(out, path, this.stash.get(path));
          this.stash.delete(path);
        }
      }
      const here = valueAt(out, path);
      if (node.kind === 'group' && here && typeof here === 'object') for (const c of node.children) walk(c, join(path, c.key), here);
      if (node.kind === 'list' && Array.isArray(here)) here.forEach((_, i) => walk(node.item, join(path, i), here));
    };
    walk(tree, '', undefined);
    return out;
  }

  private changed(path: string) {
    this.validateNow();
    this.emit<TremplinChangeDetail>('tremplin-change', { value: this._value, valid: this.result.valid, issues: this.result.issues, path });
    const hidden = Object.fromEntries(this.stash);
    void this.draftCall((store, key) => store.save(key, {
      value: this._value, savedAt: new Date().toISOString(), ...(this.stash.size ? { hidden } : {}),
    }));
  }

  private addItem(list: ListNode, path: string) {
    const items = valueAt(this._value, path);
    const current = Array.isArray(items) ? items : [];
    const empty = list.item.kind === 'group' ? {} : undefined;
    this._value = setAt(this._value, path, [...current, empty]);
    this.focusAfterUpdate = idOf(this.firstFieldPath(list.item, join(path, current.length)));
    this.changed(path);
  }

  private firstFieldPath(node: TreeNode, path: string): string {
    if (node.kind === 'group' && node.children[0]) return this.firstFieldPath(node.children[0], join(path, node.children[0].key));
    return path;
  }

  private moveItem(path: string, from: number, to: number) {
    const items = valueAt(this._value, path);
    if (!Array.isArray(items) || to < 0 || to >= items.length) return;
    const next = [...items];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved);
    this._value = setAt(this._value, path, next);
    this.shiftTyped(path);
    this.changed(path);
  }

  private removeItem(path: string, index: number) {
    const items = valueAt(this._value, path);
    if (!Array.isArray(items)) return;
    const next = items.filter((_, i) => i !== index);
    this._value = setAt(this._value, path, next.length ? next : undefined);
    this.shiftTyped(path);
    this.focusAfterUpdate = idOf(path);
    this.changed(path);
  }

  /** Typed number text is kept by index position: drop it for a list whose items moved. */
  private shiftTyped(path: string) {
    for (const key of [...this.typedText.keys()]) if (key.startsWith(`${path}/`)) this.typedText.delete(key);
  }

  private act(path: string, action: ItemAction) {
    let next = this._value;
    for (const [key, v] of Object.entries(action.set)) next = setAt(next, join(path, key), v);
    if (action.stampDate) next = setAt(next, join(path, action.stampDate), new Date().toISOString().slice(0, 10));
    this._value = next;
    this.changed(path);
  }

  // ---- steps and errors ---------------------------------------------------------------------------

  private async revealAll() {
    this._reveal = 'all';
    const first = this.result.issues[0];
    if (first) this._step = this.stepOf(first.path);
    this.focusAfterUpdate = 'first-invalid';
    this.emit<TremplinInvalidDetail>('tremplin-invalid', { issues: this.result.issues });
    await this.updateComplete;
  }

  /** Shows the field at a data path (switching wizard step if needed) and gives it focus. */
  goTo(path: string): void {
    this._step = this.stepOf(path);
    this.focusAfterUpdate = idOf(this.anchorOf(path));
  }

  private goToStep(step: number) {
    this._step = step;
    this.focusAfterUpdate = 'step-title';
  }

  /** Next step, once the fields of this one are valid; else their errors show and the first gets focus. */
  private nextStep() {
    const fields = this.effectiveHints?.steps?.[this._step]?.fields ?? [];
    const here = this.result.issues.filter((i) => fields.includes(pointerParts(i.path)[0] ?? ''));
    if (here.length) {
      for (const issue of here) this.touched.add(issue.path);
      this.focusAfterUpdate = 'first-invalid';
      this.requestUpdate();
      return;
    }
    this.goToStep(this._step + 1);
  }

  // ---- drafts and events --------------------------------------------------------------------------

  private async draftCall(call: (store: DraftStore, key: string) => unknown) {
    if (!this.draftKey) return undefined;
    try {
      return await call(this.draftStore, this.draftKey);
    } catch (error) {
      this.emit('tremplin-draft-error', { error });
      return undefined;
    }
  }

  private async restoreDraft() {
    this.draftChecked = true;
    await this.updateComplete; // attributes and properties set by the host come first
    const draft = (await this.draftCall((store, key) => store.load(key))) as SavedDraft | null | undefined;
    if (!draft || !('value' in draft)) return;
    this.show(draft.value);
    this.stash = new Map(Object.entries(draft.hidden ?? {}));
    this._restoredAt = typeof draft.savedAt === 'string' ? draft.savedAt : new Date().toISOString();
    this.emit('tremplin-draft-restored', { savedAt: draft.savedAt });
  }

  private emit<T>(type: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
  }
}

interface TremplinEventMap {
  'tremplin-change': CustomEvent<TremplinChangeDetail>;
  'tremplin-submit': CustomEvent<TremplinSubmitDetail>;
  'tremplin-invalid': CustomEvent<TremplinInvalidDetail>;
}

// The events bubble out of shadow roots: typed on elements and on the document alike.
declare global {
  interface HTMLElementEventMap extends TremplinEventMap {}
  interface DocumentEventMap extends TremplinEventMap {}
}
