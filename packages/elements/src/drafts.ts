/**
 * Where a form keeps what is being typed, so that nothing is lost on a reload or a failed submit.
 * Methods may be synchronous or return promises (IndexedDB, a server…).
 *
 * @example
 * form.draftStore = {
 *   load: (key) => fetch(`/drafts/${key}`).then((r) => (r.ok ? r.json() : null)),
 *   save: (key, draft) => fetch(`/drafts/${key}`, { method: 'PUT', body: JSON.stringify(draft) }),
 *   remove: (key) => fetch(`/drafts/${key}`, { method: 'DELETE' }),
 * };
 */
export interface DraftStore {
  load(key: string): SavedDraft | null | undefined | Promise<SavedDraft | null | undefined>;
  save(key: string, draft: SavedDraft): void | Promise<void>;
  remove(key: string): void | Promise<void>;
}

export interface SavedDraft {
  /** The record as typed, valid or not. */
  value: unknown;
  /** ISO date-time of the last change. */
  savedAt: string;
  /** Values of fields hidden by a show-condition (stoppage dates once "no stoppage" is ticked), by data path: they come back with the field. */
  hidden?: Record<string, unknown>;
}

const PREFIX = 'tremplin-draft:';

/** Drafts in `localStorage`, under `tremplin-draft:<key>`: the default store. */
export const localStorageDraftStore: DraftStore = {
  load(key) {
    const text = globalThis.localStorage?.getItem(PREFIX + key);
    if (!text) return null;
    const parsed = JSON.parse(text) as SavedDraft;
    return parsed && typeof parsed === 'object' && 'value' in parsed ? parsed : null;
  },
  save(key, draft) {
    globalThis.localStorage?.setItem(PREFIX + key, JSON.stringify(draft));
  },
  remove(key) {
    globalThis.localStorage?.removeItem(PREFIX + key);
  },
};

/** Drafts in memory, for tests and for hosts that must not write to the browser's storage. */
export function memoryDraftStore(): DraftStore & { readonly drafts: Map<string, SavedDraft> } {
  const drafts = new Map<string, SavedDraft>();
  return {
    drafts,
    load: (key) => drafts.get(key) ?? null,
    save: (key, draft) => void drafts.set(key, structuredClone(draft)),
    remove: (key) => void drafts.delete(key),
  };
}
