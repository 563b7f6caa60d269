/**
 * Side-effect entry: `import '@tremplin/elements/define/tremplin-indicators'` registers `<tremplin-
 * indicators>` (the indicators panel) and nothing else: a page with only this element carries only its
 * code.
 */
import { TremplinIndicators } from '../components/indicators.js';
import { defineOnce } from '../define-once.js';

defineOnce('tremplin-indicators', TremplinIndicators);

export { TremplinIndicators };

// Typed by tag name (`document.createElement('…')`) on a page that imports only this entry.
declare global {
  interface HTMLElementTagNameMap {
    'tremplin-indicators': TremplinIndicators;
  }
}
