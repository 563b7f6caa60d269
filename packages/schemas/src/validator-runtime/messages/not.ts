import type { LocalisedTemplate } from './table.js';

export const notMessages: LocalisedTemplate = { fr: () => "cette valeur n'est pas permise ici", en: () => 'this value is not allowed here' };
