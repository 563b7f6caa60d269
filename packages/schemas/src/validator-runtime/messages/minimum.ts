import type { LocalisedTemplate } from './table.js';

export const minimumMessages: LocalisedTemplate = { fr: (p) => `doit être supérieur ou égal à ${p.limit}`, en: (p) => `must be at least ${p.limit}` };
