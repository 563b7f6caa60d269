import type { LocalisedTemplate } from './table.js';

export const notJsonMessages: LocalisedTemplate = { fr: (p) => `n'est pas une donnée JSON (${p.reason})`, en: (p) => `is not JSON data (${p.reason})` };
