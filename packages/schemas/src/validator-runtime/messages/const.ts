import type { LocalisedTemplate } from './table.js';

export const constMessages: LocalisedTemplate = { fr: (p) => `doit valoir ${p.expected}`, en: (p) => `must be ${p.expected}` };
