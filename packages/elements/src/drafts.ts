/**
 * Where a form keeps what is being typed, so that nothing is lost on a failed submit or a reload.
 * Drafts hold medical data: by default they live in the page's memory only (lost on reload, never
 * written to disk). A host that wants them to survive a reload opts in with
 * {@link encryptedDraftStore}. Methods may be synchronous or return promises.
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
  /** The wizard step the person was on (0-based). */
  step?: number;
}

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

/** The default store: one memory store for the page, so a form re-mounted by a framework finds its draft. */
export const pageDraftStore = memoryDraftStore();
