export interface BatchProgress {
  processed: number;
  ok: number;
  failed: number;
  elapsedMs: number;
  perSecond: number;
  done: boolean;
}

/** Counts results and reports at most every `progressEveryMs`, plus once at the end. */
export function progressReporter(options: { onProgress?: (p: BatchProgress) => void; progressEveryMs?: number }) {
  const started = performance.now();
  const every = options.progressEveryMs ?? 250;
  let last = started;
  const state = { processed: 0, ok: 0, failed: 0 };
  const snapshot = (now: number, done: boolean): BatchProgress => {
    const elapsedMs = now - started;
    return { ...state, elapsedMs, perSecond: elapsedMs > 0 ? (state.processed * 1000) / elapsedMs : 0, done };
  };
  const countMany = (ok: number, failed: number) => {
    state.processed += ok + failed;
    state.ok += ok;
    state.failed += failed;
    if (!options.onProgress) return;
    const now = performance.now();
    if (now - last >= every) {
      last = now;
      options.onProgress(snapshot(now, false));
    }
  };
  return {
    count: (ok: boolean) => countMany(ok ? 1 : 0, ok ? 0 : 1),
    countMany,
    /** Reports the end and returns the totals. */
    finish: () => {
      const last = snapshot(performance.now(), true);
      options.onProgress?.(last);
      return last;
    },
  };
}
