// PDFs render in a bounded pool of worker threads (piscina): at most `threads` at once, `queue`
// waiting, each within `budgetMs`. Beyond that a request is turned away at once (503 with
// retry-after) instead of making every request wait.
import { Piscina } from 'piscina';

export class PoolBusy extends Error {
  constructor(reason) {
    super(reason === 'timeout' ? 'The document took longer than its time budget' : 'Too many documents are being rendered');
    this.reason = reason;
  }
}

/** @param {{ threads?: number, queue?: number, budgetMs?: number }} options */
export function pdfPool({ threads = 1, queue = 8, budgetMs = 20_000 } = {}) {
  const pool = new Piscina({
    filename: new URL('./pdf-worker.js', import.meta.url).href,
    minThreads: 0,
    maxThreads: threads,
    maxQueue: queue,
    idleTimeout: 30_000,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return {
    async render(task) {
      if (this.full) throw new PoolBusy('full');
      try {
        // Aborting a running task ends its thread: a runaway document cannot keep a core.
        return await pool.run(task, { signal: AbortSignal.timeout(budgetMs) });
      } catch (error) {
        if (error?.message === 'Task queue is at limit') throw new PoolBusy('full');
        if (error?.name === 'AbortError' || error?.name === 'TimeoutError') throw new PoolBusy('timeout');
        throw error;
      }
    },
    close: () => pool.destroy(),
    /** No room in the queue: a render asked now would be turned away. */
    get full() {
      return pool.queueSize >= queue;
    },
    get queued() {
      return pool.queueSize;
    },
  };
}
