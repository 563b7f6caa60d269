import type { LocalisedTemplate } from './table.js';

export const tooLargeMessages: LocalisedTemplate = { fr: (p) => `dépasse la taille permise (${p.reason})`, en: (p) => `exceeds the allowed size (${p.reason})` };
