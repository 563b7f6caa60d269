import type { LocalisedTemplate } from './table.js';

export const minItemsMessages: LocalisedTemplate = {
  fr: (p) => `doit contenir au moins ${p.limit} élément${Number(p.limit) > 1 ? 's' : ''}`,
  en: (p) => `must contain at least ${p.limit} item${Number(p.limit) > 1 ? 's' : ''}`,
};
