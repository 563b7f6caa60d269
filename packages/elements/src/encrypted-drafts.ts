import type { DraftStore, SavedDraft } from './drafts.js';

/** A place to put strings: `localStorage`, IndexedDB ({@link indexedDbStorage}) or the host's own. */
export interface DraftStorage {
  getItem(name: string): string | null | Promise<string | null>;
  setItem(name: string, text: string): void | Promise<void>;
  removeItem(name: string): void | Promise<void>;
}

export interface EncryptedDraftStoreOptions {
  /** An AES-GCM `CryptoKey` the host provides (derived from its session, fetched from its server…); never stored by us. */
  key: CryptoKey;
  /** Whose drafts these are (user id, and tenant if any): another scope can neither read nor find them. */
  scope: string;
  /** Where the ciphertext goes: `localStorage` (default), `indexedDB`, or any {@link DraftStorage}. */
  storage?: 'localStorage' | 'indexedDB' | DraftStorage;
  /** Age after which a draft is dropped unread. Default 24 hours. */
  maxAgeMs?: number;
}

const DAY = 24 * 60 * 60 * 1000;
const encoder = new TextEncoder();

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Drafts encrypted with AES-GCM (Web Crypto) under the host's key, in `localStorage` or IndexedDB.
 * Storage names are hashes of scope and draft key (no record id or user id in clear); the scope,
 * draft key and save time are bound to the ciphertext as additional data, so an entry copied under
 * another user or record, or with its date moved, fails to decrypt and is removed.
 *
 * @example
 * const key = await crypto.subtle.importKey('raw', keyBytesFromMyServer, 'AES-GCM', false, ['encrypt', 'decrypt']);
 * form.draftStore = encryptedDraftStore({ key, scope: `user:${userId}`, storage: 'indexedDB', maxAgeMs: 8 * 3600_000 });
 */
export function encryptedDraftStore(options: EncryptedDraftStoreOptions): DraftStore {
  const maxAge = options.maxAgeMs ?? DAY;
  const storage = (): DraftStorage | undefined =>
    options.storage === 'indexedDB' ? indexedDbStorage() : options.storage === undefined || options.storage === 'localStorage' ? globalThis.localStorage : options.storage;
  const nameOf = async (key: string) => `tremplin-draft:${await sha256Hex(`${options.scope}\u0000${key}`)}`;
  const aad = (key: string, savedAt: string) => encoder.encode(`${options.scope}\u0000${key}\u0000${savedAt}`);

  return {
    async save(key, draft) {
      const savedAt = new Date().toISOString();
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(key, savedAt) }, options.key, encoder.encode(JSON.stringify(draft))));
      await storage()?.setItem(await nameOf(key), JSON.stringify({ v: 1, iv: toBase64(iv), data: toBase64(data), savedAt }));
    },
    async load(key) {
      const store = storage();
      const name = await nameOf(key);
      const text = await store?.getItem(name);
      if (!text || !store) return null;
      try {
        const entry = JSON.parse(text) as { iv: string; data: string; savedAt: string };
        // The loading page's limit rules: a host that shortens it drops older drafts at once.
        if (!(Date.now() - Date.parse(entry.savedAt) <= maxAge)) throw new Error('expired');
        const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(entry.iv), additionalData: aad(key, entry.savedAt) }, options.key, fromBase64(entry.data));
        const draft = JSON.parse(new TextDecoder().decode(plain)) as SavedDraft;
        return draft && typeof draft === 'object' && 'value' in draft ? draft : null;
      } catch {
        await store.removeItem(name); // expired, tampered with, or under another key: never shown
        return null;
      }
    },
    async remove(key) {
      await storage()?.removeItem(await nameOf(key));
    },
  };
}

let idb: DraftStorage | undefined;

/** A {@link DraftStorage} in IndexedDB (database `tremplin-drafts`), for drafts larger than `localStorage` takes. */
export function indexedDbStorage(database = 'tremplin-drafts'): DraftStorage {
  if (idb && database === 'tremplin-drafts') return idb;
  let opened: Promise<IDBDatabase> | undefined;
  const db = () => (opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(database, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('drafts');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  }));
  const run = <T>(mode: IDBTransactionMode, call: (s: IDBObjectStore) => IDBRequest<T>) => db().then((d) => new Promise<T>((resolve, reject) => {
    const request = call(d.transaction('drafts', mode).objectStore('drafts'));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  }));
  const storage: DraftStorage = {
    getItem: async (name) => (await run<unknown>('readonly', (s) => s.get(name)) as string | undefined) ?? null,
    setItem: async (name, text) => void (await run('readwrite', (s) => s.put(text, name))),
    removeItem: async (name) => void (await run('readwrite', (s) => s.delete(name))),
  };
  if (database === 'tremplin-drafts') idb = storage;
  return storage;
}
