// What an audience may see of a record, and what was left out. Interim: built on isVisible of
// @tremplin/schemas until its projectFor lands; the shape is projectFor's, so only this file changes.
import { confidentialityOf, fieldInfo, isVisible, type Audience, type Localised, type RecordName } from '@tremplin/schemas';

export interface WithheldItem {
  path: string;
  reason: string;
  label?: Localised;
}
export interface ReleasedItem {
  path: string;
  by: 'consent' | 'release';
  consent?: { givenAt?: string; scope: string };
  release?: { by: string; at: string };
}
export interface PrintProjection {
  value: Record<string, unknown>;
  withheld: WithheldItem[];
  released: ReleasedItem[];
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const patternOf = (path: string) => path.replace(/\/\d+(?=\/|$)/g, '/*');

/** The scopes a record's own consent grants (a referral carries `consent.scope`), plus any given. */
function scopesOf(record: Record<string, unknown>, extra: Iterable<string>): Map<string, string | undefined> {
  const scopes = new Map<string, string | undefined>();
  for (const s of extra) scopes.set(s, undefined);
  const consent = isObject(record.consent) ? record.consent : undefined;
  if (consent && consent.given !== false && Array.isArray(consent.scope)) for (const s of consent.scope) if (typeof s === 'string') scopes.set(s, typeof consent.date === 'string' ? consent.date : undefined);
  return scopes;
}

export function project(name: RecordName, record: Record<string, unknown>, audience: Audience, consents: Iterable<string> = []): PrintProjection {
  const scopes = scopesOf(record, consents);
  const scopeSet = new Set(scopes.keys());
  const withheld: WithheldItem[] = [];
  const released: ReleasedItem[] = [];
  const walk = (path: string, value: unknown): unknown => {
    if (path && !isVisible(audience, name, path, scopeSet)) {
      const info = fieldInfo(name, patternOf(path));
      withheld.push({ path, reason: confidentialityOf(name, path), ...(info?.title ? { label: info.title } : {}) });
      return undefined;
    }
    if (path && confidentialityOf(name, path) === 'medical' && (audience === 'employer' || audience === 'commission')) {
      const scope = fieldInfo(name, patternOf(path))?.shareableWith;
      if (scope) released.push({ path, by: 'consent', consent: { scope, ...(scopes.get(scope) ? { givenAt: scopes.get(scope) } : {}) } });
      return value;
    }
    if (Array.isArray(value)) return value.map((v, i) => walk(`${path}/${i}`, v));
    if (isObject(value)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const kept = walk(`${path}/${k}`, v);
        if (kept !== undefined) out[k] = kept;
      }
      return out;
    }
    return value;
  };
  return { value: walk('', record) as Record<string, unknown>, withheld, released };
}
