// @tremplin/elements benchmark: bundle size (min+gz) and time to first render in Chromium, each
// beside its baseline measured in the same run: a plain hand-written HTML form of the same fields.
// Figures only; no goal is asserted (shared, noisy machines).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { getSchema, listFields, resolveSchemaRef } from '@tremplin/schemas';
import { compileSchema } from '../../schemas/src/cli/compile.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

async function bundle(contents, external = []) {
  const out = await build({ stdin: { contents, resolveDir: here('..') }, bundle: true, minify: false, format: 'esm', write: false, external, logLevel: 'error' });
  return out.outputFiles[0].text;
}
const gz = (text) => gzipSync(text, { level: 9 }).length;

/**
 * What a page loads before its form can show, min+gz: the entry chunk and the chunks it imports
 * statically, bundled with code splitting as an application bundler does. Records and the audience
 * projection loaded later by `import()` (another form's record, say) are chunks of their own, not counted.
 */
async function upFront(contents) {
  const out = await build({ stdin: { contents, resolveDir: here('..') }, bundle: true, minify: true, format: 'esm', splitting: true, outdir: here('../.bench-out'), write: false, metafile: true, logLevel: 'error' });
  const outputs = out.metafile.outputs;
  const text = new Map(out.outputFiles.map((f) => [f.path.slice(f.path.lastIndexOf('/') + 1), f.text]));
  const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint === '<stdin>');
  const seen = new Set();
  const stack = [entry];
  while (stack.length) {
    const k = stack.pop();
    if (seen.has(k)) continue;
    seen.add(k);
    for (const i of outputs[k].imports) if (i.kind === 'import-statement') stack.push(i.path);
  }
  return [...seen].reduce((n, k) => n + gz(text.get(k.slice(k.lastIndexOf('/') + 1))), 0);
}
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;

mkdirSync(here('../.bench-out'), { recursive: true });
// ---- the forms to render ------------------------------------------------------------------------
// The hand-written forms show the same visible text as ours: group titles as fieldset legends,
// field descriptions and the date pattern as hints under the labels, yes/no questions as two
// radios, multiple choices as checkboxes, and an empty list as its legend, "no item" line and
// add button. Without it the comparison set 51 controls with their hints against 39 bare fields.
// Still left out (so the baseline is, if anything, cheaper): required marks, text areas (plain
// inputs here), every ARIA attribute.
const DATE_HINT = 'Format : mm/jj/aaaa';

/** A referral field's own schema node (its `$ref` unresolved) and the object holding it, by data path pattern. */
function schemaOf(pattern) {
  let node = getSchema('referral');
  let parent;
  for (const key of pattern.split('/').slice(1)) {
    const holder = node.$ref && !node.properties ? resolveSchemaRef(node.$ref, 'referral')?.node ?? resolveSchemaRef(node.$ref, 'common')?.node : node;
    parent = holder;
    node = holder?.properties?.[key] ?? holder?.items ?? {};
  }
  return { node, parent };
}

/** Hand-written HTML of a referral's fields: what a developer would type without us. */
function referralHtml() {
  const fields = listFields('referral');
  const under = (prefix) => fields.filter(([p]) => p.startsWith(`${prefix}/`) && !p.slice(prefix.length + 1).includes('/'));
  const dated = (f) => f.format === 'date' || f.format === 'date-time';
  // A date's shared description ("AAAA-MM-JJ") gives way to the pattern the browser shows; a field's own stays.
  const hint = (p, f) => {
    const own = schemaOf(p).node.description !== undefined || !dated(f);
    const texts = [own ? f.description?.fr : '', dated(f) && !schemaOf(p).node.readOnly ? DATE_HINT : ''];
    return texts.filter(Boolean).map((t) => `<p>${t}</p>`).join('');
  };
  // Fields an if/then requires are shown while it holds (the stoppage's dates once one is in progress): not in an empty form.
  const conditional = (p) => {
    const { parent } = schemaOf(p);
    const key = p.slice(p.lastIndexOf('/') + 1);
    return [parent, ...(parent?.allOf ?? [])].some((n) => n?.then?.required?.includes(key) && !parent.required?.includes(key));
  };
  const node = ([p, f]) => {
    if (conditional(p)) return '';
    const id = `h${p}`;
    const title = f.title?.fr ?? p;
    const items = fields.find(([q]) => q === `${p}/*`)?.[1];
    if (f.type === 'object') return `<fieldset><legend>${title}</legend>${hint(p, f)}${under(p).map(node).join('')}</fieldset>`;
    if (f.type === 'array' && items?.options) {
      return `<fieldset><legend>${title}</legend>${hint(p, f)}${items.options.map((o, i) => `<label><input type="checkbox" id="${id}-${i}">${o.fr}</label>`).join('')}</fieldset>`;
    }
    if (f.type === 'array') return `<fieldset><legend>${title}</legend>${hint(p, f)}<p>Aucun élément pour le moment.</p><button type="button">+ Ajouter : ${title}</button></fieldset>`;
    if (f.type === 'boolean' || f.type === 'const') {
      return `<fieldset><legend>${title}</legend>${hint(p, f)}<label><input type="radio" name="${id}" id="${id}">Oui</label><label><input type="radio" name="${id}">Non</label></fieldset>`;
    }
    if (schemaOf(p).node.readOnly) return `<div><span>${title}</span>${hint(p, f)}<output id="${id}">Calculé automatiquement une fois les informations nécessaires saisies</output></div>`;
    const control = f.options
      ? `<select id="${id}" name="${p}"><option value="">— Choisir —</option>${f.options.map((o) => `<option>${o.fr}</option>`).join('')}</select>`
      : `<input id="${id}" name="${p}" type="${f.format === 'date' ? 'date' : f.format === 'date-time' ? 'datetime-local' : 'text'}">`;
    return `<div><label for="${id}">${title}</label>${hint(p, f)}${control}</div>`;
  };
  return `<form>${under('').map(node).join('')}<button>Envoyer</button></form>`;
}

/** A 500-field schema in 50 groups of 10, and the same form by hand. */
function bigSchema() {
  const properties = {};
  for (let g = 0; g < 50; g++) {
    const fields = {};
    for (let i = 0; i < 10; i++) {
      const kind = i % 3;
      fields[`f${i}`] = kind === 0 ? { type: 'string', title: `Champ ${g}.${i}`, maxLength: 120 }
        : kind === 1 ? { type: 'string', format: 'date', title: `Date ${g}.${i}` }
        : { enum: ['a', 'b', 'c', 'd'], title: `Choix ${g}.${i}` };
    }
    properties[`g${g}`] = { type: 'object', title: `Groupe ${g}`, properties: fields };
  }
  return { type: 'object', properties };
}
function bigHtml(schema) {
  return `<form>${Object.entries(schema.properties).map(([g, group]) => `<fieldset><legend>${group.title}</legend>${Object.entries(group.properties).map(([k, f]) => {
    const id = `h-${g}-${k}`;
    const control = f.enum ? `<select id="${id}"><option value="">— Choisir —</option>${f.enum.map((v) => `<option>${v}</option>`).join('')}</select>`
      : `<input id="${id}" type="${f.format === 'date' ? 'date' : 'text'}" maxlength="120">`;
    return `<div><label for="${id}">${f.title}</label>${f.format === 'date' ? `<p>${DATE_HINT}</p>` : ''}${control}</div>`;
  }).join('')}</fieldset>`).join('')}<button>Envoyer</button></form>`;
}

const measure = await bundle(`
  import './dist/define.js';
  const schema = ${JSON.stringify(bigSchema())};
  const handReferral = ${JSON.stringify(referralHtml())};
  const handBig = ${JSON.stringify(bigHtml(bigSchema()))};
  const settle = () => document.body.getBoundingClientRect(); // layout done: the form is on screen
  async function time(make) {
    const t0 = performance.now();
    const el = await make();
    settle();
    const ms = performance.now() - t0;
    const count = (el.shadowRoot ?? el).querySelectorAll('input, select, textarea').length;
    el.remove();
    return { ms, count };
  }
  window.bench = {
    referral: () => time(async () => { const el = document.createElement('tremplin-referral-form'); el.hints = {}; /* no wizard: every field at once, like the hand-written form */ document.body.append(el); await el.updateComplete; return el; }),
    referralHand: () => time(async () => { const d = document.createElement('div'); d.innerHTML = handReferral; document.body.append(d); return d; }),
    big: () => time(async () => { const el = document.createElement('tremplin-form'); el.schema = schema; document.body.append(el); await el.updateComplete; return el; }),
    bigHand: () => time(async () => { const d = document.createElement('div'); d.innerHTML = handBig; document.body.append(d); return d; }),
  };
`);

const files = {
  '/': ['text/html', '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>bench</title></head><body><script type="module" src="/bench.js"></script></body></html>'],
  '/bench.js': ['text/javascript', measure],
};
const server = createServer((req, res) => {
  const f = files[req.url];
  if (!f) return res.writeHead(req.url === '/favicon.ico' ? 204 : 404).end();
  res.writeHead(200, { 'content-type': f[0] }).end(f[1]);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});

const exp = await bundle(`
  const handBig = ${JSON.stringify(bigHtml(bigSchema()))};
  const handReferral = ${JSON.stringify(referralHtml())};
  const settle = () => document.body.getBoundingClientRect();
  const T = (f) => { const t0 = performance.now(); const el = f(); const t1 = performance.now(); settle(); const t2 = performance.now(); el.remove(); return [t1 - t0, t2 - t0]; };
  const walk = (frag) => { const w = document.createTreeWalker(frag, 129); let n, k = 0; while ((n = w.nextNode())) { if (n.nodeType === 1 && n.hasAttributes()) for (const a of n.getAttributeNames()) if (a.endsWith('$lit$')) k++; } return k; };
  window.exp = {
    hand: (s) => T(() => { const d = document.createElement('div'); d.innerHTML = s; document.body.append(d); return d; }),
    steps: (s) => { const a = performance.now(); const t = document.createElement('template'); t.innerHTML = s; const b = performance.now(); const f = document.importNode(t.content, true); const c = performance.now(); const f2 = document.importNode(t.content, true); const d = performance.now(); const dv = document.createElement('div'); dv.append(f); document.body.append(dv); const e = performance.now(); settle(); const g = performance.now(); dv.remove(); return [b - a, c - b, d - c, e - d, g - e]; },
    tplClone: (s) => T(() => { const t = document.createElement('template'); t.innerHTML = s; const f = document.importNode(t.content, true); const d = document.createElement('div'); d.append(f); document.body.append(d); return d; }),
    tplWalkClone: (s) => T(() => { const t = document.createElement('template'); t.innerHTML = s; walk(t.content); const f = document.importNode(t.content, true); walk(f); const d = document.createElement('div'); d.append(f); document.body.append(d); return d; }),
    tplAdopt: (s) => T(() => { const t = document.createElement('template'); t.innerHTML = s; const d = document.createElement('div'); d.append(document.adoptNode(t.content)); document.body.append(d); return d; }),
    shadowHand: (s) => T(() => { const d = document.createElement('div'); const r = d.attachShadow({ mode: 'open' }); r.innerHTML = s; document.body.append(d); return d; }),
    shadowTplClone: (s) => T(() => { const d = document.createElement('div'); const r = d.attachShadow({ mode: 'open' }); const t = document.createElement('template'); t.innerHTML = s; r.append(document.importNode(t.content, true)); document.body.append(d); return d; }),
  };
  window.html = { big: handBig, referral: handReferral,
  noSelect: handReferral.replace(/<select[^]*?<.select>/g, '<input>'),
  noDate: handReferral.replace(/type="date(time-local)?"/g, 'type="text"'),
  noSelectNoDate: handReferral.replace(/<select[^]*?<.select>/g, '<input>').replace(/type="date(time-local)?"/g, 'type="text"'),
  noInputs: handReferral.replace(/<select[^]*?<.select>/g, '').replace(/<input[^>]*>/g, ''),
};
`);
files['/'] = ['text/html', '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>exp</title></head><body><script type="module" src="/exp.js"></script></body></html>'];
files['/exp.js'] = ['text/javascript', exp];
const res = {};
for (let run = 0; run < 7; run++) for (const which of ['referral', 'noSelect', 'noDate', 'noSelectNoDate', 'noInputs']) for (const name of ['steps']) {
  const tab = await browser.newPage(); await tab.goto(origin); await tab.waitForFunction(() => window.exp);
  const r = await tab.evaluate(([n, w]) => window.exp[n](window.html[w]), [name, which]);
  (res[which + ' ' + name] ??= []).push(r); await tab.close();
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(28), 'parse/clone/clone2/append/settle', v[0].map((_, i) => med(v.map((x) => x[i])).toFixed(1)).join(' '));
await browser.close(); server.close();
