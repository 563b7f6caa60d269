import type { Locale } from '../../locale.js';
import type { LocalisedTemplate } from './table.js';

const TYPE_NAMES: Record<Locale, Record<string, string>> = {
  fr: { string: 'un texte', number: 'un nombre', integer: 'un nombre entier', boolean: 'oui ou non', object: 'un objet', array: 'une liste', null: 'vide' },
  en: { string: 'text', number: 'a number', integer: 'a whole number', boolean: 'yes or no', object: 'an object', array: 'a list', null: 'empty' },
};

const typeName = (locale: Locale, t: unknown) =>
  String(t).split(',').map((x) => TYPE_NAMES[locale][x] ?? x).join(locale === 'fr' ? ' ou ' : ' or ');

export const typeMessages: LocalisedTemplate = { fr: (p) => `doit être ${typeName('fr', p.type)}`, en: (p) => `must be ${typeName('en', p.type)}` };
