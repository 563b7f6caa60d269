/**
 * Side-effect entry: `import '@tremplin/elements/define/tremplin-chance-request'` registers
 * `<tremplin-chance-request>` (the CHANCE request) and nothing else: a page with only this element
 * carries only its code.
 */
import { TremplinChanceRequest } from '../components/chance-request.js';
import { defineOnce } from '../define-once.js';

defineOnce('tremplin-chance-request', TremplinChanceRequest);

export { TremplinChanceRequest };

// Typed by tag name (`document.createElement('…')`) on a page that imports only this entry.
declare global {
  interface HTMLElementTagNameMap {
    'tremplin-chance-request': TremplinChanceRequest;
  }
}
