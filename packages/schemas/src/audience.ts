import { confidentialityOf, fieldInfo, type RecordName } from './catalogue.js';
import type { Confidentiality, Localised } from './catalogue-types.js';

/**
 * Who a record is shown to: a form (@tremplin/elements) or a document (@tremplin/pdf) shows each
 * audience only the fields it may read.
 */
export const AUDIENCES = ['worker', 'employer', 'occupational-health', 'commission'] as const;
export type Audience = (typeof AUDIENCES)[number];

export function isAudience(value: unknown): value is Audience {
  return typeof value === 'string' && (AUDIENCES as readonly string[]).includes(value);
}

/**
 * Classes each audience may read. Medical secrecy: the médecin du travail's observations reach the
 * employer (and the commission, the employer's own body) only through what the worker agreed to share.
 */
const READS: Record<Audience, readonly Confidentiality[]> = {
  worker: ['medical', 'personal', 'professional'],
  'occupational-health': ['medical', 'personal', 'professional'],
  commission: ['personal', 'professional'],
  employer: ['personal', 'professional'],
};

export const AUDIENCE_LABELS: Record<Audience, Localised> = {
  worker: { fr: 'Exemplaire du salarié / de l’agent', en: 'Worker’s copy' },
  employer: { fr: 'Exemplaire de l’employeur — sans données médicales', en: 'Employer’s copy — no medical data' },
  'occupational-health': { fr: 'Exemplaire du service de santé au travail — confidentiel', en: 'Occupational health copy — confidential' },
  commission: { fr: 'Exemplaire de la commission — sans données médicales', en: 'Committee copy — no medical data' },
};

/**
 * Whether a field of a record may be shown to an audience. `consents` holds the scopes the worker
 * agreed to (e.g. `partage-restrictions-employeur`): a medical field marked `x-shareable-with` that
 * scope opens to the employer and the commission; no other medical field ever does.
 * @example isVisible('employer', 'referral', '/stoppage/risk', new Set()) // false
 */
export function isVisible(audience: Audience, name: RecordName, path: string, consents: ReadonlySet<string> = new Set()): boolean {
  const confidentiality = confidentialityOf(name, path);
  if (READS[audience].includes(confidentiality)) return true;
  const gate = fieldInfo(name, path)?.shareableWith;
  return confidentiality === 'medical' && gate !== undefined && consents.has(gate);
}
