import type { LocalisedTemplate } from './table.js';

export const maxItemsMessages: LocalisedTemplate = { fr: (p) => `ne doit pas contenir plus de ${p.limit} éléments`, en: (p) => `must not contain more than ${p.limit} items` };
