// pnpm bench (pdf): documents per second for a referral on one core and with renderBatch on every
// core, beside plain @react-pdf/renderer measured in the same run; ms per document for every
// document; ms per document for 1×, 10× and 100× a typical record (linear?); memory over 10,000
// documents through renderBatch. Goals (issue #12): ≥ 40 referrals/s on one core, ≥ 75/s on two.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { computeIndicators, decide, getRuleset } from '@tremplin/rules';
import { DOCUMENTS, prepareDocument, renderBatch, renderToBuffer } from '../dist/index.js';
import { renderWithReactPdf } from './react-pdf-baseline.mjs';

const example = (name) => JSON.parse(readFileSync(new URL(`../../schemas/examples/${name}.examples.json`, import.meta.url), 'utf8')).valid[0];
const consent = example('consent');
const sample = (doc) => doc === 'indicators'
  ? computeIndicators([example('action-plan'), { ...example('action-plan'), status: 'sortie-positive', exit: { date: '2026-06-30', outcome: 'amenagement-poste' } }])
  : doc === 'decision-report'
  ? decide(getRuleset('reclassement-path'), { agentStatus: 'titulaire', unfitness: 'definitive-fonctions', postAdaptable: false, inDetachment: false, pprStatus: 'a-proposer', boardOpinionDate: '2026-10-15' }, { asOf: '2026-11-24' })
  : example(doc);
// A consent opens only its own person's data: each record gets the consent of the person it is about.
const personOf = (record) => ['worker', 'agent', 'beneficiary', 'person'].map((k) => record?.[k]).find((p) => typeof p?.lastName === 'string');
const optionsFor = (record) => {
  const p = personOf(record);
  return { audience: 'employer', printedOn: '2026-11-24', consents: [p ? { ...consent, person: { lastName: p.lastName, firstName: p.firstName } } : consent] };
};
const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
const quick = process.argv.includes('--quick');
const N = quick ? 50 : 300;

async function perSecond(n, fn) {
  const t = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  const ms = performance.now() - t;
  return { perSec: (n * 1000) / ms, msPerDoc: ms / n };
}

console.log(`@tremplin/pdf bench — Node ${process.version}, ${availableParallelism()} cores (shared machine: figures are noisy; compare the ratios)`);

// 1. Referral throughput, one core, beside plain react-pdf (same content, same fonts).
const referral = example('referral');
// Every render gets a record of its own: Typst memoises layout across compiles, so repeating a few
// records would measure its cache, not a batch of different people.
const referralOf = (i) => ({ ...referral, worker: { ...referral.worker, lastName: `Agent ${i}` } });
// Each person's own consent: a consent opens only the record of the person who gave it.
const jobOf = (i) => { const record = referralOf(i); return { record, options: optionsFor(record) }; };
const renderJob = ({ record, options }) => renderToBuffer('referral', record, options);
const reactJob = ({ record, options }) => renderWithReactPdf(prepareDocument('referral', record, options));
for (let i = 0; i < 10; i++) await renderJob(jobOf(-1 - i)); // warm-up, other people
for (let i = 0; i < 5; i++) await reactJob(jobOf(i));
const typst1 = await perSecond(N, (i) => renderJob(jobOf(i)));
const react1 = await perSecond(Math.ceil(N / 3), (i) => reactJob(jobOf(i)));
console.log(`\nreferral, one core: Typst ${typst1.perSec.toFixed(1)} docs/s (${typst1.msPerDoc.toFixed(1)} ms/doc) · plain react-pdf ${react1.perSec.toFixed(1)} docs/s (${react1.msPerDoc.toFixed(1)} ms/doc) · ratio ×${(typst1.perSec / react1.perSec).toFixed(2)} · goal ≥ 40/s: ${typst1.perSec >= 40 ? 'met' : 'NOT met'}`);

// 2. Referral throughput with renderBatch on every core: with the pool's start-up (each worker
// creates its Typst compiler and loads the fonts), and steady (from the 50th document on).
{
  const n = quick ? 300 : 1500;
  const jobs = Array.from({ length: n }, (_, i) => ({ document: 'referral', ...jobOf(i) }));
  const t = performance.now();
  let failed = 0;
  let done = 0;
  let steadyFrom = 0;
  for await (const r of renderBatch(jobs)) {
    if (!r.ok) failed++;
    if (++done === 50) steadyFrom = performance.now();
  }
  const end = performance.now();
  const perSec = (n * 1000) / (end - t);
  const steady = ((n - 50) * 1000) / (end - steadyFrom);
  console.log(`referral, renderBatch on ${availableParallelism()} workers: ${steady.toFixed(1)} docs/s steady (${perSec.toFixed(1)} with start-up; ${failed} failed) · ×${(steady / typst1.perSec).toFixed(2)} one core · ×${(steady / react1.perSec).toFixed(2)} react-pdf one core · goal ≥ 75/s on two cores: ${steady >= 75 ? 'met' : 'NOT met'}`);
}

// 3. Every document, warm.
const rows = [];
for (const doc of DOCUMENTS) {
  const record = sample(doc);
  for (let i = 0; i < 3; i++) await renderToBuffer(doc, record, optionsFor(record));
  let p = 0;
  const r = await perSecond(quick ? 10 : 40, async () => { p = pages(await renderToBuffer(doc, record, optionsFor(record))); });
  rows.push({ document: doc, pages: p, 'ms/doc': +r.msPerDoc.toFixed(1), 'docs/s': +r.perSec.toFixed(1) });
}
console.table(rows);

// 4. 1×, 10×, 100× a typical record: its top-level lists repeated (within the schema's maxItems).
function scaled(record, factor) {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, Array.isArray(v) && v.length && typeof v[0] === 'object' ? Array.from({ length: Math.min(500, v.length * factor) }, (_, i) => structuredClone(v[i % v.length])) : v]));
}
const scaling = [];
for (const doc of ['commission-tracking', 'vacant-posts']) {
  let base;
  for (const factor of [1, 10, 100]) {
    const record = scaled(example(doc), factor);
    const bytes = JSON.stringify(record).length;
    await renderToBuffer(doc, record, { ...optionsFor(record), audience: 'occupational-health' });
    let p = 0;
    const r = await perSecond(factor === 100 ? 2 : factor === 10 ? 5 : 20, async () => { p = pages(await renderToBuffer(doc, record, { ...optionsFor(record), audience: 'occupational-health' })); });
    base ??= r.msPerDoc;
    scaling.push({ document: doc, size: `${factor}×`, 'JSON kB': +(bytes / 1024).toFixed(1), pages: p, 'ms/doc': +r.msPerDoc.toFixed(1), 'ms/page': +(r.msPerDoc / p).toFixed(1), 'ms vs 1×': `×${(r.msPerDoc / base).toFixed(1)}` });
  }
}
console.table(scaling);

// 5. Memory over 10,000 documents through renderBatch: resident memory sampled every 1,000.
{
  const n = quick ? 2000 : 10_000;
  const mb = (b) => Math.round(b / 1048576);
  const rss = [];
  let done = 0;
  const t = performance.now();
  const jobs = (function* () { for (let i = 0; i < n; i++) yield { document: 'referral', ...jobOf(i) }; })();
  for await (const r of renderBatch(jobs, { recycleAfter: 2000 })) {
    if (!r.ok) throw new Error(r.error.message);
    if (++done % 1000 === 0) { globalThis.gc?.(); rss.push(mb(process.memoryUsage().rss)); }
  }
  const growth = rss[rss.length - 1] - rss[0];
  console.log(`\n${n} referrals through renderBatch: ${((n * 1000) / (performance.now() - t)).toFixed(1)} docs/s; RSS every 1,000: ${rss.join(', ')} MB (first → last ${growth >= 0 ? '+' : ''}${growth} MB: ${Math.abs(growth) < 100 ? 'flat' : 'GROWING'})`);
}
