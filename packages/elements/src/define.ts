/**
 * Side-effect entry: `import '@tremplin/elements/define'` registers every Tremplin element.
 */
import { defineTremplinElements } from './registry.js';

defineTremplinElements();

export * from './index.js';
