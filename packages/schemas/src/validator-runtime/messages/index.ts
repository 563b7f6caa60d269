// The message templates one code at a time, each with its fr and en words, one file each: a validator
// compiled by `tremplin-schemas compile` imports only the codes its schema can raise (and the words of
// its formats), so a bundler leaves the others out, even when the page's other chunks (our records'
// validators) use the whole table: chunks are cut by file. MESSAGES (../../messages.ts) is composed from
// these, so each text is written once.
export * from './table.js';
export * from './format.js';
export * from './format-date.js';
export * from './format-date-time.js';
export * from './format-email.js';
export * from './format-siret.js';
export * from './additional-properties.js';
export * from './const.js';
export * from './contains.js';
export * from './enum.js';
export * from './exclusive-maximum.js';
export * from './exclusive-minimum.js';
export * from './max-items.js';
export * from './max-length.js';
export * from './maximum.js';
export * from './min-items.js';
export * from './min-length.js';
export * from './minimum.js';
export * from './not.js';
export * from './not-json.js';
export * from './pattern.js';
export * from './required.js';
export * from './too-large.js';
export * from './type.js';
export * from './unique-items.js';
export * from './unknown.js';
export * from './unreadable.js';
