import { fieldInfo, listFields, getSchema, type Locale, type RecordName } from '@tremplin/schemas';
import { formatValue } from './format.js';

/** One block of a document, as templates/tremplin.typ lays it out. */
export type Block =
  | { t: 'h'; level: number; text: string }
  | { t: 'fields'; items: Array<{ label: string; value: string | string[] }> }
  /** `widths`: 0 for a column as wide as its content, else its share of the remaining width. */
  | { t: 'table'; level: number; title: string; columns: string[]; widths: number[]; rows: string[][][] }
  | { t: 'list'; items: string[] }
  | { t: 'p'; text: string; muted?: boolean }
  | { t: 'signatures'; level: number; title: string; items: Array<{ title: string; name: string; notes: string[]; prompt: string }> };

/** What a record's document prints: its title and blocks, from a value already projected for the audience. */
export interface PrintModel {
  title: string;
  body: Block[];
}

/** Above this many columns a list prints as one block per item: a row must stay readable. */
const MAX_TABLE_COLUMNS = 6;
/** PDF headings stop at H6. */
const MAX_LEVEL = 6;

const childrenCache = new Map<string, string[]>();

/** Child patterns of a pattern, in schema order: `/actions/*` → `/actions/*\/title`, … (computed once each). */
function childrenOf(name: RecordName, pattern: string): string[] {
  const key = `${name}${pattern}`;
  let children = childrenCache.get(key);
  if (!children) {
    const depth = pattern.split('/').length;
    children = listFields(name)
      .map(([p]) => p)
      .filter((p) => p.startsWith(`${pattern}/`) && p.split('/').length === depth + 1 && !p.endsWith('/*'));
    childrenCache.set(key, children);
  }
  return children;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const patternOf = (path: string) => path.replace(/\/\d+(?=\/|$)/g, '/*');
const keyOf = (path: string) => path.split('/').pop()!;

interface Context {
  name: RecordName;
  locale: Locale;
}

function label(ctx: Context, path: string): string {
  return fieldInfo(ctx.name, patternOf(path))?.title?.[ctx.locale] ?? keyOf(path);
}

function scalar(ctx: Context, path: string, value: unknown): string {
  return formatValue(fieldInfo(ctx.name, patternOf(path)), value, ctx.locale);
}

/** Keys of an object in schema order, then any the schema does not list (nothing present is dropped). */
function keysOf(ctx: Context, path: string, value: Record<string, unknown>): string[] {
  const known = childrenOf(ctx.name, patternOf(path)).map(keyOf);
  return [...known.filter((k) => value[k] !== undefined), ...Object.keys(value).filter((k) => !known.includes(k) && value[k] !== undefined)];
}

/** A value inside a table cell, one line per scalar: nested objects prefix their labels. */
function cellLines(ctx: Context, path: string, value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) {
    // Items that are objects are set apart by an empty line, so each reads as one group.
    return value.flatMap((v, i) => [...(i > 0 && isObject(v) ? [''] : []), ...cellLines(ctx, `${path}/${i}`, v, prefix)]);
  }
  if (isObject(value)) {
    return keysOf(ctx, path, value).flatMap((k) => {
      const child = `${path}/${k}`;
      const sub = value[k];
      if (isObject(sub) || (Array.isArray(sub) && sub.some(isObject))) return cellLines(ctx, child, sub, `${prefix}${label(ctx, child)} — `);
      const text = Array.isArray(sub) ? sub.map((v, i) => scalar(ctx, `${child}/${i}`, v)).join(', ') : scalar(ctx, child, sub);
      return text ? [`${prefix}${label(ctx, child)} : ${text}`] : [];
    });
  }
  const text = scalar(ctx, path, value);
  return text ? [prefix ? `${prefix.replace(/ — $/, '')} : ${text}` : text] : [];
}

/** Columns of short values are as wide as their content; longer ones share the rest by their length. */
const SHORT_COLUMN = 16;

function widths(columns: string[], rows: string[][][]): number[] {
  return columns.map((c, i) => {
    let longest = 0;
    for (const row of rows) for (const line of row[i] ?? []) longest = Math.max(longest, line.length);
    if (longest <= SHORT_COLUMN && c.length <= SHORT_COLUMN) return 0;
    return Math.max(8, Math.min(40, longest));
  });
}

const SIGNATURE_PROMPT = { fr: 'Date et signature :', en: 'Date and signature:' } as const;

/** A `signature` object (signatory, signed, date): a box to sign, with what the record says. */
function isSignature(value: unknown): value is { signatory?: string; signed?: boolean; date?: string } {
  return isObject(value) && 'signatory' in value && Object.keys(value).every((k) => k === 'signatory' || k === 'signed' || k === 'date');
}

function addObject(ctx: Context, body: Block[], path: string, value: Record<string, unknown>, level: number, withHeading = true) {
  const keys = keysOf(ctx, path, value);
  if (keys.length > 0 && keys.every((k) => isSignature(value[k]))) {
    body.push({
      t: 'signatures',
      level,
      title: path && withHeading ? label(ctx, path) : '',
      items: keys.map((k) => {
        const s = value[k] as { signatory?: string; signed?: boolean; date?: string };
        const notes = (['signed', 'date'] as const).filter((f) => s[f] !== undefined).map((f) => `${label(ctx, `${path}/${k}/${f}`)} : ${scalar(ctx, `${path}/${k}/${f}`, s[f])}`);
        return { title: label(ctx, `${path}/${k}`), name: s.signatory ?? '', notes, prompt: SIGNATURE_PROMPT[ctx.locale] };
      }),
    });
    return;
  }
  if (path && withHeading) body.push({ t: 'h', level: Math.min(level, MAX_LEVEL), text: label(ctx, path) });
  let fields: Extract<Block, { t: 'fields' }> | undefined;
  for (const key of keys) {
    const child = `${path}/${key}`;
    const v = value[key];
    if (isObject(v)) {
      fields = undefined;
      addObject(ctx, body, child, v, level + 1);
    } else if (Array.isArray(v) && v.some(isObject)) {
      fields = undefined;
      addList(ctx, body, child, v, level + 1);
    } else {
      const text = Array.isArray(v) ? v.map((x, i) => scalar(ctx, `${child}/${i}`, x)).filter(Boolean) : scalar(ctx, child, v);
      if (text.length === 0) continue;
      if (!fields) body.push((fields = { t: 'fields', items: [] }));
      fields.items.push({ label: label(ctx, child), value: text });
    }
  }
}

function addList(ctx: Context, body: Block[], path: string, items: unknown[], level: number) {
  const objects = items.filter(isObject);
  const keys: string[] = [];
  for (const o of objects) for (const k of keysOf(ctx, `${path}/0`, o)) if (!keys.includes(k)) keys.push(k);
  if (keys.length > MAX_TABLE_COLUMNS) {
    body.push({ t: 'h', level: Math.min(level, MAX_LEVEL), text: label(ctx, path) });
    items.forEach((item, i) => {
      const itemPath = `${path}/${i}`;
      if (!isObject(item)) {
        body.push({ t: 'p', text: cellLines(ctx, itemPath, item).join(' ') });
        return;
      }
      body.push({ t: 'h', level: Math.min(level + 1, MAX_LEVEL), text: `${label(ctx, `${path}/*`)} ${i + 1}` });
      addObject(ctx, body, itemPath, item, level + 1, false);
    });
    return;
  }
  const columns = keys.map((k) => label(ctx, `${path}/0/${k}`));
  const rows = items.map((item, i) => (isObject(item) ? keys.map((k) => (item[k] === undefined ? [] : cellLines(ctx, `${path}/${i}/${k}`, item[k]))) : [cellLines(ctx, `${path}/${i}`, item)]));
  body.push({ t: 'table', level: Math.min(level, MAX_LEVEL), title: label(ctx, path), columns, widths: widths(columns, rows), rows });
}

/**
 * What a record's document prints: « general information » for top-level values, then one section
 * (H2) per top-level object or list, nested objects under their own headings, lists of objects as
 * tables with sized columns (or one block per item when too wide), lists of values as lists, and
 * signature boxes for signature objects. It prints everything it is given: the value must already be
 * the audience's projection.
 */
export function buildModel(name: RecordName, record: Record<string, unknown>, locale: Locale): PrintModel {
  const ctx: Context = { name, locale };
  const body: Block[] = [];
  const general: Record<string, unknown> = {};
  const groups: string[] = [];
  for (const key of keysOf(ctx, '', record)) {
    const v = record[key];
    if (isObject(v) || (Array.isArray(v) && v.some(isObject))) groups.push(key);
    else general[key] = v;
  }
  if (Object.keys(general).length) {
    body.push({ t: 'h', level: 2, text: locale === 'fr' ? 'Informations générales' : 'General information' });
    addObject(ctx, body, '', general, 2);
  }
  for (const key of groups) {
    const v = record[key];
    if (isObject(v)) addObject(ctx, body, `/${key}`, v, 2);
    else addList(ctx, body, `/${key}`, v as unknown[], 2);
  }
  const title = String((getSchema(name) as { title?: string }).title ?? name);
  return { title: locale === 'fr' ? title : (fieldInfo(name, '')?.title?.en ?? title), body };
}
