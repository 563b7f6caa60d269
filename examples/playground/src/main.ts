// The playground: one Tremplin form at a time, its live decision beside it, and its PDF for
// every audience, rendered by the dev server (see pdf-middleware.ts).
import '@tremplin/elements/define';
import '@tremplin/elements/themes/dsfr.css';
import type { TremplinForm } from '@tremplin/elements';
import { AUDIENCES, AUDIENCE_LABELS, type Locale } from '@tremplin/schemas';
import referral from '../samples/referral.json';
import chanceRequest from '../samples/chance-request.json';
import actionPlan from '../samples/action-plan.json';
import { PAGE_TEXT, translatePage } from './page-text.js';

const TAGS = { referral: 'tremplin-referral-form', 'chance-request': 'tremplin-chance-request', 'action-plan': 'tremplin-action-plan' } as const;
const SAMPLES: Record<keyof typeof TAGS, unknown> = { referral, 'chance-request': chanceRequest, 'action-plan': actionPlan };
type RecordName = keyof typeof TAGS;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const recordSelect = $<HTMLSelectElement>('record');
const localeSelect = $<HTMLSelectElement>('locale');
const eligibility = $<HTMLElement & { record?: string; value?: unknown; locale: string }>('eligibility');
let form: TremplinForm;

function mount(record: RecordName) {
  form?.remove();
  form = document.createElement(TAGS[record]) as TremplinForm;
  form.id = 'form';
  form.setAttribute('draft-key', `playground-${record}`);
  form.locale = localeSelect.value as Locale;
  $('form-slot').append(form);
  eligibility.record = record as never;
  eligibility.value = form.value;
  $('submitted').textContent = '';
}

function showPdfButtons(locale: Locale) {
  const box = $('pdf');
  box.replaceChildren(...AUDIENCES.map((audience) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = AUDIENCE_LABELS[audience][locale];
    button.addEventListener('click', () => void download(audience));
    return button;
  }));
}

async function download(audience: string) {
  const status = $('pdf-status');
  const record = recordSelect.value;
  status.textContent = '…';
  const response = await fetch(`/api/pdf/${record}?audience=${audience}&locale=${localeSelect.value}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(form.value),
  });
  if (!response.ok) {
    const error = await response.json();
    status.textContent = `${error.message}${error.issues?.length ? ` — ${error.issues.map((i: { message: string }) => i.message).join(' ; ')}` : ''}`;
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: `${record}-${audience}.pdf` });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  status.textContent = `${record}-${audience}.pdf ✓`;
}

recordSelect.addEventListener('change', () => mount(recordSelect.value as RecordName));
// The DSFR theme (@tremplin/elements/themes/dsfr.css) applies under an ancestor with class tremplin-dsfr.
$<HTMLSelectElement>('theme').addEventListener('change', (e) => {
  $('main').classList.toggle('tremplin-dsfr', (e.target as HTMLSelectElement).value === 'dsfr');
});
localeSelect.addEventListener('change', () => {
  const locale = localeSelect.value as Locale;
  translatePage(locale);
  form.locale = locale;
  eligibility.locale = locale;
  showPdfButtons(locale);
});
$('sample').addEventListener('click', () => {
  form.value = SAMPLES[recordSelect.value as RecordName];
  eligibility.value = form.value;
});
$('clear').addEventListener('click', () => {
  // Empties the form (a reset alone would go back to the sample loaded last), and forgets the draft.
  form.value = {};
  form.reset();
  eligibility.value = form.value;
});
document.addEventListener('tremplin-submit', (e) => {
  $('submitted').textContent = PAGE_TEXT[localeSelect.value as Locale].received(JSON.stringify(e.detail.value).length);
});

// Indicators of a few plans built from the sample: as a cellule reports them (PDF `indicators` too).
const plan = actionPlan as Record<string, unknown>;
(document.getElementById('indicators') as HTMLElement & { plans: unknown[] }).plans = [
  plan,
  { ...plan, status: 'sortie-positive', exit: { date: '2026-06-30', outcome: 'amenagement-poste' } },
  { ...plan, status: 'sortie-positive', exit: { date: '2026-09-15', outcome: 'changement-poste-interne' } },
  { ...plan, status: 'sortie-negative', exit: { date: '2026-05-02', outcome: 'inaptitude' } },
  { ...plan, status: 'refus-integration' },
];
localeSelect.addEventListener('change', () => { (document.getElementById('indicators') as HTMLElement & { locale: string }).locale = localeSelect.value; });

mount('referral');
showPdfButtons('fr');
