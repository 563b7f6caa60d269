import type { LocalisedTemplate } from './table.js';

export const exclusiveMaximumMessages: LocalisedTemplate = { fr: (p) => `doit être strictement inférieur à ${p.limit}`, en: (p) => `must be less than ${p.limit}` };
