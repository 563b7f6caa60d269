import { LitElement, html, noChange, nothing, type PropertyDeclaration, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { html as staticHtml } from 'lit/static-html.js';
import {
  areFieldsLoaded, fieldPattern, invalidValuePaths, isAudience, isRecordLoaded, isRecordName, pointerParts, TremplinProjectionError, valueAt,
  type Audience, type ConsentRecord, type Locale, type RecordName, type ValidationIssue,
} from '@tremplin/schemas/base';
import type { RecordSupport } from './record-support.js';
import type { ProjectionSupport } from './projection-support.js';
import type { ValidationSupport } from './validation-support.js';
import { englishStrings, formatDateTime, localeOf, stringsFor } from '../i18n.js';
import { hostLocale, langOf, localiseTree } from '../locales.js';
import { baseStyles } from '../styles.js';
import { pageDraftStore, type DraftStore, type SavedDraft } from '../drafts.js';
import { expandMissingGroups, inFormOrder, nodeAt } from './issues.js';
import { headingTag } from './heading.js';
import { widgetTagFor } from './widget-registry.js';
import type { Computation } from '../model/computed.js';
import { typeset } from '../typography.js';
import { applyHints, type UiHints } from '../model/hints.js';
import { idOf, join, prune, setAt } from '../model/pointer.js';
import { matches } from '../model/condition.js';
import { defaultsOf, treeOf, type GroupNode, type SchemaNode, type TreeNode } from '../model/schema-tree.js';
import { schemaSource } from '../model/schema-source.js';
import { renderRoot, type ControlHandlers, type RenderContext } from './render.js';
import { actOn, addItem, moveItem, removeItem, undoRemove, type ListEdit, type RemovedItem } from './list-editing.js';
import { onDemand } from '../on-demand.js';
import { renderReadonly } from './readonly.js';

/** Validates a record in a locale, as the validators of @tremplin/schemas do. */
export type FormValidator = (value: unknown, options?: { locale?: Locale }) => { valid: boolean; issues: ValidationIssue[] };

/** An error found outside the schema: by the server (`setErrors`) or a validation hook. */
export interface HostError {
  /** JSON pointer of the field (`/worker/lastName`); '' for the record. */
  path: string;
  message: string;
}
/** Checks one field's value (by data path pattern, `*` for list indices); returns a message when it is wrong. */
export type FieldValidator = (value: unknown, context: { path: string; record: unknown; locale: Locale }) => string | undefined | null | Promise<string | undefined | null>;
/** Checks the whole record (rules across fields, a server round trip); returns the errors found. */
export type RecordValidator = (record: unknown, context: { locale: Locale }) => readonly HostError[] | Promise<readonly HostError[]>;

/** `tremplin-change`: after every edit by the person typing. */
export interface TremplinChangeDetail {
  /** The record; on a form with an `audience`, what that audience may read (as FormData): the whole record is `form.value`. */
  value: unknown;
  valid: boolean;
  issues: ValidationIssue[];
  /** The data path that changed. */
  path: string;
}
/** `tremplin-load`: the value set by the host (or a draft) was judged; projected like `tremplin-change`. */
export type TremplinLoadDetail = Omit<TremplinChangeDetail, 'path'>;
/** `tremplin-draft-restored`: a saved draft replaced the initial value (ISO date-time it was saved at). */
export interface TremplinDraftRestoredDetail { savedAt: string }
/** `tremplin-draft-error`: the draft store failed; the form goes on without it. */
export interface TremplinDraftErrorDetail { error: unknown }
/** `tremplin-submit`: a valid record was submitted. Cancel the event to keep the draft. */
export interface TremplinSubmitDetail<T = unknown> {
  value: T;
}
/** `tremplin-invalid`: a submit was refused; every issue is shown and the first invalid field has focus. */
export interface TremplinInvalidDetail {
  issues: ValidationIssue[];
}

/** A bad `record` setting in a message: a short string quoted, anything else by its type (never the whole value). */
const describeRecord = (record: unknown) => (typeof record === 'string' ? `"${record.slice(0, 40)}${record.length > 40 ? '…' : ''}"` : `(${typeof record})`);

/** Record support loaded by a `<tremplin-form record>` (the record elements carry their own). */
const supportOnDemand = onDemand(async () => (await import('./record-support.js')).recordSupport);
/** Our records' validators, loaded with a record's own (after its form is drawn, for the record elements). */
const validationOnDemand = onDemand(async () => (await import('./validation-support.js')).validationSupport);
/** The audience projection, loaded beside a record (a chunk of its own). */
const projectionOnDemand = onDemand(async () => (await import('./projection-support.js')).projectionSupport);

/** For the host's developer, in the console: English whatever the form's language. */
const NO_VALIDATOR = 'Tremplin: <tremplin-form> has a host schema but no validator: anything is accepted. Compile one at build time (`tremplin-schemas compile schema.json -o validator.js`), then set `form.validator`.';

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
 * @fires tremplin-load - `{ value, valid, issues }`, when the host sets `value` (and again once a record loaded on demand has judged it); `value` projected as in `tremplin-change`
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
    asOf: { type: String, attribute: 'as-of' },
    name: { type: String, reflect: true },
    draftKey: { type: String, attribute: 'draft-key' },
    draftStore: { attribute: false },
    hideSubmit: { type: Boolean, attribute: 'hide-submit' },
    submitLabel: { type: String, attribute: 'submit-label' },
    disabled: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    fieldValidators: { attribute: false },
    widgetTags: { attribute: false },
    computed: { attribute: false },
    recordValidator: { attribute: false },
    _value: { state: true },
    _step: { state: true },
    _reveal: { state: true },
    _restoredAt: { state: true },
    _pendingDraft: { state: true },
    _summary: { state: true },
    _announcement: { state: true },
    _removed: { state: true },
  };

  /** One of `RECORD_NAMES` (`referral`, `action-plan`…): schema, labels and validator come with it. */
  declare record: RecordName | undefined;
  /** A JSON Schema of the host's own, used when `record` is not set; titles are its labels. */
  declare schema: SchemaNode | undefined;
  /** Validator for a host `schema` (records use their precompiled one). Without it, anything is valid. */
  declare validator: FormValidator | undefined;
  declare hints: UiHints | undefined;
  /** `fr` (default), `en`, or a language the host added with `registerLocale`. */
  declare locale: Locale | (string & {});
  declare readonly: boolean;
  /**
   * Who the form is for (`employer`: no medical field). Through @tremplin/schemas' `projectFor`,
   * it limits what is shown, what the enclosing form posts (FormData) and what `tremplin-submit`
   * carries; `value` stays the whole record the host set. Applies to `record` forms.
   */
  declare audience: Audience | undefined;
  /** The worker's `consent` records (consent.schema.json), which may open some medical fields to the employer. */
  declare consents: readonly ConsentRecord[];
  /** The date consents are judged at (YYYY-MM-DD); today by default. */
  declare asOf: string | undefined;
  declare name: string | undefined;
  /** Turns autosave on: the draft is kept under this key and restored on load. */
  declare draftKey: string | undefined;
  declare draftStore: DraftStore;
  declare hideSubmit: boolean;
  declare submitLabel: string | undefined;
  declare disabled: boolean;
  /** Level of the form's headings (step title, error summary), 2 by default: where the form sits in the host's outline. */
  declare headingLevel: number;
  /** Custom checks per field, by data path pattern; may be async (a lookup). Run on each edit and before a submit. */
  declare fieldValidators: Record<string, FieldValidator> | undefined;
  /** A custom check of the whole record, run before a submit is accepted; may be async. */
  declare recordValidator: RecordValidator | undefined;
  /** Host elements for some fields, by data path pattern or widget kind (see `registerWidget`, page-wide). */
  declare widgetTags: Record<string, string> | undefined;
  /** Computed fields of the host's own, by data path: `{ '/total': (r) => … }`; records' own come with them. */
  declare computed: Record<string, Computation> | undefined;
  declare private _value: unknown;
  declare private _step: number;
  /** Which errors show: those of touched fields, or all after a submit. */
  declare private _reveal: 'touched' | 'all';
  /** When a draft was restored (ISO), told to the person once at the top of the form. */
  declare private _restoredAt: string | undefined;
  /** A draft found while the host had set a value: offered, never applied without the person's choice. */
  declare private _pendingDraft: SavedDraft | undefined;
  /** The errors listed at the last refused submit: a snapshot, so the summary does not change under the person's eyes. */
  declare private _summary: ValidationIssue[] | undefined;
  /** Text of the polite live region (moves, removals, drafts). */
  declare private _announcement: string;
  /** The list item last removed, until it is put back or another edit is made. */
  declare private _removed: RemovedItem | undefined;

  private readonly internals: ElementInternals;
  private touched = new Set<string>();
  private typedText = new Map<string, string>();
  /** Values of fields hidden by a show-condition the person changed: back if the field comes back. */
  private stash = new Map<string, unknown>();
  private initial: unknown = {};
  private focusAfterUpdate: string | undefined;
  /** Whether the person edited since the value was set or the draft restored: a late draft never overwrites typing. */
  private edited = false;
  /** Whether the host set a non-empty value: a draft is then offered, not applied. */
  private hostGave = false;
  private restoredDraft: SavedDraft | undefined;
  private draftSeq = 0;
  private submits = 0;
  private warnedNoValidator = false;
  private defaultsApplied: GroupNode | undefined;
  private hostErrors: ValidationIssue[] = [];
  private hookErrors = new Map<string, ValidationIssue>();
  private hookSeq = new Map<string, number>();
  private recordErrors: ValidationIssue[] = [];
  private boundForm: HTMLFormElement | null = null;
  /** Each control's handlers, by element id, from the last render (see `onControlEvent`). */
  private controls = new Map<string, ControlHandlers>();
  /** One listener per event type on the form for all of its controls, rather than one per control: a first render adds a thousand fewer. */
  private onControlEvent = (event: Event) => {
    const id = (event.target as Element | null)?.id;
    if (id) this.controls.get(id)?.[event.type as keyof ControlHandlers]?.(event);
  };
  private treeCache: { key: unknown; hints: unknown; host: unknown; tree: GroupNode } | undefined;
  /** The record's schema, labels and validator being loaded (a chunk of its own): no field shows before. */
  private loading: Promise<void> | undefined;
  /** The last validation; undefined while nothing asked for one since the record, schema or words changed. */
  private checked: { valid: boolean; issues: ValidationIssue[] } | undefined;
  /**
   * The record's validation, run when first needed: a form nobody has typed in or given a value
   * shows no error, so its first render does without it (its validity follows right after, see `syncForm`).
   */
  private get result(): { valid: boolean; issues: ValidationIssue[] } {
    // Not validatable (an audience set while the projection loads): judged now, never from a verdict given before.
    if (!this.checked || !this.validatable) this.validateNow();
    return this.checked!;
  }
  private set result(result: { valid: boolean; issues: ValidationIssue[] }) {
    this.checked = result;
  }
  private pendingCheck: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.locale = 'fr';
    this.readonly = false;
    this.consents = [];
    this.draftStore = pageDraftStore;
    this.hideSubmit = false;
    this.disabled = false;
    this.headingLevel = 2;
    this._announcement = '';
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
    this.edited = false;
    this.hostGave = !isEmpty(next);
    // A draft restored into the empty form gives way to what the host sets, and is offered instead.
    if (this.hostGave && this._restoredAt && this.restoredDraft) {
      this._pendingDraft = this.restoredDraft;
      this._restoredAt = undefined;
    }
    this.show(next);
    // Not an edit, so no tremplin-change; panels following the form (eligibility) hear tremplin-load
    // instead, after the next update: by then the audience and record set with it are known (a value
    // replayed at upgrade comes before the element's attributes), so what it carries is projected.
    this.loadToAnnounce = true;
    this.requestUpdate();
  }
  /** A value set by the host (or judged once its record arrived), to announce with tremplin-load after the update. */
  private loadToAnnounce = false;

  /**
   * Shows a record that did not come from typing (set by the host, restored from a draft or by the
   * browser): invalid values are flagged at once, missing ones wait for a submit.
   */
  private show(value: unknown) {
    this._value = clone(value);
    this.validateNow();
    this.touched = new Set(invalidValuePaths(this.result.issues));
  }

  /**
   * The record as an audience may see it: `projectFor` of @tremplin/schemas, with this form's
   * consents and date. A record form only (a host schema carries no confidentiality classes).
   * @example form.valueFor('employer') // the referral without its medical fields
   */
  valueFor(audience: Audience): unknown {
    if (!this.record || !isRecordName(this.record)) throw new TremplinProjectionError('unknown-record', 'valueFor needs a form showing a Tremplin record (`record`)');
    const value = this._value !== null && typeof this._value === 'object' && !Array.isArray(this._value) ? this._value : {};
    const projection = projectionOnDemand.current;
    if (!this.ready || !projection) throw new TremplinProjectionError('record-not-loaded', 'valueFor: the record is still loading (await form.updateComplete)');
    return projection.projectFor(this.record, value, { audience, ...this.reading() }).value;
  }

  /** What leaves the form (FormData, tremplin-submit): the record, projected when the form has an audience. */
  private outgoing(): unknown {
    // An audience we do not know (a typo) is no audience at all: the whole record must not leave for it.
    if (this.unknownAudience) throw new TremplinProjectionError('unknown-audience', 'the form\'s audience is not one of AUDIENCES: nothing leaves');
    const audience = isAudience(this.audience) && this.record ? this.audience : undefined;
    return audience ? this.valueFor(audience) : this._value;
  }

  /**
   * The record as events carry it: events bubble out of the form to the whole page (its other
   * scripts included), so on a form with an audience they carry what that audience may read, like
   * FormData; nothing (`{}`) while that cannot be known (an unknown audience, the projection loading).
   */
  private released(): unknown {
    try {
      return this.outgoing();
    } catch {
      return {};
    }
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
    await this.runHooks();
    if (!this.result.valid) {
      await this.revealAll();
      return false;
    }
    this._summary = undefined; // nothing left to list, even if the host keeps the draft
    const accepted = this.emit<TremplinSubmitDetail>('tremplin-submit', { value: clone(this.outgoing()) }, true);
    if (accepted) {
      await this.forgetDraft();
      this.internals.form?.requestSubmit();
    }
    return true;
  }

  /**
   * Shows errors found elsewhere (a server's verdict) on their fields, like a refused submit: summary
   * announced, first field focused. Each goes when its field is edited; `setErrors([])` clears them.
   * @example form.setErrors([{ path: '/worker/lastName', message: 'Nom : déjà signalé le 2 novembre' }]);
   */
  setErrors(errors: readonly HostError[]): Promise<void> {
    this.hostErrors = errors.slice(0, 500).map((e) => hostIssue(e));
    this.validateNow();
    if (!this.hostErrors.length) {
      if (this.result.valid) this._summary = undefined;
      this.requestUpdate();
      return this.updateComplete.then(() => undefined);
    }
    return this.revealAll();
  }

  /** Forgets the saved draft (restored or offered); a restored one gives back the value the host set. */
  async discardDraft(): Promise<void> {
    if (this._restoredAt) this.reset();
    else await this.draftCall((store, key) => store.remove(key));
    this._pendingDraft = undefined;
    this._restoredAt = undefined;
    this.restoredDraft = undefined;
    this.announce(this.t.draftDiscarded);
    this.focusAfterUpdate = 'first-field';
  }

  /** Applies the draft that was offered over the host's value. */
  restoreOfferedDraft(): void {
    if (!this._pendingDraft) return;
    this.applyDraft(this._pendingDraft);
    this.focusAfterUpdate = 'first-field';
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
    this._summary = undefined;
    this._removed = undefined;
    this.hostErrors = [];
    this.hookErrors.clear();
    this.recordErrors = [];
    this.edited = false;
    this.validateNow();
    void this.draftCall((store, key) => store.remove(key));
  }

  formResetCallback() {
    this.reset();
  }
  /** The enclosing form: its successful native submit clears the draft too. */
  formAssociatedCallback(form: HTMLFormElement | null) {
    this.boundForm?.removeEventListener('submit', this.onNativeSubmit);
    this.boundForm = form;
    form?.addEventListener('submit', this.onNativeSubmit);
  }
  private onNativeSubmit = () => {
    if (this.result.valid) void this.forgetDraft();
  };

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


  // ---- rendering --------------------------------------------------------------------------------

  private get t() {
    return stringsFor(this.locale);
  }

  private get effectiveHints(): UiHints | undefined {
    return this.hints ?? this.defaultHints();
  }

  /** Hints used when the host gives none: the ready components override this. */
  protected defaultHints(): UiHints | undefined {
    return undefined;
  }

  /**
   * Whether the form can be drawn: the record's schema and labels are here (always, for a host schema),
   * and the audience projection too when the form has an audience (no field is drawn for an audience
   * before). The record's validator may still be loading: see `validatable`.
   */
  private get ready(): boolean {
    if (this.record === undefined) return true;
    return isRecordName(this.record) && !!this.support && areFieldsLoaded(this.record) && (!isAudience(this.audience) || !!projectionOnDemand.current);
  }
  /** Whether the record's validator is here too (always, for a host schema). */
  private get validatable(): boolean {
    return this.ready && (this.record === undefined || (isRecordLoaded(this.record as RecordName) && !!validationOnDemand.current));
  }

  /** Set by the record elements (they import it): a `<tremplin-form record>` loads it with its record. */
  protected static recordSupport: RecordSupport | undefined;
  private get support(): RecordSupport | undefined {
    return (this.constructor as typeof TremplinForm).recordSupport ?? supportOnDemand.current;
  }

  /** Starts loading the English words (a chunk of their own) for a form in English: true until they are here. */
  private awaitEnglish(): boolean {
    if (localeOf(this.locale) !== 'en' || englishStrings.current) return false;
    // Once here, the verdict is judged again: its messages were written with the French words meanwhile.
    if (!this.englishLoading) this.follow('englishLoading', englishStrings.load(), 'the English words', () => {
      this.inNewWords();
      this.requestUpdate();
    });
    return true;
  }
  private englishLoading: Promise<void> | undefined;

  /** Another language (or its words arrived): the verdict is judged again in it, and a shown summary says it in it. */
  private inNewWords() {
    this.checked = undefined;
    if (this._summary) this._summary = [...this.result.issues];
  }

  /** Loads the record this form shows, then validates and renders it; `updateComplete` waits for it. */
  private loadOwnRecord() {
    const record = this.record;
    // The load of a record no longer shown is dropped: updateComplete does not wait for it, its failure is not ours.
    this.loading = undefined;
    if (!isRecordName(record)) return;
    this.loadProjectionBeside();
    if (this.support && isRecordLoaded(record) && validationOnDemand.current) return;
    const load = Promise.all([Promise.resolve(this.support ?? supportOnDemand.load()).then((support) => support.loadRecord(record)), validationOnDemand.load()]);
    // With an audience and no projection yet, the projection's arrival makes it ready (see loadProjectionBeside).
    this.follow('loading', load, 'the record', () => {
      if (this.record === record && this.validatable) this.becameReady();
    });
  }
  private loadError: string | undefined;
  /** Which load `loadError` is about: a later success of the same load, or no more need of it, clears it. */
  private failed: string | undefined;

  /** Starts loading the audience projection, unless here: updateComplete waits for it (valueFor needs it). */
  private loadProjectionBeside() {
    if (projectionOnDemand.current || this.projectionLoading) return;
    this.follow('projectionLoading', projectionOnDemand.load(), 'the audience projection', () => {
      if (isAudience(this.audience) && this.validatable) this.becameReady();
    });
  }

  /** Follows one load: updateComplete waits for it, a load replaced meanwhile is ignored, a failure is said on the form. */
  private follow(slot: 'loading' | 'projectionLoading' | 'englishLoading', work: Promise<unknown>, what: string, done: () => void) {
    const loading: Promise<void> = work.then(
      () => {
        if (this[slot] !== loading) return;
        this[slot] = undefined;
        // Tried again and here: its earlier failure no longer stands.
        if (this.failed === slot) this.loadError = undefined;
        done();
      },
      (error: unknown) => {
        if (this[slot] !== loading) return;
        this[slot] = undefined;
        // The English words' failure never covers another's: back in French, that one is still said.
        if (slot !== 'englishLoading' || !this.loadError) {
          this.loadError = error instanceof Error ? error.message.slice(0, 200) : `${what} could not be loaded`;
          this.failed = slot;
        }
        this.requestUpdate();
      },
    );
    this[slot] = loading;
  }
  private projectionLoading: Promise<void> | undefined;

  /** The record (and projection) arrived: values the host set meanwhile are judged now, as on a direct set. */
  private becameReady() {
    this.validateNow();
    for (const path of invalidValuePaths(this.result.issues)) this.touched.add(path);
    this.requestUpdate();
    // A value the host set meanwhile was announced as not valid yet: its verdict now, with the same event.
    if (this.hostGave) this.loadToAnnounce = true;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.loading || this.projectionLoading || this.englishLoading) {
      await (this.loading ?? this.projectionLoading ?? this.englishLoading)!.catch(() => undefined);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private get tree(): GroupNode | undefined {
    if (this.record !== undefined && !isRecordName(this.record)) return undefined;
    if (!this.ready) return undefined;
    const key = this.record ?? this.schema;
    if (!key) return undefined;
    const host = hostLocale(this.locale);
    if (this.treeCache?.key !== key || this.treeCache.hints !== this.effectiveHints || this.treeCache.host !== host) {
      const schema = this.record ? (this.support!.getSchema(this.record) as SchemaNode) : this.schema!;
      const source = this.record ? this.support!.recordSource(this.record) : schemaSource(this.schema!);
      let tree = applyHints(treeOf(schema, source), this.effectiveHints);
      if (host) tree = localiseTree(tree, host.labels?.[this.record ?? '*'], host.base);
      this.treeCache = { key, hints: this.effectiveHints, host, tree };
    }
    return this.treeCache.tree;
  }

  private validateNow() {
    const locale = localeOf(this.locale);
    if (this.record !== undefined && !isRecordName(this.record)) {
      // Misconfigured: never valid, so that a native form will not submit it.
      this.result = { valid: false, issues: [{ path: '', code: 'unknown', message: `Unknown record ${describeRecord(this.record)}`, params: {} }] };
      return;
    }
    const audienceProblem = this.audienceProblem();
    if (audienceProblem) {
      // An unknown audience or bad consents: never valid, so that neither a native form nor submit() sends anything.
      this.result = { valid: false, issues: [{ path: '', code: 'unknown', message: audienceProblem, params: {} }] };
      return;
    }
    if (!this.validatable) {
      // Not loaded yet: never valid (a native form will not submit it); its fields may show meanwhile.
      this.result = { valid: false, issues: [] };
      return;
    }
    const validate: FormValidator | undefined = this.record ? validationOnDemand.current!.validatorFor(this.record) : this.validator;
    let issues: ValidationIssue[];
    try {
      issues = validate ? validate(this._value, { locale }).issues : [];
    } catch (error) {
      issues = [{ path: '', code: 'unknown', message: String(error).slice(0, 200), params: {} }];
    }
    const tree = this.tree;
    if (tree) issues = expandMissingGroups(tree, issues, locale);
    const host = hostLocale(this.locale);
    if (host?.messages) issues = issues.map((issue) => {
      // A host language's message, labelled with its own word for the field.
      const say = host.messages![issue.code];
      if (typeof say !== 'function') return issue;
      const label = (tree && nodeAt(tree, issue.path)?.title[locale]) ?? issue.label ?? issue.path;
      // A host's message that throws keeps ours: its slip must not break the form.
      try {
        return { ...issue, message: `${label}: ${String(say(issue.params)).slice(0, 300)}` };
      } catch {
        return issue;
      }
    });
    issues = this.readable(issues);
    issues = [...issues, ...this.hookErrors.values(), ...this.recordErrors, ...this.hostErrors];
    if (tree) issues = inFormOrder(tree, issues, this.effectiveHints?.steps);
    this.result = { valid: issues.length === 0, issues };
  }

  /**
   * For an audience, the record's issues at fields it may not read become one that names none of them:
   * their labels, paths and messages (a restriction too long, a stoppage cause not in the list) say what they hold.
   */
  private readable(issues: ValidationIssue[]): ValidationIssue[] {
    const audience = isAudience(this.audience) ? this.audience : undefined;
    const record = this.record;
    const projection = projectionOnDemand.current;
    if (!audience || !record || !projection || issues.length === 0) return issues;
    const options = { ...this.reading(), record: this._value };
    const readable = issues.filter((issue) => {
      try {
        return issue.path === '' || projection.isVisible(audience, record, issue.path, options);
      } catch {
        return false; // when in doubt, not readable
      }
    });
    if (readable.length === issues.length) return issues;
    return [...readable, { path: '', code: 'unknown', message: this.t.unreadableInvalid, params: {} }];
  }

  /** Runs the custom field and record checks (before a submit), then validates. */
  private async runHooks() {
    const locale = localeOf(this.locale);
    const hooks = Object.entries(this.fieldValidators ?? {});
    await Promise.all(hooks.flatMap(([pattern]) => pathsMatching(this._value, pattern).map((path) => this.checkField(path))));
    this.recordErrors = [];
    if (this.recordValidator) {
      try {
        this.recordErrors = (await this.recordValidator(clone(this._value), { locale })).slice(0, 500).map((e) => hostIssue(e));
      } catch (error) {
        this.recordErrors = [hostIssue({ path: '', message: String(error).slice(0, 200) })];
      }
    }
    this.validateNow();
  }

  /** Runs the field hook of one path; a late answer for a value since changed is dropped. */
  private async checkField(path: string) {
    const hook = this.fieldValidators?.[fieldPattern(path)];
    if (!hook) return;
    const seq = (this.hookSeq.get(path) ?? 0) + 1;
    this.hookSeq.set(path, seq);
    let message: string | undefined | null;
    try {
      message = await hook(valueAt(this._value, path), { path, record: this._value, locale: localeOf(this.locale) });
    } catch (error) {
      message = String(error).slice(0, 200);
    }
    if (this.hookSeq.get(path) !== seq) return;
    if (message) this.hookErrors.set(path, hostIssue({ path, message }));
    else this.hookErrors.delete(path);
    this.validateNow();
    this.requestUpdate();
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
    if (this._reveal !== 'all' && this.touched.size === 0) return byAnchor; // nothing to show: no need to validate
    for (const issue of this.result.issues) {
      if (this._reveal !== 'all' && !this.touched.has(issue.path)) continue;
      const anchor = this.anchorOf(issue.path);
      byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), issue]);
    }
    return byAnchor;
  }

  private context(): RenderContext {
    // The controls of this render only: those of the last one are gone with it.
    const controls = (this.controls = new Map());
    const shown = this.shownIssues();
    const audience = isAudience(this.audience) ? this.audience : undefined;
    const visibility = { ...this.reading(), record: this._value };
    return {
      locale: localeOf(this.locale),
      t: this.t,
      value: this._value,
      disabled: this.disabled,
      allVisible: !audience || !this.record,
      errorsAt: (path) => shown.get(path) ?? [],
      visibleTo: (path) => !audience || !this.record || !!projectionOnDemand.current?.isVisible(audience, this.record, path, visibility),
      typed: (path) => this.typedText.get(path),
      itemActions: (pattern) => this.effectiveHints?.itemActions?.[pattern] ?? [],
      edit: (path, value, typed) => this.edit(path, value, typed),
      touch: (path) => {
        if (!this.touched.has(path)) {
          this.touched.add(path);
          this.requestUpdate();
        }
      },
      add: (list, path) => this.applyListEdit(path, addItem(this._value, list, path, defaultsOf(list.item) ?? (list.item.kind === 'group' ? {} : undefined))),
      move: (path, from, to) => this.applyListEdit(path, moveItem(this._value, path, from, to, this.t, this.listTitle(path))),
      remove: (path, index) => this.applyListEdit(path, removeItem(this._value, path, index, this.t, this.listTitle(path))),
      act: (path, action) => {
        this._removed = undefined;
        this._value = actOn(this._value, path, action);
        this.changed(path);
      },
      removedAt: (path) => (this._removed?.path === path ? this._removed.index : undefined),
      undo: () => {
        const removed = this._removed;
        if (removed) this.applyListEdit(removed.path, undoRemove(this._value, removed, this.tree && nodeAt(this.tree, removed.path), this.t, this.listTitle(removed.path)));
      },
      widgetTag: (pattern, kind) => widgetTagFor(this.widgetTags, pattern, kind),
      computedAt: (path) => this.computedAt(this._value, path),
      fieldError: (path, message) => {
        if (message) this.hookErrors.set(path, hostIssue({ path, message }));
        else this.hookErrors.delete(path);
        this.validateNow();
        this.requestUpdate();
      },
      listen: (id, handlers) => void controls.set(id, handlers),
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
    if (this.record !== undefined && !isRecordName(this.record)) return `Tremplin: unknown record ${describeRecord(this.record)}`;
    if (this.unknownAudience) return this.audienceProblem();
    if (this.loadError) return `Tremplin: ${this.loadError}`;
    return this.audienceProblem();
  }

  /** An `audience` set to something that is not one of AUDIENCES (a typo): no audience at all, so nothing may leave. */
  private get unknownAudience(): boolean {
    return this.audience !== undefined && this.audience !== null && !isAudience(this.audience);
  }

  /** The consents and date the projection reads this form's record by. */
  private reading(): { consents: readonly ConsentRecord[] | undefined; asOf?: string } {
    return { consents: this.consents, ...(this.asOf ? { asOf: this.asOf } : {}) };
  }

  /** An audience the form cannot honour (unknown, or bad consents or date): the form shows, posts and submits nothing. */
  private audienceProblem(): string | undefined {
    if (this.unknownAudience) {
      return `Tremplin: unknown audience ${describeRecord(this.audience)} — nothing is shown rather than fields it may not read`;
    }
    if (isAudience(this.audience) && this.record && this.ready) {
      try {
        // The gate of projectFor, on the record as it stands: a consent given by another person fails it too.
        projectionOnDemand.current!.isVisible(this.audience, this.record, '', { ...this.reading(), record: this._value });
      } catch (error) {
        // Bad consents or date: fail closed, as for an unknown audience.
        return `Tremplin: ${error instanceof Error ? error.message.slice(0, 200) : 'bad audience settings'} — nothing is shown`;
      }
    }
    return undefined;
  }

  override render() {
    const problem = this.misconfiguration();
    if (problem) return html`<p class="error" part="error" role="alert">${problem}</p>`;
    const tree = this.tree;
    if (!tree) return nothing;
    // Its words are loading: what is on screen stays (nothing yet, on a first render), never French first.
    if (this.awaitEnglish()) return noChange;
    const ctx = this.context();
    const t = this.t;
    if (this.readonly) return html`<div part="form">${renderReadonly(ctx, tree, '', undefined)}</div>`;
    const steps = this.effectiveHints?.steps;
    const step = steps?.[this._step];
    const last = !steps || this._step >= steps.length - 1;
    const summary = this._summary;
    const h = headingTag(this.headingLevel);
    const draft = this._pendingDraft;
    return html`<form part="form" lang=${langOf(this.locale, ctx.locale)} novalidate @submit=${(e: Event) => { e.preventDefault(); void this.submit(); }}
      @input=${this.onControlEvent} @change=${this.onControlEvent} @focusout=${this.onControlEvent}>
      <div class="sr-only" part="announcer" role="status">${this._announcement}</div>
      ${summary?.length ? keyed(this.submits, html`<div class="summary" part="summary" role="alert" tabindex="-1" id="summary">
        ${staticHtml`<${h}>${t.summary(summary.length)}</${h}>`}
        <ul>${summary.map((issue) => html`<li><button type="button" @click=${() => this.goTo(issue.path)}>${typeset(issue.message, ctx.locale)}</button></li>`)}</ul>
      </div>`) : nothing}
      ${draft ? html`<div class="restored" part="draft">
        <p>${t.draftFound(formatDateTime(draft.savedAt, ctx.locale))}</p>
        <div class="buttons"><button type="button" part="button restore-draft" @click=${() => this.restoreOfferedDraft()}>${t.restoreDraft}</button>
        <button type="button" part="button discard-draft" @click=${() => void this.discardDraft()}>${t.discardDraft}</button></div>
      </div>` : this._restoredAt ? html`<div class="restored" part="draft restored">
        <p>${t.draftRestored(formatDateTime(this._restoredAt, ctx.locale))}</p>
        <div class="buttons"><button type="button" part="button discard-draft" @click=${() => void this.discardDraft()}>${t.discardDraft}</button></div>
      </div>` : nothing}
      ${this.hasRequired(tree) ? html`<p class="hint" part="required-note">${t.requiredNote}</p>` : nothing}
      ${step && steps ? staticHtml`<${h} class="step-title" part="step-title" id="step-title" tabindex="-1">${t.step(this._step + 1, steps.length, step.title[ctx.locale])}</${h}>` : nothing}
      ${renderRoot(ctx, tree, step?.fields)}
      <div class="buttons" part="buttons">
        ${steps && this._step > 0 ? html`<button type="button" part="button previous" @click=${() => this.goToStep(this._step - 1)}>${t.previous}</button>` : nothing}
        ${!last ? html`<button type="button" part="button next" class="primary" @click=${() => this.nextStep()}>${t.next}</button>` : nothing}
        ${last && !this.hideSubmit ? html`<button type="submit" part="button submit" class="primary" ?disabled=${this.disabled}>${this.submitLabel ?? t.submit}</button>` : nothing}
      </div>
    </form>`;
  }

  /** Who reads, and by which consents and date, decides validity too: a verdict given before no longer holds. */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    if (name === 'audience' || name === 'consents' || name === 'asOf') this.checked = undefined;
    super.requestUpdate(name, oldValue, options);
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('record')) {
      this.loadError = undefined;
      this.loadOwnRecord();
    }
    if (changed.has('record') || changed.has('schema') || changed.has('validator') || changed.has('hints')) this.checked = undefined;
    if (changed.has('locale')) {
      // The English words failed to load: a form switched to French does without them; back in English it tries again.
      if (this.failed === 'englishLoading') this.loadError = undefined;
      this.inNewWords();
    }
    if (changed.has('draftKey') || changed.has('draftStore')) void this.restoreDraft();
    // An empty form the host gave nothing to starts from the schema's defaults.
    const tree = this.tree;
    if (tree && !this.hostGave && !this.edited && isEmpty(this._value) && tree !== this.defaultsApplied) {
      this.defaultsApplied = tree;
      const defaults = defaultsOf(tree);
      if (defaults !== undefined) {
        this._value = clone(defaults);
        this.initial = clone(defaults);
        this.checked = undefined;
      }
    }
    if (this.schema && !this.record && !this.validator && !this.warnedNoValidator) {
      this.warnedNoValidator = true;
      console.warn(NO_VALIDATOR);
    }
  }

  private requiredCache: { tree: GroupNode; any: boolean } | undefined;
  private hasRequired(tree: GroupNode): boolean {
    if (this.requiredCache?.tree !== tree) {
      const any = (n: TreeNode): boolean => (n.required && n !== tree && n.kind === 'field') || (n.kind === 'group' && n.children.some(any)) || (n.kind === 'list' && (n.required || any(n.item)));
      this.requiredCache = { tree, any: any(tree) };
    }
    return this.requiredCache.any;
  }

  /** Says something through the polite live region; the same words twice are still said twice. */
  private announce(text: string) {
    this._announcement = text === this._announcement ? `${text}\u00a0` : text;
  }

  override updated() {
    this.syncForm();
    if (this.loadToAnnounce) {
      this.loadToAnnounce = false;
      this.emit('tremplin-load', { value: this.released(), valid: this.result.valid, issues: this.result.issues });
    }
    const target = this.focusAfterUpdate;
    // Not drawn yet (its words are loading): focus waits for the fields.
    if (target !== undefined && !this.englishLoading) {
      this.focusAfterUpdate = undefined;
      const root = this.renderRoot as ShadowRoot;
      const firstInvalid = () => root.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[aria-describedby]') ?? root.getElementById('summary');
      const element = target === 'first-invalid' ? firstInvalid()
        : target === 'first-field' ? root.querySelector<HTMLElement>('input, select, textarea')
        : root.getElementById(target) ?? (target.startsWith('f/') && this._reveal === 'all' ? firstInvalid() : null);
      element?.focus();
    }
  }

  /** Tells the enclosing form the value (JSON) and validity of the record. */
  private syncForm() {
    // A misconfigured audience (said in the form) posts {}: nothing medical leaves.
    this.internals.setFormValue(JSON.stringify(this.released() ?? null));
    clearTimeout(this.pendingCheck);
    if (!this.checked) {
      // Not validated yet (a first render): refused until checked — in the next task, after the form is on screen.
      this.internals.setValidity({ customError: true }, this.t.checking);
      this.pendingCheck = setTimeout(() => {
        void this.result;
        this.syncForm();
      });
      return;
    }
    if (this.result.valid) {
      this.internals.setValidity({});
    } else {
      const first = this.result.issues[0];
      const anchor = first ? (this.renderRoot as ShadowRoot).getElementById(idOf(this.anchorOf(first.path))) : null;
      const message = first ? first.message : this.validatable ? this.t.summary(this.result.issues.length) : this.t.loading;
      if (anchor) this.internals.setValidity({ customError: true }, message, anchor);
      else this.internals.setValidity({ customError: true }, message);
    }
  }

  // ---- editing ------------------------------------------------------------------------------------

  private edit(path: string, value: unknown, typed?: string) {
    this._removed = undefined;
    const before = this._value;
    let next = setAt(before, path, value);
    if (typed !== undefined) this.typedText.set(path, typed);
    next = this.reconcileHidden(next);
    next = this.withComputed(next);
    this._value = prune(next);
    this.changed(path);
  }

  /** Every computation of this form: the record's (from @tremplin/schemas), the schema's `x-computed`, the host's. */
  private computations(): Array<[string, Computation]> {
    const record = (this.record && this.support?.computed[this.record]) || undefined;
    const tree = this.tree;
    // The schema's own, found once per tree: a computed field asks at every render.
    if (this.declared?.tree !== tree) {
      const found: Array<[string, Computation]> = [];
      const walk = (node: TreeNode, path: string) => {
        if (node.kind === 'field' && node.compute) found.push([path, node.compute]);
        if (node.kind === 'group') for (const c of node.children) walk(c, join(path, c.key));
      };
      if (tree) walk(tree, '');
      this.declared = { tree, found };
    }
    return [...Object.entries(record ?? {}), ...this.declared!.found, ...Object.entries(this.computed ?? {})];
  }
  private declared: { tree: GroupNode | undefined; found: Array<[string, Computation]> } | undefined;

  /** The value a computed field has for a record; undefined while its inputs are missing or invalid. */
  computedAt(record: unknown, path: string): unknown {
    const found = this.computations().find(([p]) => p === path);
    if (!found) return undefined;
    try {
      return found[1](record);
    } catch {
      return undefined; // a computation fed a draft's bad value: nothing to show yet
    }
  }

  /** After an edit, computed fields follow what they derive from (the deadline follows the referral date). */
  private withComputed(value: unknown): unknown {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    let out: unknown = value;
    for (const [path] of this.computations()) {
      const next = this.computedAt(out, path);
      if (valueAt(out, path) !== next) out = setAt(out, path, next);
    }
    return out;
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
    this.edited = true;
    // Errors from the server or a record check speak of the values they saw: an edit there retires them.
    const touches = (p: string) => p === path || p.startsWith(`${path}/`) || path.startsWith(`${p}/`);
    this.hostErrors = this.hostErrors.filter((i) => !touches(i.path));
    this.recordErrors = this.recordErrors.filter((i) => !touches(i.path));
    this.validateNow();
    this.emit<TremplinChangeDetail>('tremplin-change', { value: this.released(), valid: this.result.valid, issues: this.result.issues, path });
    if (this.fieldValidators?.[fieldPattern(path)]) void this.checkField(path);
    this.saveDraft();
  }

  private saveDraft() {
    if (!this.edited) return;
    const hidden = Object.fromEntries(this.stash);
    void this.draftCall((store, key) => store.save(key, {
      value: this._value, savedAt: new Date().toISOString(), step: this._step, ...(this.stash.size ? { hidden } : {}),
    }));
  }

  private listTitle(path: string): string {
    const node = this.tree && nodeAt(this.tree, path);
    return node ? node.title[localeOf(this.locale)] : path;
  }

  /** A list edited (list-editing.ts): the record, focus and what is said follow; typed text kept by index goes if items moved. */
  private applyListEdit(path: string, edit: ListEdit | undefined) {
    this._removed = undefined;
    if (!edit) return;
    this._value = edit.value;
    if (edit.reindexed) for (const key of [...this.typedText.keys()]) if (key.startsWith(`${path}/`)) this.typedText.delete(key);
    this.focusAfterUpdate = edit.focus;
    if (edit.say) this.announce(edit.say);
    this.changed(path);
    if (edit.removed) this._removed = edit.removed;
  }

  // ---- steps and errors ---------------------------------------------------------------------------

  /**
   * After a refused submit: every error shows, the summary is drawn anew (so it is announced each
   * time) and holds still until the next submit, and the first invalid field, in form order, has focus.
   */
  private async revealAll() {
    this._reveal = 'all';
    this.submits++;
    this._summary = [...this.result.issues];
    const first = this.result.issues[0];
    if (first) this._step = this.stepOf(first.path);
    this.focusAfterUpdate = first ? idOf(this.anchorOf(first.path)) : 'first-invalid';
    this.requestUpdate();
    this.emit<TremplinInvalidDetail>('tremplin-invalid', { issues: this.result.issues });
    await this.updateComplete;
  }

  /** Shows the field at a data path (switching wizard step if needed) and gives it focus. */
  goTo(path: string): void {
    this._step = this.stepOf(path);
    this.focusAfterUpdate = idOf(this.anchorOf(path));
    this.requestUpdate();
  }

  private goToStep(step: number) {
    this._step = step;
    this.focusAfterUpdate = 'step-title';
    this.saveDraft();
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

  /**
   * Looks for a draft whenever the key or the store changes, until the person types. Into an empty
   * form it is restored (said, with a control to delete it); over a value the host set it is only offered.
   */
  private async restoreDraft() {
    const seq = ++this.draftSeq;
    if (!this.draftKey || this.edited) return;
    const draft = (await this.draftCall((store, key) => store.load(key))) as SavedDraft | null | undefined;
    await this.englishLoading?.catch(() => undefined); // said in the form's language
    if (seq !== this.draftSeq || this.edited || !draft || typeof draft !== 'object' || !('value' in draft)) return;
    if (this.hostGave) {
      this._pendingDraft = draft;
      this.announce(this.t.draftFound(formatDateTime(String(draft.savedAt), localeOf(this.locale))));
      return;
    }
    this.applyDraft(draft);
  }

  private applyDraft(draft: SavedDraft) {
    this.show(draft.value);
    this.stash = new Map(Object.entries(draft.hidden ?? {}));
    const steps = this.effectiveHints?.steps;
    if (steps && Number.isInteger(draft.step) && draft.step! >= 0 && draft.step! < steps.length) this._step = draft.step!;
    this._pendingDraft = undefined;
    this.restoredDraft = draft;
    this._restoredAt = typeof draft.savedAt === 'string' ? draft.savedAt : new Date().toISOString();
    this.announce(this.t.draftRestored(formatDateTime(this._restoredAt, localeOf(this.locale))));
    this.emit('tremplin-draft-restored', { savedAt: draft.savedAt });
  }

  /** After a successful submit (ours or the enclosing form's): the draft is gone, and so is any offer. */
  private async forgetDraft() {
    this._restoredAt = undefined;
    this._pendingDraft = undefined;
    this._summary = undefined;
    this.restoredDraft = undefined;
    this.edited = false;
    this.draftSeq++;
    await this.draftCall((store, key) => store.remove(key));
  }

  private emit<T>(type: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
  }
}

const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);

const hostIssue = (e: HostError): ValidationIssue => ({
  path: typeof e?.path === 'string' ? e.path : '',
  code: 'unknown',
  message: String(e?.message ?? '').slice(0, 500),
  params: { source: 'host' },
});

/** The data paths of a value matching a pattern (`/actions/*\/title`: one per action). */
function pathsMatching(value: unknown, pattern: string): string[] {
  let paths = [''];
  for (const part of pointerParts(pattern)) {
    paths = paths.flatMap((p) => {
      if (part !== '*') return [join(p, part)];
      const items = valueAt(value, p);
      return Array.isArray(items) ? items.map((_, i) => join(p, i)) : [];
    });
  }
  return paths;
}

interface TremplinEventMap {
  'tremplin-change': CustomEvent<TremplinChangeDetail>;
  'tremplin-submit': CustomEvent<TremplinSubmitDetail>;
  'tremplin-invalid': CustomEvent<TremplinInvalidDetail>;
  'tremplin-load': CustomEvent<TremplinLoadDetail>;
  'tremplin-draft-restored': CustomEvent<TremplinDraftRestoredDetail>;
  'tremplin-draft-error': CustomEvent<TremplinDraftErrorDetail>;
}

// The events bubble out of shadow roots: typed on elements and on the document alike.
declare global {
  interface HTMLElementEventMap extends TremplinEventMap {}
  interface DocumentEventMap extends TremplinEventMap {}
}
