import type { Locale, Localised } from '@tremplin/schemas/base';
import { TremplinElementsError } from './elements-error.js';
import type { Strings } from './i18n.js';
import type { PanelStrings } from './panel-strings.js';
import type { TreeNode } from './model/schema-tree.js';

/** A field's words in a host's language: its title, or title, description and option labels (by value). */
export type HostLabel = string | { title?: string; description?: string; options?: Record<string, string> };

/**
 * A language a host adds: its words over those of a shipped language (`base`), which fills the rest.
 * @example
 * registerLocale('es', {
 *   base: 'en',
 *   strings: { submit: 'Enviar', required: 'obligatorio' },
 *   labels: { consent: { '/person/lastName': 'Apellido' }, '*': { '/name': 'Nombre' } },   // '*': host schemas
 *   messages: { required: () => 'este campo es obligatorio' },
 * });
 * // <tremplin-form record="consent" locale="es">
 */
export interface HostLocale {
  base: Locale;
  strings?: Partial<Strings & PanelStrings>;
  /** By record name (`'*'` for a host schema), then data path pattern. */
  labels?: Record<string, Record<string, HostLabel>>;
  /** Validation messages by issue code, with the params (as `MESSAGES` of @tremplin/schemas). */
  messages?: Partial<Record<string, (params: Record<string, unknown>) => string>>;
}

const TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const hostLocales = new Map<string, HostLocale>();

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Adds a language for every Tremplin element of the page (`locale="es"`). Checked here, once: a
 * message that is not a function would break every form drawn in that language; a word of the wrong
 * kind (text where ours is a function, `summary: (n) => …`) is not used. Throws a
 * `TremplinElementsError` (`bad-locale`).
 */
export function registerLocale(code: string, locale: HostLocale): void {
  const bad = (why: string) => new TremplinElementsError('bad-locale', `registerLocale: ${why}`);
  if (typeof code !== 'string' || !TAG.test(code) || code === 'fr' || code === 'en') throw bad('a BCP 47 language tag other than fr and en');
  if (locale?.base !== 'fr' && locale?.base !== 'en') throw bad('base must be "fr" or "en"');
  const { strings = {}, messages = {}, labels = {} } = locale;
  if (!isObject(strings) || !isObject(messages) || !isObject(labels)) throw bad('strings, messages and labels must be objects');
  // Words are texts, functions or tables of them (which, the shipped tables say: a word of the wrong kind is not used).
  for (const [key, word] of Object.entries(strings)) if (typeof word !== 'string' && typeof word !== 'function' && !isObject(word)) throw bad(`strings.${key.slice(0, 40)}: a text, a function or a table`);
  for (const [key, say] of Object.entries(messages)) if (typeof say !== 'function') throw bad(`messages.${key.slice(0, 40)} must be a function`);
  hostLocales.set(code, locale);
}

export function hostLocale(code: unknown): HostLocale | undefined {
  return typeof code === 'string' ? hostLocales.get(code) : undefined;
}

/** The `lang` of what a `locale` attribute draws: a host language's own code, else the shipped language it reads in. */
export function langOf(code: unknown, shipped: Locale): string {
  return hostLocale(code) ? (code as string) : shipped;
}

/** The tree with a host language's labels written where its base language's are read. */
export function localiseTree<T extends TreeNode>(node: T, labels: Record<string, HostLabel> | undefined, base: Locale): T {
  if (!labels) return node;
  const put = (text: Localised, word: string | undefined): Localised => (word === undefined ? text : { ...text, [base]: word });
  const own = labels[node.pattern];
  const spec = typeof own === 'string' ? { title: own } : own ?? {};
  const out = { ...node, title: put(node.title, spec.title) } as T;
  if (spec.description !== undefined) out.description = put(node.description ?? { fr: '', en: '' }, spec.description);
  if (out.kind === 'field' && out.options && spec.options) {
    out.options = out.options.map((o) => ({ ...o, label: put(o.label, spec.options![String(o.value)]) }));
  }
  if (out.kind === 'group') out.children = out.children.map((c) => localiseTree(c, labels, base));
  if (out.kind === 'list') out.item = localiseTree(out.item, labels, base);
  return out;
}
