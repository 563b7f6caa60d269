import type { LocalisedTemplate } from './table.js';

export const maxLengthMessages: LocalisedTemplate = { fr: (p) => `ne doit pas dépasser ${p.limit} caractères`, en: (p) => `must not exceed ${p.limit} characters` };
