/**
 * A part of the form in a chunk of its own, loaded once, when a form first needs it: `current` is
 * there for synchronous code (templates) once `load()` has settled. A failed load is tried again by
 * the next caller (a network hiccup must not break every later form of the page).
 *
 * @example
 * const readonlyView = onDemand(() => import('./readonly.js'));
 * if (!readonlyView.current) await readonlyView.load();
 */
export interface OnDemand<T> {
  readonly current: T | undefined;
  load(): Promise<T>;
}

export function onDemand<T>(load: () => Promise<T>): OnDemand<T> {
  let current: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    get current() {
      return current;
    },
    load: () => (pending ??= load().then(
      (loaded) => (current = loaded),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    )),
  };
}
