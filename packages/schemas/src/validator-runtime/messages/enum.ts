import type { LocalisedTemplate } from './table.js';

export const enumMessages: LocalisedTemplate = {
  fr: (p) => `doit être l'une des valeurs proposées${p.choices ? ` : ${p.choices}` : ''}`,
  en: (p) => `must be one of the proposed values${p.choices ? `: ${p.choices}` : ''}`,
};
