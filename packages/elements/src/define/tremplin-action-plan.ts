/**
 * Side-effect entry: `import '@tremplin/elements/define/tremplin-action-plan'` registers `<tremplin-
 * action-plan>` (the action plan) and nothing else: a page with only this element carries only its
 * code.
 */
import { TremplinActionPlan } from '../components/action-plan.js';
import { defineOnce } from '../define-once.js';

defineOnce('tremplin-action-plan', TremplinActionPlan);

export { TremplinActionPlan };

// Typed by tag name (`document.createElement('…')`) on a page that imports only this entry.
declare global {
  interface HTMLElementTagNameMap {
    'tremplin-action-plan': TremplinActionPlan;
  }
}
