import { LitElement, css, html, nothing } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../form/heading.js';
import { fieldInfo, type Locale } from '@tremplin/schemas/catalogue';
// Option labels of the action plan's statuses and exits.
import '@tremplin/schemas/records/action-plan';
import { computeIndicators, type Indicators, type Share } from '@tremplin/rules';
import { baseStyles } from '../styles.js';
import { formatPercent, localeOf } from '../i18n.js';
import { plural, typeset, typesetTable } from '../typography.js';

const TEXT = {
  fr: {
    title: 'Indicateurs de la cellule', entries: (n: number) => plural(n, 'entrée', 'entrées'), statuses: 'Statuts des accompagnements',
    exits: (n: number) => `Résultats des sorties (${n})`, label: 'Libellé', count: 'Nombre', share: 'Part',
    positive: (s: string, n: number, t: number) => `${plural(n, 'sortie positive', 'sorties positives')} sur ${t}, soit ${s}.`,
    meanDays: 'Nombre moyen de jours au sein de la cellule', none: '—', days: 'j', refused: (n: number) => `${plural(n, 'plan non valide, non compté', 'plans non valides, non comptés')}.`,
  },
  en: {
    title: 'Unit indicators', entries: (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`, statuses: 'Support statuses',
    exits: (n: number) => `Exit results (${n})`, label: 'Label', count: 'Count', share: 'Share',
    positive: (s: string, n: number, t: number) => `${plural(n, 'positive exit', 'positive exits', 'en')} out of ${t}, i.e. ${s}.`,
    meanDays: 'Mean days in the unit', none: '—', days: 'd', refused: (n: number) => `${plural(n, 'invalid plan', 'invalid plans', 'en')} not counted.`,
  },
} satisfies Record<Locale, unknown>;

const FR = typesetTable(TEXT.fr, 'fr');

/**
 * `<tremplin-indicators>`: the figures the cellules report (seed 002) for a set of action plans —
 * entries, statuses, positive and negative exits with their shares, exit types, mean days in the
 * cellule — as tables with a bar for each share (the tables are what assistive technologies read).
 * Bars are sized through the CSSOM after rendering: a strict CSP blocks style attributes.
 *
 * @example
 * const panel = document.createElement('tremplin-indicators');
 * panel.plans = await (await fetch('/plans')).json();   // or panel.indicators = computeIndicators(plans)
 *
 * @csspart table - each table; also `bar`
 * @cssprop --tremplin-chart - colour of the bars
 */
export class TremplinIndicators extends LitElement {
  static override styles = [baseStyles, css`
    table { border-collapse: collapse; width: 100%; margin-bottom: var(--_gap); table-layout: fixed; }
    th.col-label { width: 42%; } th.count { width: 12%; } th.share { width: 14%; }
    caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
    th, td { text-align: left; padding: 0.2rem 0.5rem; border-bottom: 1px solid #e5e5e5; }
    th.count, th.share { text-align: right; }
    td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .bar span { display: block; height: 0.8rem; background: var(--tremplin-chart, var(--_accent)); min-width: 1px; }
    h2, h3, h4, h5, h6 { font-size: 1.15em; margin: 0 0 0.5rem; }
    p { margin: 0.25rem 0; }
    /* Narrow (a phone, 390 px): numbers get the width they need, labels wrap, bars take what is left. */
    :host { container-type: inline-size; }
    @container (max-width: 32rem) {
      th.col-label { width: auto; } th.count, th.share { width: 5rem; } td.bar { width: 3rem; }
      th, td { padding: 0.2rem 0.3rem; overflow-wrap: anywhere; }
    }
  `];
  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    plans: { attribute: false },
    indicators: { attribute: false },
    locale: { type: String, reflect: true },
  };

  /** Action plans to count; invalid ones are listed as not counted, never silently dropped. */
  declare plans: unknown[] | undefined;
  /** Figures already computed (`computeIndicators` of @tremplin/rules); wins over `plans`. */
  declare indicators: Indicators | undefined;
  declare locale: Locale;
  /** Level of the panel's title (2 by default; its sections one below): where it sits in the host's outline (RGAA 9.1). */
  declare headingLevel: number | undefined;

  private computed: { plans: unknown; result: Indicators } | undefined;

  constructor() {
    super();
    this.locale = 'fr';
  }

  private figures(): Indicators | undefined {
    if (this.indicators) return this.indicators;
    if (!Array.isArray(this.plans)) return undefined;
    if (this.computed?.plans !== this.plans) this.computed = { plans: this.plans, result: computeIndicators(this.plans) };
    return this.computed.result;
  }

  private table(caption: string, path: string, rows: Record<string, Share>, locale: Locale, t: (typeof TEXT)['fr']) {
    return html`<table part="table">
      <caption>${caption}</caption>
      <thead><tr><th scope="col" class="col-label">${t.label}</th><th scope="col" class="count">${t.count}</th><th scope="col" class="share">${t.share}</th><td class="bar" aria-hidden="true"></td></tr></thead>
      <tbody>${Object.entries(rows).map(([value, share]) => html`<tr>
        <th scope="row">${fieldInfo('action-plan', path)?.options?.find((o) => o.value === value)?.[locale] ?? value}</th>
        <td class="n">${share.count}</td><td class="n">${formatPercent(share.share, locale)}</td>
        <td class="bar" aria-hidden="true"><span part="bar" data-share=${share.share}></span></td>
      </tr>`)}</tbody>
    </table>`;
  }

  override updated() {
    for (const bar of this.renderRoot.querySelectorAll<HTMLElement>('[data-share]')) {
      bar.style.width = `${Math.max(0, Math.min(100, Number(bar.dataset.share) * 100))}%`;
    }
  }

  override render() {
    const locale = localeOf(this.locale);
    const t = locale === 'fr' ? FR : TEXT.en;
    const figures = this.figures();
    if (!figures) return nothing;
    const percent = formatPercent(figures.exits.positive.share, locale);
    return html`<section part="panel" aria-labelledby="title" lang=${locale}>
      ${staticHtml`<${headingTag(this.headingLevel ?? 2)} id="title">${t.title} — ${t.entries(figures.entries)}</${headingTag(this.headingLevel ?? 2)}>`}
      ${this.table(t.statuses, '/status', figures.byStatus, locale, t)}
      ${this.table(t.exits(figures.exits.total), '/exit/outcome', figures.exits.byOutcome, locale, t)}
      <p>${t.positive(percent, figures.exits.positive.count, figures.exits.total)}</p>
      <p>${typeset(`${t.meanDays} :`, locale)} ${figures.meanDaysInCellule === null ? t.none : `${Math.round(figures.meanDaysInCellule)} ${t.days}`}</p>
      ${figures.refused.length ? html`<p role="note">${t.refused(figures.refused.length)}</p>` : nothing}
    </section>`;
  }
}
