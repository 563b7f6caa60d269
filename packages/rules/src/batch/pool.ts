import { Worker } from 'node:worker_threads';

/**
 * Runs chunks through a pool of worker threads and yields the replies in the order the chunks
 * were read. Chunks are read ahead into a queue (at most two per worker, in flight or waiting) so
 * workers never wait for this thread to read; memory stays flat however long the source is.
 * A worker crash ends the run with the crash's error.
 */
export async function* orderedPool<Chunk, Reply>(workerUrl: URL, workerData: unknown, count: number, chunks: AsyncIterable<Chunk>): AsyncGenerator<Reply> {
  const pool = Array.from({ length: count }, () => new Worker(workerUrl, { workerData }));
  const idle = [...pool];
  const queue: Array<{ seq: number; chunk: Chunk }> = [];
  const finished = new Map<number, Reply>();
  let wake: (() => void) | undefined;
  let failure: unknown;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const dispatch = (worker: Worker) => {
    const job = queue.shift();
    if (job) worker.postMessage(job);
    else idle.push(worker);
  };
  for (const worker of pool) {
    worker.on('message', ({ seq, reply }: { seq: number; reply: Reply }) => {
      finished.set(seq, reply);
      dispatch(worker); // at once, from the event itself: the worker must not wait for the read loop
      notify();
    });
    worker.on('error', (error) => {
      failure = error;
      notify();
    });
  }
  const source = chunks[Symbol.asyncIterator]();
  let sent = 0;
  let next = 0;
  let exhausted = false;
  try {
    while (true) {
      if (failure) throw failure;
      if (!exhausted && sent - next < count * 2) {
        const r = await source.next();
        if (r.done) exhausted = true;
        else {
          queue.push({ seq: sent++, chunk: r.value });
          while (idle.length && queue.length) dispatch(idle.pop()!);
        }
      }
      const ready = finished.get(next);
      if (ready !== undefined) {
        finished.delete(next++);
        yield ready;
        continue;
      }
      if (exhausted && next === sent) return;
      if (exhausted || sent - next >= count * 2) await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/** Groups an async source into arrays of at most `size` items. */
export async function* chunked<T>(source: AsyncIterable<T> | Iterable<T>, size: number): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const item of source as AsyncIterable<T>) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}
