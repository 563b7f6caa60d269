import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types (the CLI ships as .mjs)
import { CompileError, compileSchema, titlesOf } from './compile.mjs';
import * as runtime from '../validator-runtime.js';

describe('tremplin-schemas compile', () => {
  it('emits standalone ESM: no eval, no require, messages labelled by the schema titles', () => {
    const code: string = compileSchema({ type: 'object', required: ['a'], properties: { a: { type: 'string', title: 'Nom' }, l: { type: 'array', items: { type: 'object', properties: { d: { type: 'string', format: 'date', title: 'Date' } } } } } });
    expect(code).not.toMatch(/new Function|eval\(|require\(/);
    expect(code).toContain(`import { date as dateFormat } from '@tremplin/schemas/validator-runtime/formats/date';
import { messageTables } from '@tremplin/schemas/validator-runtime/messages/table';
import { requiredMessages } from '@tremplin/schemas/validator-runtime/messages/required';
import { typeMessages } from '@tremplin/schemas/validator-runtime/messages/type';
import { formatMessagesFor } from '@tremplin/schemas/validator-runtime/messages/format';
import { dateFormatLabels } from '@tremplin/schemas/validator-runtime/messages/format-date';
import { unreadableMessages } from '@tremplin/schemas/validator-runtime/messages/unreadable';
import { unknownMessages } from '@tremplin/schemas/validator-runtime/messages/unknown';
`);
    expect(code).not.toMatch(/MESSAGES \}|formats as/);
    expect(titlesOf({ properties: { a: { title: 'Nom' }, l: { items: { properties: { d: { title: 'Date' } } } } } })).toEqual({ '/a': 'Nom', '/l/*/d': 'Date' });
  });

  it('refuses what it cannot compile, with a bounded message', () => {
    expect(() => compileSchema([], { source: 's.json' })).toThrow(CompileError);
    expect(() => compileSchema({ properties: { a: { type: 'string', format: 'ipv4' } } })).toThrow(/unknown format\(s\) ipv4/);
    expect(() => compileSchema({ type: 'nonsense' })).toThrow(/not a valid JSON Schema/);
  });

  it('lets a bundler drop the messages and formats the schema cannot need', async () => {
    const text = await bundle(compileSchema(HOST), true);
    expect(text).toContain('ce champ est obligatoire');
    expect(text).toContain('une date valide (AAAA-MM-JJ)');
    for (const absent of ['contient des doublons', 'contains duplicates', 'SIRET', 'adresse électronique', '356000000']) expect(text).not.toContain(absent);
    // The whole table still bundles every text: the absences above come from the imports.
    const all = await bundle("export { MESSAGES, formats } from '@tremplin/schemas/validator-runtime';", true);
    for (const present of ['contient des doublons', 'SIRET', '356000000']) expect(all).toContain(present);
  });

  it('keeps them out of the page even when a lazy chunk of it uses the whole table (bundled with code splitting)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tremplin-split-'));
    writeFileSync(join(dir, 'validator.js'), compileSchema(HOST));
    writeFileSync(join(dir, 'lazy.js'), "export { MESSAGES } from '@tremplin/schemas/validator-runtime';");
    writeFileSync(join(dir, 'page.js'), "import validate from './validator.js'; globalThis.v = validate; globalThis.later = () => import('./lazy.js');");
    const out = await build({
      entryPoints: [join(dir, 'page.js')], bundle: true, splitting: true, format: 'esm', outdir: join(dir, 'out'), write: false, metafile: true, logLevel: 'error',
      alias: { '@tremplin/schemas/validator-runtime': here('../validator-runtime') },
    });
    const outputs = out.metafile!.outputs;
    const page = Object.keys(outputs).find((k) => outputs[k]!.entryPoint?.endsWith('page.js'))!;
    const upFront = [page, ...outputs[page]!.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path)];
    const text = out.outputFiles.filter((f) => upFront.some((k) => f.path.endsWith(k.slice(k.lastIndexOf('/'))))).map((f) => f.text).join('\n');
    expect(text).toContain('ce champ est obligatoire');
    expect(text).not.toContain('contient des doublons');
    expect(text).not.toContain('SIRET');
    expect(out.outputFiles.map((f) => f.text).join('\n')).toContain('contient des doublons'); // in the lazy chunk
  });

  it('imports a template for every code its keywords can raise (the rest fall back to unknown)', () => {
    const code: string = compileSchema(EVERY);
    const table = /^const MESSAGES = .*$/m.exec(code)![0];
    const imported = new Set([...table.matchAll(/"?([\w-]+)"?: (?:\w+Messages|formatMessagesFor)/g)].map((m) => m[1]));
    const raised = [...code.matchAll(/keyword:"(\w+)"/g)].map((m) => m[1]!).map((k) => (k === 'oneOf' || k === 'anyOf' ? 'enum' : k));
    expect(raised.length).toBeGreaterThan(20);
    for (const k of raised) if (k in runtime.MESSAGES.fr) expect(imported, k).toContain(k);
    for (const k of ['unknown', 'unreadable', 'uniqueItems', 'contains', 'not', 'exclusiveMinimum']) expect(imported).toContain(k);
    expect(imported).not.toContain('not-json');
  });

  it('says the same as before, in French and in English', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tremplin-compile-'));
    writeFileSync(join(dir, 'v.mjs'), await bundle(compileSchema(SAMPLE), false));
    const { default: validate } = await import(/* @vite-ignore */ pathToFileURL(join(dir, 'v.mjs')).href);
    const said = (locale: string) => SAMPLES.map((s) => validate(s, { locale }).issues.map((i: { code: string; message: string }) => `${i.code}|${i.message}`));
    expect(said('fr')).toEqual(SAID.fr);
    expect(said('en')).toEqual(SAID.en);
  });

  it('composes MESSAGES from the per-code templates', () => {
    expect(Object.keys(runtime.MESSAGES.fr)).toEqual(['required', 'type', 'format', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum',
      'exclusiveMaximum', 'enum', 'const', 'additionalProperties', 'minItems', 'maxItems', 'uniqueItems', 'contains', 'not', 'not-json', 'too-large', 'unreadable', 'unknown']);
    const templates = runtime as unknown as Record<string, runtime.LocalisedTemplate>;
    for (const [code, template] of Object.entries(runtime.MESSAGES.en)) {
      const own = templates[`${code.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Messages`];
      if (code === 'format') expect(template({ format: 'siret' })).toBe('must be a valid SIRET number (14 digits, check key)');
      else expect([own?.fr, own?.en]).toEqual([runtime.MESSAGES.fr[code], template]);
    }
    expect(runtime.formats.siret).toBe(runtime.siretFormat);
  });
});

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
/** A compiled module bundled as a page would (the runtime from these sources), minified or not. */
async function bundle(contents: string, minify: boolean): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: here('.'), loader: 'js' }, bundle: true, minify, format: 'esm', write: false, logLevel: 'error',
    alias: { '@tremplin/schemas/validator-runtime': here('../validator-runtime') },
  });
  return out.outputFiles[0]!.text;
}

// The host schema of packages/elements/bench: required, maxLength, format date, enum.
const HOST = {
  type: 'object', required: ['name', 'start'],
  properties: { name: { type: 'string', title: 'Nom', maxLength: 120 }, start: { type: 'string', format: 'date', title: 'Début' }, kind: { enum: ['a', 'b'], title: 'Type' } },
};

// Every keyword with a message, and some without (they raise `unknown`).
const EVERY = {
  type: 'object', required: ['a'], additionalProperties: false, minProperties: 1,
  properties: {
    a: { type: 'string', minLength: 1, maxLength: 9, pattern: '^a', format: 'siret' },
    n: { type: 'number', minimum: 0, maximum: 9, exclusiveMinimum: -1, exclusiveMaximum: 10, multipleOf: 1 },
    e: { enum: [1, 2] }, c: { const: 3 }, o: { oneOf: [{ const: 1 }, { const: 2 }] }, y: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    l: { type: 'array', minItems: 1, maxItems: 3, uniqueItems: true, contains: { const: 1 } },
    x: { not: { type: 'null' } },
  },
};

// Messages as `tremplin-schemas compile` wrote them before it imported templates one by one.
const SAMPLE = {
  type: 'object', additionalProperties: false, required: ['name', 'start'],
  properties: {
    name: { type: 'string', title: 'Nom', minLength: 2, maxLength: 5, pattern: '^[A-Z]' },
    start: { type: 'string', format: 'date', title: 'Début' },
    at: { type: 'string', format: 'time' },
    mail: { type: 'string', format: 'email', title: 'Courriel' },
    kind: { enum: ['a', 'b'], title: 'Type' },
    pick: { oneOf: [{ const: 'x', title: 'X' }, { const: 'y' }], title: 'Choix' },
    yes: { const: true },
    n: { type: 'integer', minimum: 1, maximum: 9, multipleOf: 2 },
    tags: { type: 'array', minItems: 2, maxItems: 3, uniqueItems: true, items: { type: 'string' } },
  },
};
const SAMPLES = [
  {},
  { name: 'abcdefg', start: '2024-02-30', at: '25:00:00', mail: 'x', kind: 'c', pick: 'z', yes: false, n: 11, tags: ['a', 'a', 'b', 'c'], extra: 1 },
  { name: 3, start: '2024-01-01', n: 0.5, tags: ['a'] },
  { name: 'A', start: '2024-01-01' },
  { get name() { throw new Error('x'); }, start: '2024-01-01' },
];
const SAID = {
  fr: [
    ['required|Nom : ce champ est obligatoire', 'required|Début : ce champ est obligatoire'],
    ['additionalProperties|/extra : champ inconnu « extra »', 'maxLength|Nom : ne doit pas dépasser 5 caractères', "pattern|Nom : n'a pas le format attendu",
      'format|Début : doit être une date valide (AAAA-MM-JJ)', 'format|/at : doit être au format time', 'format|Courriel : doit être une adresse électronique valide',
      'enum|Type : doit être l\'une des valeurs proposées : "a", "b"', "enum|Choix : doit être l'une des valeurs proposées", 'const|/yes : doit valoir true',
      'maximum|/n : doit être inférieur ou égal à 9', 'unknown|/n : est invalide', 'maxItems|/tags : ne doit pas contenir plus de 3 éléments', 'uniqueItems|/tags : contient des doublons'],
    ['type|Nom : doit être un texte', 'type|/n : doit être un nombre entier', 'minimum|/n : doit être supérieur ou égal à 1', 'unknown|/n : est invalide', 'minItems|/tags : doit contenir au moins 2 éléments'],
    ['minLength|Nom : doit contenir au moins 2 caractères'],
    ['unreadable|ne peut pas être lu'],
  ],
  en: [
    ['required|Nom: this field is required', 'required|Début: this field is required'],
    ['additionalProperties|/extra: unknown field "extra"', 'maxLength|Nom: must not exceed 5 characters', 'pattern|Nom: does not have the expected format',
      'format|Début: must be a valid date (YYYY-MM-DD)', 'format|/at: must be in time format', 'format|Courriel: must be a valid email address',
      'enum|Type: must be one of the proposed values: "a", "b"', 'enum|Choix: must be one of the proposed values', 'const|/yes: must be true',
      'maximum|/n: must be at most 9', 'unknown|/n: is invalid', 'maxItems|/tags: must not contain more than 3 items', 'uniqueItems|/tags: contains duplicates'],
    ['type|Nom: must be text', 'type|/n: must be a whole number', 'minimum|/n: must be at least 1', 'unknown|/n: is invalid', 'minItems|/tags: must contain at least 2 items'],
    ['minLength|Nom: must be at least 2 characters long'],
    ['unreadable|cannot be read'],
  ],
};

