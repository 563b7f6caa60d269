import { fieldInfo, listFields, getSchema, type Locale, type RecordName } from '@tremplin/schemas';
import { isVisible, type Audience } from './audience.js';
import { formatValue } from './format.js';

/** What a document prints, already filtered for its audience: documents only lay it out. */
export interface PrintModel {
  title: string;
  sections: PrintSection[];
}

export interface PrintSection {
  title: string;
  rows: Array<{ label: string; value: string }>;
  tables: PrintTable[];
  /** Lists too wide for a table: one block of label / value rows per item. */
  cards: Array<{ title: string; rows: Array<{ label: string; value: string }> }>;
}

/** Above this many columns a list prints as one block per item: a row must fit a page. */
const MAX_TABLE_COLUMNS = 6;

export interface PrintTable {
  title: string;
  columns: string[];
  rows: string[][];
}

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

interface Context {
  name: RecordName;
  audience: Audience;
  locale: Locale;
  consents: ReadonlySet<string>;
}

function label(ctx: Context, path: string): string {
  return fieldInfo(ctx.name, path)?.title?.[ctx.locale] ?? path.split('/').pop()!;
}

/** A value on one line: scalars formatted, lists joined, small objects summarised. Hidden parts are left out. */
function inline(ctx: Context, path: string, value: unknown): string {
  if (Array.isArray(value)) {
    return value.map((v, i) => inline(ctx, `${path}/${i}`, v)).filter(Boolean).join(' ; ');
  }
  if (isObject(value)) {
    return childrenOf(ctx.name, path.replace(/\/\d+(?=\/|$)/g, '/*'))
      .map((child) => {
        const key = child.split('/').pop()!;
        const childPath = `${path}/${key}`;
        if (!(key in value) || !isVisible(ctx.audience, ctx.name, childPath, ctx.consents)) return '';
        const text = inline(ctx, childPath, value[key]);
        return text ? `${label(ctx, childPath)} : ${text}` : '';
      })
      .filter(Boolean)
      .join(', ');
  }
  return formatValue(fieldInfo(ctx.name, path), value, ctx.locale);
}

function addField(ctx: Context, section: PrintSection, path: string, value: unknown) {
  if (value === undefined || !isVisible(ctx.audience, ctx.name, path, ctx.consents)) return;
  if (Array.isArray(value) && value.length > 0 && value.every(isObject)) {
    const columns = childrenOf(ctx.name, `${path}/*`).filter((c) => isVisible(ctx.audience, ctx.name, c.replace('/*/', '/0/'), ctx.consents));
    if (columns.length > MAX_TABLE_COLUMNS) {
      value.forEach((item, i) => {
        const rows = columns
          .map((c) => {
            const key = c.split('/').pop()!;
            return { label: label(ctx, c), value: key in item ? inline(ctx, `${path}/${i}/${key}`, item[key]) : '' };
          })
          .filter((r) => r.value);
        section.cards.push({ title: `${label(ctx, `${path}/*`)} ${i + 1}`, rows });
      });
      return;
    }
    section.tables.push({
      title: label(ctx, path),
      columns: columns.map((c) => label(ctx, c)),
      rows: value.map((item, i) => columns.map((c) => {
        const key = c.split('/').pop()!;
        return key in item ? inline(ctx, `${path}/${i}/${key}`, item[key]) : '';
      })),
    });
    return;
  }
  if (isObject(value)) {
    for (const child of childrenOf(ctx.name, path)) addField(ctx, section, `${path}/${child.split('/').pop()}`, value[child.split('/').pop()!]);
    return;
  }
  const text = inline(ctx, path, value);
  if (text) section.rows.push({ label: label(ctx, path), value: text });
}

/** The scopes a record's own consent grants (a referral carries `consent.scope`), plus any given. */
export function consentsOf(record: unknown, extra: Iterable<string> = []): Set<string> {
  const scopes = new Set(extra);
  const scope = isObject(record) && isObject(record.consent) ? record.consent.scope : undefined;
  if (Array.isArray(scope)) for (const s of scope) if (typeof s === 'string') scopes.add(s);
  return scopes;
}

/**
 * Builds what a record's document prints for an audience: a first section of top-level values, then
 * one section per top-level object or list, tables for lists of objects. Every value goes through
 * isVisible(), so a field the audience may not read never reaches the layout.
 */
export function buildModel(name: RecordName, record: Record<string, unknown>, audience: Audience, locale: Locale, consents: ReadonlySet<string>): PrintModel {
  const ctx: Context = { name, audience, locale, consents };
  const general: PrintSection = { title: locale === 'fr' ? 'Informations générales' : 'General information', rows: [], tables: [], cards: [] };
  const sections: PrintSection[] = [general];
  for (const pattern of childrenOf(name, '')) {
    const key = pattern.slice(1);
    const value = record[key];
    if (value === undefined) continue;
    const isGroup = isObject(value) || (Array.isArray(value) && value.some(isObject));
    if (!isGroup) {
      addField(ctx, general, pattern, value);
      continue;
    }
    if (!isVisible(audience, name, pattern, consents)) continue;
    const section: PrintSection = { title: label(ctx, pattern), rows: [], tables: [], cards: [] };
    addField(ctx, section, pattern, value);
    // A list of objects is its own table: drop the duplicate section title.
    if (section.rows.length === 0 && section.tables.length === 1) section.tables[0]!.title = '';
    if (section.rows.length || section.tables.length || section.cards.length) sections.push(section);
  }
  const title = String((getSchema(name) as { title?: string }).title ?? name);
  return { title: locale === 'fr' ? title : (fieldInfo(name, '')?.title?.en ?? title), sections: sections.filter((s) => s.rows.length || s.tables.length || s.cards.length) };
}
