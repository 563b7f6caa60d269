import { LitElement, css, html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../form/heading.js';
import { isAudience, type Audience, type Locale } from '@tremplin/schemas/base';
import {
  decideDraft, getRuleset, projectDecision, type DraftDecision, type DraftRecordName, type ProjectedDecision, type Reference,
} from '@tremplin/rules';
import { formatDate, localeOf } from '../i18n.js';
import { langOf } from '../locales.js';
import { panelStringsFor, type PanelStrings } from '../panel-strings.js';
import { typeset } from '../typography.js';
import { baseStyles } from '../styles.js';

const RECORDS: readonly string[] = ['referral', 'chance-request', 'action-plan'];
/** What a followed form fires when its record changes: an edit, a value set by the host, a restored draft. */
const FOLLOWED_EVENTS = ['tremplin-change', 'tremplin-load', 'tremplin-draft-restored'];
const isDraftRecord = (v: unknown): v is DraftRecordName => typeof v === 'string' && RECORDS.includes(v);

/**
 * `<tremplin-eligibility>`: the live decision of @tremplin/rules for the record being typed —
 * outcome, each condition met / not met / to complete with its legal reference, and the facts
 * still missing. Follows a form by id (`for`), or takes `value` and `record` directly. With an
 * `audience` (its own, or the followed form's), the decision is shown as that audience may read it
 * (`projectDecision`): a condition on a medical fact is « couvert par le secret médical ».
 *
 * @example
 * <tremplin-chance-request id="request"></tremplin-chance-request>
 * <tremplin-eligibility for="request"></tremplin-eligibility>
 *
 * @csspart panel - the whole panel; also `outcome` (with `verdict`), `explanation`, `condition`, `missing`, `reference`
 */
export class TremplinEligibility extends LitElement {
  static override styles = [baseStyles, css`
    section { display: grid; gap: 0.5rem; }
    .title { font-size: 1.15em; margin: 0; }
    .section { font-size: 1em; margin: 0.5rem 0 0; }
    ul { margin: 0; padding-left: 1.25rem; }
    .outcome { font-weight: 500; font-size: 1.05em; margin: 0; padding: 0.5rem; border-radius: var(--_radius); border-left: 6px solid var(--_border); }
    .outcome.eligible { border-color: var(--tremplin-success, #18753c); }
    .outcome.not-eligible { border-color: var(--_error); }
    .outcome strong { font-size: 1.2em; }
    .explanation { margin: 0.25rem 0 0; color: var(--_muted); font-size: 0.9em; }
    .badge { font-weight: 600; }
    .met .badge { color: var(--tremplin-success, #18753c); }
    .failed .badge { color: var(--_error); }
    .missing .badge, .secret .badge { color: var(--_muted); }
    small { color: var(--_muted); }
  `];
  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    record: { type: String, reflect: true },
    for: { type: String, reflect: true },
    value: { attribute: false },
    asOf: { type: String, attribute: 'as-of' },
    audience: { type: String, reflect: true },
    locale: { type: String, reflect: true },
  };

  /** `referral` (visites), `chance-request` (chance) or `action-plan` (chance-plan); taken from the followed form when absent. */
  declare record: DraftRecordName | undefined;
  /** Id of the form element to follow, in the same document or shadow root. */
  declare for: string | undefined;
  /** The record to decide on, when not following a form. */
  declare value: unknown;
  /** Date of the rules in force (ISO); today by default. */
  declare asOf: string | undefined;
  /**
   * Who reads the panel; taken from the followed form when absent. Set, the decision goes through
   * `projectDecision`; an unknown audience shows no decision (fail closed).
   */
  declare audience: Audience | string | undefined;
  declare locale: Locale;
  /** Level of the panel's title (2 by default; its sections one below): where it sits in the host's outline (RGAA 9.1). */
  declare headingLevel: number | undefined;

  private followed: EventTarget | undefined;
  /** The followed form's audience, when this panel has none of its own. */
  private followedAudience: unknown;
  private readonly onChange = (event: Event) => {
    const source = event.target as (Element & { value?: unknown; record?: unknown }) | null;
    if (!this.for || source?.id !== this.for) return;
    if (!this.record && isDraftRecord(source.record)) this.record = source.record;
    this.followedAudience = (source as { audience?: unknown }).audience;
    // The form's own record, not the event's: an audience form's events carry only what its audience may
    // read, and the decision is taken on the whole record, then shown as that audience may read it.
    this.value = source.value;
  };

  constructor() {
    super();
    this.locale = 'fr';
  }

  override connectedCallback() {
    super.connectedCallback();
    // Events are heard at the root (document or shadow root): the form may be defined or
    // upgraded after this panel, and may be replaced by the host's framework.
    this.followed = this.getRootNode() as EventTarget;
    for (const type of FOLLOWED_EVENTS) this.followed.addEventListener(type, this.onChange);
    queueMicrotask(() => this.readFollowed());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    for (const type of FOLLOWED_EVENTS) this.followed?.removeEventListener(type, this.onChange);
  }

  private readFollowed() {
    if (!this.for) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const form = root.getElementById?.(this.for) as (Element & { value?: unknown; record?: unknown }) | null;
    if (!form) return;
    if (!this.record && isDraftRecord(form.record)) this.record = form.record;
    this.followedAudience = (form as { audience?: unknown }).audience;
    if (this.value === undefined && form.value !== undefined) this.value = form.value;
  }

  /** The current decision as the panel shows it (projected for its audience), or undefined before there is a record type. */
  get decision(): ProjectedDecision | DraftDecision['decision'] | undefined {
    return this.shown()?.decision;
  }

  /** The audience in force: the panel's own, else the followed form's; `null` when one is given but unknown. */
  private audienceInForce(): Audience | null | undefined {
    const given = this.audience ?? this.followedAudience;
    if (given === undefined || given === null || given === '') return undefined;
    return isAudience(given) ? given : null;
  }

  /** The decision to show: projected when there is an audience; nothing for an unknown one. */
  private shown(): { decision: ProjectedDecision | DraftDecision['decision']; setAside: string[]; issues: DraftDecision['issues'] } | undefined {
    const result = this.decide();
    const audience = this.audienceInForce();
    if (!result || audience === null) return undefined;
    if (audience === undefined) return result;
    // Which values were set aside can itself say which (medical) field was filled: not shown to a projected audience.
    return { decision: projectDecision(result.decision, { audience }), setAside: [], issues: [] };
  }

  private cache: { value: unknown; record: unknown; asOf: unknown; locale: unknown; result: DraftDecision | undefined } | undefined;
  private decide(): DraftDecision | undefined {
    if (!isDraftRecord(this.record)) return undefined;
    const c = this.cache;
    if (c && c.value === this.value && c.record === this.record && c.asOf === this.asOf && c.locale === this.locale) return c.result;
    const locale = localeOf(this.locale);
    let result: DraftDecision | undefined;
    try {
      result = decideDraft(this.record, this.value ?? {}, { locale, ...(this.asOf ? { asOf: this.asOf } : {}) });
    } catch {
      result = undefined; // an as-of date outside every version: nothing to show rather than a crash
    }
    this.cache = { value: this.value, record: this.record, asOf: this.asOf, locale: this.locale, result };
    return result;
  }

  private reference(ref: Reference) {
    return ref.url
      ? html`<a part="reference" href=${ref.url} rel="noopener noreferrer" target="_blank">${ref.citation}</a>`
      : html`<span part="reference">${ref.citation}</span>`;
  }

  /** The verdict's reason in a few words: the conditions failed, the facts missing (three at most), or all met. */
  private shortReason(decision: ProjectedDecision | DraftDecision['decision'], factLabel: (fact: string) => string, t: PanelStrings, locale: Locale): string {
    const few = (items: string[]) => (items.length > 3 ? [...items.slice(0, 3), '…'] : items).join(locale === 'fr' ? ' ; ' : '; ');
    if (decision.outcome === 'secret') return t.secretOutcome;
    if (decision.outcome === 'not-eligible') return few(decision.conditions.filter((c) => c.status === 'failed').map((c) => c.label[locale]));
    if (decision.outcome === 'incomplete') return `${t.missingFacts} : ${few(decision.missingFacts.map(factLabel))}`;
    return t.allMet(decision.conditions.length);
  }

  override render() {
    const locale = localeOf(this.locale);
    // A host language's own words for the panel; the rules' texts (conditions, explanations) are in its base language.
    const t = panelStringsFor(this.locale);
    // The panel's own words are in its language (a host's, when it added one); the rules' texts
    // (explanation, conditions, facts) are in the base language, and marked so when it differs.
    const panelLang = langOf(this.locale, locale);
    const rulesLang = panelLang === locale ? nothing : locale;
    const result = this.shown();
    if (!result || !isDraftRecord(this.record)) return html`<section part="panel" lang=${panelLang}><p role="status">${t.noDecision}</p></section>`;
    const { decision, setAside, issues } = result;
    const ruleset = getRuleset(decision.ruleset).data;
    const date = formatDate(decision.asOf, locale) ?? decision.asOf;
    const factLabel = (fact: string) => ruleset.facts[fact]?.label[locale] ?? fact;
    const h = headingTag(this.headingLevel ?? 2);
    const sub = headingTag(this.headingLevel ?? 2, 1);
    return html`<section part="panel" aria-labelledby="title" lang=${panelLang}>
      ${staticHtml`<${h} id="title" class="title">${t.decisionOf(ruleset.title[locale], date)}</${h}>`}
      <p class="outcome ${decision.outcome}" part="outcome" role="status"><strong part="verdict">${t.outcome[decision.outcome]}</strong> — ${typeset(this.shortReason(decision, factLabel, t, locale), locale)}</p>
      <p class="explanation" part="explanation" lang=${rulesLang}>${typeset(decision.explanation[locale], locale)}</p>
      ${staticHtml`<${sub} class="section">${t.conditions}</${sub}>`}
      <ul>${decision.conditions.map((c) => html`<li class=${c.status} part="condition">
        <span class="badge">${t.status[c.status]}</span>${locale === 'fr' ? '\u00a0: ' : ': '}<span lang=${rulesLang}>${typeset(c.label[locale], locale)}</span>
        <small>(${c.references.map((r, i) => html`${i ? ' ; ' : ''}${this.reference(r)}`)})</small>
      </li>`)}</ul>
      ${decision.missingFacts.length ? html`${staticHtml`<${sub} class="section">${t.missingFacts}</${sub}>`}
        <ul part="missing" lang=${rulesLang}>${decision.missingFacts.map((f) => html`<li>${factLabel(f)}</li>`)}</ul>` : nothing}
      ${setAside.length ? html`${staticHtml`<${sub} class="section">${t.setAside}</${sub}>`}
        <ul lang=${rulesLang}>${issues.filter((i) => setAside.includes(i.path)).map((i) => html`<li>${i.message}</li>`)}</ul>` : nothing}
      ${staticHtml`<${sub} class="section">${t.references}</${sub}>`}
      <ul>${decision.references.map((r) => html`<li>${this.reference(r)}</li>`)}</ul>
    </section>`;
  }
}
