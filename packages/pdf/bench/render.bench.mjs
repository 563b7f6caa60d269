// pnpm bench (pdf): warm milliseconds per document and per page, and heap over a batch of 1,000
// action plans, beside a naive use of the same library (fonts registered again for every document)
// measured in the same run. Goal: ≤ 60 ms per page, memory flat.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Font, renderToBuffer as pdfToBuffer } from '@react-pdf/renderer';
import { computeIndicators, decide, getRuleset } from '@tremplin/rules';
import { createDocument, DOCUMENTS, renderBatch, renderToBuffer } from '../dist/index.js';

const require = createRequire(import.meta.url);
const example = (name) => JSON.parse(readFileSync(new URL(`../../schemas/examples/${name}.examples.json`, import.meta.url), 'utf8')).valid[0];
const plan = () => example('action-plan');
const sample = (doc) => doc === 'indicators'
  ? computeIndicators([plan(), { ...plan(), status: 'sortie-positive', exit: { date: '2026-06-30', outcome: 'amenagement-poste' } }, { ...plan(), status: 'sortie-negative', exit: { date: '2026-05-02', outcome: 'inaptitude' } }])
  : doc === 'decision-report'
  ? decide(getRuleset('reclassement-path'), { agentStatus: 'titulaire', unfitness: 'definitive-fonctions', postAdaptable: false, inDetachment: false, pprStatus: 'a-proposer', boardOpinionDate: '2026-10-15' }, { asOf: '2026-11-24' })
  : example(doc);
const pages = (pdf) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
const options = { audience: 'occupational-health', printedOn: '2026-11-24' };

/** What a first integration does: register the fonts at the top of every render. */
function naiveFonts() {
  Font.register({ family: 'Tremplin Sans', fonts: [
    { src: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf') },
    { src: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'), fontWeight: 'bold' },
    { src: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf'), fontStyle: 'italic' },
  ] });
}

async function timeIt(n, fn) {
  const t = performance.now();
  let p = 0;
  for (let i = 0; i < n; i++) p += await fn(i);
  const ms = performance.now() - t;
  return { perDoc: ms / n, perPage: ms / p, pages: p / n };
}

console.log(`@tremplin/pdf — warm rendering, one core, React ${process.env.NODE_ENV === 'production' ? 'production' : 'DEVELOPMENT (slower; set NODE_ENV=production)'} build`);
const rows = [];
for (const doc of DOCUMENTS) {
  const record = sample(doc);
  for (let i = 0; i < 5; i++) await renderToBuffer(doc, record, options); // warm
  const ours = await timeIt(30, async () => pages(await renderToBuffer(doc, record, options)));
  const naive = await timeIt(15, async () => {
    naiveFonts();
    return pages(await pdfToBuffer(createDocument(doc, record, options)));
  });
  rows.push({ document: doc, pages: ours.pages, 'ms/doc': +ours.perDoc.toFixed(1), 'ms/page': +ours.perPage.toFixed(1), 'naive ms/doc': +naive.perDoc.toFixed(1), '×': +(naive.perDoc / ours.perDoc).toFixed(1) });
}
console.table(rows);
const worst = Math.max(...rows.map((r) => r['ms/page']));
console.log(`slowest page: ${worst} ms (goal ≤ 60 ms/page: ${worst <= 60 ? 'met' : 'NOT met'})`);

// Memory over 1,000 action plans, sampled every 100: heap after a forced GC in this thread, and the
// process's resident memory (which includes worker threads).
const mb = (b) => (b / 1024 / 1024).toFixed(0);
async function batch(n, run) {
  globalThis.gc?.();
  const start = process.memoryUsage();
  let peakRss = start.rss;
  const heap = [];
  const t = performance.now();
  await run(n, (i) => {
    if ((i + 1) % 100 === 0) {
      globalThis.gc?.();
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      heap.push(mb(m.heapUsed));
    }
  });
  return { ms: (performance.now() - t) / n, heap, heapGrowth: (process.memoryUsage().heapUsed - start.heapUsed) / 1048576, peakRss: peakRss / 1048576 };
}
const plans = Array.from({ length: 20 }, (_, i) => ({ ...example('action-plan'), beneficiary: { lastName: `Agent ${i}`, firstName: 'Test' } }));
const inProcess = await batch(1000, async (n, tick) => {
  for (let i = 0; i < n; i++) { await renderToBuffer('action-plan', plans[i % 20], { audience: 'employer' }); tick(i); }
});
const batched = await batch(1000, async (n, tick) => {
  const jobs = Array.from({ length: n }, (_, i) => ({ document: 'action-plan', record: plans[i % 20], options: { audience: 'employer' } }));
  let i = 0;
  for await (const r of renderBatch(jobs)) { if (!r.ok) throw new Error(r.error.message); tick(i++); }
});
const naive = await batch(300, async (n, tick) => {
  for (let i = 0; i < n; i++) { naiveFonts(); await pdfToBuffer(createDocument('action-plan', plans[i % 20], { audience: 'employer' })); tick(i); }
});
console.log(`\n1,000 action plans, renderToBuffer in this thread: ${inProcess.ms.toFixed(1)} ms each; heap every 100: ${inProcess.heap.join(', ')} MB (growth ${inProcess.heapGrowth.toFixed(0)} MB); peak RSS ${inProcess.peakRss.toFixed(0)} MB`);
console.log(`1,000 action plans, renderBatch (worker recycled every 200): ${batched.ms.toFixed(1)} ms each; heap every 100: ${batched.heap.join(', ')} MB (growth ${batched.heapGrowth.toFixed(0)} MB: ${batched.heapGrowth < 16 ? 'flat' : 'GROWING'}); peak RSS ${batched.peakRss.toFixed(0)} MB`);
console.log(`naive baseline (react-pdf renderToBuffer, fonts registered per document), 300 plans: ${naive.ms.toFixed(1)} ms each; heap every 100: ${naive.heap.join(', ')} MB (growth ${naive.heapGrowth.toFixed(0)} MB); peak RSS ${naive.peakRss.toFixed(0)} MB`);
