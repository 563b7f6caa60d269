/**
 * Side-effect entry: `import '@tremplin/elements/define/tremplin-referral-form'` registers `<tremplin-
 * referral-form>` (the fiche de signalement) and nothing else: a page with only this element carries
 * only its code.
 */
import { TremplinReferralForm } from '../components/referral-form.js';
import { defineOnce } from '../define-once.js';

defineOnce('tremplin-referral-form', TremplinReferralForm);

export { TremplinReferralForm };

// Typed by tag name (`document.createElement('…')`) on a page that imports only this entry.
declare global {
  interface HTMLElementTagNameMap {
    'tremplin-referral-form': TremplinReferralForm;
  }
}
