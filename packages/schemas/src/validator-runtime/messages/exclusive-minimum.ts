import type { LocalisedTemplate } from './table.js';

export const exclusiveMinimumMessages: LocalisedTemplate = { fr: (p) => `doit être strictement supérieur à ${p.limit}`, en: (p) => `must be greater than ${p.limit}` };
