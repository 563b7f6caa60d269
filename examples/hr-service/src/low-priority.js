// Imported first by the PDF worker, so that every thread the renderer starts inherits it: the
// lowest CPU priority (nice 19) for this thread. When the cores are busy, a decision on the main
// thread runs before a render, which waits. Linux only: there a nice value is per thread and the
// main thread keeps its own; elsewhere it would lower the whole process.
// (piscina's niceIncrement does the same through a native module.)
import { setPriority } from 'node:os';

if (process.platform === 'linux') {
  try {
    setPriority(19);
  } catch {
    // refused (a sandbox): renders keep the default priority
  }
}
