import type { LocalisedTemplate } from './table.js';

export const containsMessages: LocalisedTemplate = {
  fr: (p) => `doit contenir ${p.expected ?? 'un élément attendu'}`,
  en: (p) => `must contain ${p.expected ?? 'an expected item'}`,
};
