// Build-time generation for @tremplin/schemas. Sources of truth: schemas/*.schema.json,
// i18n/en.json and examples/*.json. Outputs (never edited by hand, git-ignored):
//   src/generated/records/*.js    one module per record: its ajv standalone validator (no `new
//                                 Function` at run time), schema and field catalogue (labels fr/en,
//                                 confidentiality)
//   src/generated/names.ts        record names; common.ts: the shared definitions (common.schema.json)
//   src/generated/loaders.ts      a dynamic import per record; all-records.ts: every record at once
//   src/generated/types.ts        TypeScript types from json-schema-to-typescript
//   dist/schemas/*.json           published schemas, with their valid examples under `examples`
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import { compile } from 'json-schema-to-typescript';
import { walkFields } from './schema-walk.mjs';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemasDir = join(pkg, 'schemas');
const outDir = join(pkg, 'src', 'generated');
const publishOnly = process.argv.includes('--publish');

const files = readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json')).sort();
const schemasByFile = new Map(files.map((f) => [f, JSON.parse(readFileSync(join(schemasDir, f), 'utf8'))]));
/** Record schemas: every file but the shared definitions. */
const records = files.filter((f) => f !== 'common.schema.json').map((f) => f.replace('.schema.json', ''));
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase());
const examplesOf = (name) => JSON.parse(readFileSync(join(pkg, 'examples', `${name}.examples.json`), 'utf8'));

if (publishOnly) {
  mkdirSync(join(pkg, 'dist', 'schemas'), { recursive: true });
  for (const f of files) {
    const schema = { ...schemasByFile.get(f) };
    const name = f.replace('.schema.json', '');
    if (records.includes(name)) schema.examples = examplesOf(name).valid;
    writeFileSync(join(pkg, 'dist', 'schemas', f), JSON.stringify(schema, null, 2));
  }
  process.exit(0);
}

mkdirSync(outDir, { recursive: true });

// --- validators -----------------------------------------------------------------------------
export const ANNOTATIONS = ['x-confidentiality', 'x-enumTitles'];
const ajv = new Ajv2020({
  allErrors: true,
  strict: true,
  messages: false, // our own fr/en messages are built from error params
  inlineRefs: true, // faster (1.8 µs against 2.1 µs a referral) for ~10 % more code
  strictTypes: false, // if/then sub-schemas rely on the type declared by the enclosing schema
  strictRequired: false, // if/then blocks name properties declared beside them, as 2020-12 intends
  code: { source: true, esm: true, lines: false, optimize: true, formats: _`formats` },
});
ajv.addKeyword({ keyword: 'x-confidentiality', metaSchema: { enum: ['medical', 'personal', 'professional'] } });
ajv.addKeyword({ keyword: 'x-enumTitles', metaSchema: { type: 'array', items: { type: 'string' } } });
// A medical field the worker may agree to share: per audience, the consent scope (a boolean of
// consent.schema.json#/properties/scope) that opens it. Employer and commission never share a scope.
ajv.addKeyword({
  keyword: 'x-shareable-with',
  metaSchema: { type: 'object', additionalProperties: false, minProperties: 1, properties: { employer: { type: 'string' }, commission: { type: 'string' } } },
});
// A string anyone may type anything in: withheld from employer and commission unless released.
// Derived for common longText; `x-free-text: false` opts out (a postal address).
ajv.addKeyword({ keyword: 'x-free-text', metaSchema: { type: 'boolean' } });
// Why a field is classed medical although its value is not a diagnosis: what it lets a reader infer.
ajv.addKeyword({ keyword: 'x-inference', metaSchema: { type: 'string', minLength: 10 } });
// Why a field that might look sensitive stays personal or professional: the review's answer, published.
ajv.addKeyword({ keyword: 'x-review', metaSchema: { type: 'string', minLength: 10 } });
const formatNames = ['date', 'date-time', 'email', 'siret'];
// Placeholders at build time: the generated code calls formats.<name> from src/formats.ts.
for (const name of formatNames) ajv.addFormat(name, () => true);
for (const [f, schema] of schemasByFile) ajv.addSchema(schema, f);

// One module per record (validator, schema, field catalogue), so that a page with one form loads
// one record: src/generated/records/<name>.js, registered by the entry points (see src/registry.ts).
const RUNTIME = {
  'require("ajv/dist/runtime/equal").default': 'runtime.equal',
  'require("ajv/dist/runtime/ucs2length").default': 'runtime.ucs2length',
};
function standaloneFor(record) {
  let code = standaloneCode(ajv, { validate: schemasByFile.get(`${record}.schema.json`).$id });
  for (const [from, to] of Object.entries(RUNTIME)) code = code.split(from).join(to);
  if (/require\(/.test(code)) throw new Error('Standalone code still requires a runtime module: check ajv options');
  if (/new Function|eval\(/.test(code)) throw new Error('Standalone code evaluates strings');
  return code.replace(/^"use strict";/, '');
}
const validatorCode = Object.fromEntries(records.map((r) => [r, standaloneFor(r)]));

// --- types ----------------------------------------------------------------------------------
// Types are named after the root record and the shared definitions (Person, Signature…), never
// after French titles: titles are stripped, shared $defs are copied in under stable names, and
// if/then refinements (validation only) are dropped.
const commonSource = schemasByFile.get('common.schema.json').$defs;
const KEYWORDS_DROPPED = ['title', 'if', 'then', 'else', 'examples', '$id', '$schema'];
function forTypes(node, isRoot = true) {
  if (Array.isArray(node)) return node.map((n) => forTypes(n, false));
  if (!node || typeof node !== 'object') return node;
  let out = {};
  for (const [k, v] of Object.entries(node)) {
    if (KEYWORDS_DROPPED.includes(k) && !(k === 'title' && isRoot)) continue;
    if (k === 'allOf' && v.every((b) => b.if)) continue;
    if (k === 'properties' || k === '$defs') {
      out[k] = Object.fromEntries(Object.entries(v).map(([name, child]) => [name, forTypes(child, false)]));
    } else out[k] = forTypes(v, false);
  }
  // A $ref to a shared scalar (date, shortText…) is inlined: a plain `string` reads better than
  // one alias per use. A $ref to a shared object keeps its name (Person, Signature…).
  const ref = typeof out.$ref === 'string' && /^(?:common\.schema\.json)?#\/\$defs\/(\w+)$/.exec(out.$ref);
  if (ref) {
    const def = commonSource[ref[1]];
    if (def.type === 'object') out = { $ref: `#/$defs/${ref[1]}` };
    else {
      const { $ref, ...siblings } = out;
      out = { ...forTypes(def, false), ...siblings };
    }
  }
  return out;
}
const commonDefs = Object.fromEntries(
  Object.entries(commonSource).filter(([, v]) => v.type === 'object').map(([k, v]) => [k, { ...forTypes(v, false), title: pascal(k) }]),
);
let types = '// Generated by scripts/codegen.mjs from schemas/*.schema.json. Do not edit.\n/* eslint-disable */\n';
const seen = new Set();
for (const r of records) {
  const schema = { ...forTypes(schemasByFile.get(`${r}.schema.json`)), title: pascal(r), $defs: commonDefs };
  const ts = await compile(schema, pascal(r), {
    bannerComment: '',
    additionalProperties: false,
    declareExternallyReferenced: true,
    unreachableDefinitions: false,
    style: { singleQuote: true },
  });
  // Shared definitions appear in every record's output: keep the first declaration of each name.
  for (const block of ts.split(/\n(?=(?:\/\*\*[^]*?\*\/\n)?export )/)) {
    const name = /export (?:interface|type) (\w+)/.exec(block)?.[1];
    if (!name || seen.has(name)) continue;
    seen.add(name);
    types += block.trim() + '\n\n';
  }
}
writeFileSync(join(outDir, 'types.ts'), types);

// --- field catalogue ------------------------------------------------------------------------
const en = JSON.parse(readFileSync(join(pkg, 'i18n', 'en.json'), 'utf8'));
const missing = [];
const english = (loc, key, fr) => {
  const id = `${loc.file.replace('.schema.json', '')}#${loc.pointer}`;
  const value = en[id]?.[key];
  if (value === undefined) missing.push({ id, key, fr });
  return value ?? fr;
};
const catalogue = {};
for (const r of records) {
  const fields = {};
  const root = { file: `${r}.schema.json`, pointer: '', node: schemasByFile.get(`${r}.schema.json`) };
  fields[''] = { title: { fr: root.node.title, en: english(root, 'title', root.node.title) } };
  walkFields(schemasByFile, `${r}.schema.json`, ({ dataPath, chain, first }) => {
    const title = first('title');
    const conf = first('x-confidentiality');
    const field = { confidentiality: conf?.value ?? null };
    const type = first('type')?.value ?? (first('enum') ? 'enum' : first('const') !== undefined ? 'const' : undefined);
    if (type) field.type = type;
    const format = first('format')?.value;
    if (format) field.format = format;
    const gate = first('x-shareable-with')?.value;
    if (gate) field.shareableWith = gate;
    const freeText = first('x-free-text')?.value ?? chain.some((loc) => loc.file === 'common.schema.json' && loc.pointer === '/$defs/longText');
    if (freeText) field.freeText = true;
    const inference = first('x-inference');
    if (inference) field.inference = { fr: inference.value, en: english(inference.loc, 'inference', inference.value) };
    const review = first('x-review');
    if (review) field.review = { fr: review.value, en: english(review.loc, 'review', review.value) };
    if (title) field.title = { fr: title.value, en: english(title.loc, 'title', title.value) };
    const description = first('description');
    if (description) field.description = { fr: description.value, en: english(description.loc, 'description', description.value) };
    const values = first('enum');
    const titles = first('x-enumTitles');
    if (values && titles) {
      const enTitles = english(titles.loc, 'enumTitles', titles.value);
      field.options = values.value.map((v, i) => ({ value: v, fr: titles.value[i], en: enTitles[i] }));
    }
    fields[dataPath] = field;
  });
  catalogue[r] = fields;
}
if (missing.length) {
  if (process.argv.includes('--dump-missing')) {
    const dump = {};
    for (const m of missing) (dump[m.id] ??= {})[m.key] = m.fr;
    writeFileSync(join(pkg, 'i18n', 'missing.json'), JSON.stringify(dump, null, 2));
  }
  console.error(`i18n/en.json lacks ${missing.length} entries, e.g. ${missing.slice(0, 5).map((m) => `${m.id} ${m.key}`).join(', ')}`);
  process.exit(1);
}
const recordsDir = join(outDir, 'records');
/** The constant under which ajv's code already holds the record's schema, when it does: not shipped twice. */
function embeddedSchema(r) {
  const json = JSON.stringify(schemasByFile.get(`${r}.schema.json`));
  const found = new RegExp(`const (schema\\d+) = (\\{"\\$schema")`).exec(validatorCode[r]);
  return found && validatorCode[r].includes(`const ${found[1]} = ${json};`) ? found[1] : undefined;
}
mkdirSync(recordsDir, { recursive: true });
const GENERATED = '// Generated by scripts/codegen.mjs from schemas/*.schema.json. Do not edit.';
for (const r of records) {
  // What a form needs to show the record (schema, labels, classes), apart from its validator: a page
  // draws the form from this module and loads the validator (most of the record's weight) beside it.
  const schemaJson = JSON.stringify(schemasByFile.get(`${r}.schema.json`));
  writeFileSync(
    join(recordsDir, `${r}.fields.js`),
    `${GENERATED}\n/** The ${r} record's schema. */\nexport const schema = ${schemaJson};\n` +
      `/** The ${r} record's fields by data path pattern: labels fr/en, confidentiality classes, options. */\nexport const fields = ${JSON.stringify(catalogue[r])};\n` +
      `/** The ${r} record without its validator: what \`records/${r}/fields\` registers. */\nexport const recordFields = { name: ${JSON.stringify(r)}, schema, fields };\n`,
  );
  writeFileSync(
    join(recordsDir, `${r}.fields.d.ts`),
    `${GENERATED}\nimport type { RecordFields } from '../../registry.js';\nexport declare const schema: RecordFields['schema'];\nexport declare const fields: RecordFields['fields'];\nexport declare const recordFields: RecordFields;\n`,
  );
  // ajv's code holds the schema under a constant of its own: that constant becomes the fields module's.
  const embedded = embeddedSchema(r);
  const code = embedded ? validatorCode[r].replace(`const ${embedded} = ${schemaJson};`, '') : validatorCode[r];
  writeFileSync(
    join(recordsDir, `${r}.js`),
    `// @ts-nocheck\n${GENERATED}\nimport { formats } from '../../formats.js';\nimport * as runtime from '../../runtime.js';\n` +
      `import { schema${embedded ? ` as ${embedded}` : ''}, fields } from './${r}.fields.js';\n` +
      `${code}\n` +
      `/** The ${r} record: its schema, its fields (labels fr/en, classes) and its precompiled validator. */\n` +
      `export const record = { name: ${JSON.stringify(r)}, schema: ${embedded ?? 'schema'}, fields, validate };\n`,
  );
  writeFileSync(
    join(recordsDir, `${r}.d.ts`),
    `${GENERATED}\nimport type { RecordData } from '../../registry.js';\nexport declare const record: RecordData;\n`,
  );
}
writeFileSync(
  join(outDir, 'names.ts'),
  `${GENERATED}\nexport const RECORD_NAMES = ${JSON.stringify(records)} as const;\n` +
    `/** This package's version: two versions on one page keep their own records (and classes). */\n` +
    `export const PACKAGE_VERSION = ${JSON.stringify(JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version)};\n`,
);
writeFileSync(join(outDir, 'common.ts'), `${GENERATED}\nexport const COMMON_SCHEMA = ${JSON.stringify(schemasByFile.get('common.schema.json'))} as const;\n`);
// Loaders for the records a page did not import: their entry points (`records/<name>`), one chunk
// each in a bundler that splits code.
writeFileSync(
  join(outDir, 'loaders.ts'),
  `${GENERATED}\nimport type { RecordData } from '../registry.js';\n` +
    `export const LOADERS: Record<string, () => Promise<{ record: RecordData }>> = {\n` +
    records.map((r) => `  ${JSON.stringify(r)}: () => import('./entries/${r}.js'),`).join('\n') + '\n};\n',
);
// Entry points `@tremplin/schemas/records/<name>`: register the record, export its typed validator.
const entriesDir = join(outDir, 'entries');
mkdirSync(entriesDir, { recursive: true });
for (const r of records) {
  writeFileSync(
    join(entriesDir, `${r}.ts`),
    `${GENERATED}\n/**\n * @tremplin/schemas/records/${r}: the ${r} record for the core entry (registered on import) and its validator.\n` +
      ` * @example import { validate${pascal(r)} } from '@tremplin/schemas/records/${r}';\n * @module records/${r}\n */\n` +
      `import { record } from '../records/${r}.js';\nimport type { ${pascal(r)} } from '../types.js';\n` +
      `import { registerRecord } from '../../registry.js';\nimport { createValidator } from '../../validate.js';\n\n` +
      `registerRecord(record);\n\n/** Validates a ${r} record: never throws, explains every issue (fr/en). */\n` +
      `export const validate${pascal(r)} = createValidator<${pascal(r)}>('${r}', record.validate);\nexport { record };\n`,
  );
  mkdirSync(join(entriesDir, r), { recursive: true });
  writeFileSync(
    join(entriesDir, r, 'fields.ts'),
    `${GENERATED}\n/**\n * @tremplin/schemas/records/${r}/fields: the ${r} record's schema, labels and classes for the core entry\n` +
      ` * (registered on import), without its validator: a form draws from it while \`loadRecord('${r}')\` brings the rest.\n` +
      ` * @example import '@tremplin/schemas/records/${r}/fields';\n * @module records/${r}/fields\n */\n` +
      `import { recordFields } from '../../records/${r}.fields.js';\nimport { registerRecordFields } from '../../../registry.js';\n\n` +
      `registerRecordFields(recordFields);\n\nexport { recordFields };\n`,
  );
}
// Every record at once, for the main entry (Node, rules, pdf): one import per record module.
writeFileSync(
  join(outDir, 'all-records.ts'),
  `${GENERATED}\n` + records.map((r) => `import { record as ${r.replace(/-(\w)/g, (_m, c) => c.toUpperCase())} } from './records/${r}.js';`).join('\n') +
    `\nexport const ALL_RECORDS = [${records.map((r) => r.replace(/-(\w)/g, (_m, c) => c.toUpperCase())).join(', ')}];\n`,
);
console.log(`codegen: ${records.length} record schemas, ${Object.values(catalogue).reduce((n, c) => n + Object.keys(c).length, 0)} fields`);
