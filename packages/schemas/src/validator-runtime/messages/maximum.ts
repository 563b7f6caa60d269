import type { LocalisedTemplate } from './table.js';

export const maximumMessages: LocalisedTemplate = { fr: (p) => `doit être inférieur ou égal à ${p.limit}`, en: (p) => `must be at most ${p.limit}` };
