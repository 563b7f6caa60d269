import type { LocalisedTemplate } from './table.js';

export const unknownMessages: LocalisedTemplate = { fr: () => 'est invalide', en: () => 'is invalid' };
