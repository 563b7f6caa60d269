/**
 * Side-effect entry: `import '@tremplin/elements/define/tremplin-eligibility'` registers
 * `<tremplin-eligibility>` (the live eligibility panel, with the rules it runs) and nothing else: a
 * page with only this element carries only its code.
 */
import { TremplinEligibility } from '../components/eligibility.js';
import { defineOnce } from '../define-once.js';

defineOnce('tremplin-eligibility', TremplinEligibility);

export { TremplinEligibility };

// Typed by tag name (`document.createElement('…')`) on a page that imports only this entry.
declare global {
  interface HTMLElementTagNameMap {
    'tremplin-eligibility': TremplinEligibility;
  }
}
