/**
 * Side-effect entry: `import '@tremplin/elements/define/tremplin-form'` registers `<tremplin-form>`
 * (the generic form: a host's schema, or a record by `record`) and nothing else: a page with only this
 * element carries only its code.
 */
import { TremplinForm } from '../form/tremplin-form.js';
import { defineOnce } from '../define-once.js';

defineOnce('tremplin-form', TremplinForm);

export { TremplinForm };

// Typed by tag name (`document.createElement('…')`) on a page that imports only this entry.
declare global {
  interface HTMLElementTagNameMap {
    'tremplin-form': TremplinForm;
  }
}
