import type { LocalisedTemplate } from './table.js';

export const additionalPropertiesMessages: LocalisedTemplate = { fr: (p) => `champ inconnu « ${p.property} »`, en: (p) => `unknown field "${p.property}"` };
