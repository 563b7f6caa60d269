// Plain JavaScript: register the two elements this page shows (each by its own entry: the page carries
// their code only), listen for valid records, decide on them.
import '@tremplin/elements/define/tremplin-referral-form';
import '@tremplin/elements/define/tremplin-action-plan';
import { decideRecord } from '@tremplin/rules';

const decision = document.getElementById('decision');
const record = document.getElementById('record');

for (const id of ['referral', 'plan']) {
  const form = document.getElementById(id);
  form.addEventListener('tremplin-submit', (event) => {
    const value = event.detail.value;
    const result = decideRecord(form.record, value);
    decision.textContent = `${form.record} : ${result.explanation.fr}`;
    record.textContent = JSON.stringify(value, null, 2);
  });
  form.addEventListener('tremplin-invalid', (event) => {
    decision.textContent = `${event.detail.issues.length} erreur(s) à corriger dans le formulaire.`;
  });
}
