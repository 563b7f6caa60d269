import type { Localised } from './catalogue-types.js';
import type { Audience } from './audience-names.js';

export { AUDIENCES, isAudience, type Audience } from './audience-names.js';

/**
 * How a copy names its audience. No copy claims « sans données médicales »: what it leaves out is
 * listed from the projection's `withheld`, what it shows by leave from its `released`.
 */
export const AUDIENCE_LABELS: Record<Audience, Localised> = {
  worker: { fr: 'Exemplaire du salarié / de l’agent', en: 'Worker’s copy' },
  employer: { fr: 'Exemplaire de l’employeur — secret médical appliqué', en: 'Employer’s copy — medical secrecy applied' },
  'occupational-health': { fr: 'Exemplaire du service de santé au travail — confidentiel', en: 'Occupational health copy — confidential' },
  commission: { fr: 'Exemplaire de la commission — secret médical appliqué', en: 'Committee copy — medical secrecy applied' },
};
