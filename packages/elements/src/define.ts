/**
 * Side-effect entry: `import '@tremplin/elements/define'` registers every Tremplin element (skipping
 * tags already defined); `@tremplin/elements/define/<tag>` registers one.
 */
import { defineOnce } from './define-once.js';
import { TAG_NAMES } from './registry.js';

// Not through defineTremplinElements: its name checks are for names a caller gives.
for (const [tag, element] of Object.entries(TAG_NAMES)) defineOnce(tag, element);

export * from './index.js';
