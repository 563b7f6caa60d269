import type { LocalisedTemplate } from './table.js';

export const requiredMessages: LocalisedTemplate = { fr: () => 'ce champ est obligatoire', en: () => 'this field is required' };
