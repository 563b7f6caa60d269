// What a host page does with the form: hear the submitted record (valid, per the schema) or its issues.
const request = document.getElementById('request');
const status = document.getElementById('status');
const record = document.getElementById('record');

request.addEventListener('tremplin-submit', (event) => {
  status.textContent = 'Dossier valide envoyé.';
  record.textContent = JSON.stringify(event.detail.value, null, 2); // here: fetch('/api/requests', …)
});
request.addEventListener('tremplin-invalid', (event) => {
  status.textContent = `${event.detail.issues.length} erreur(s) à corriger.`;
  record.textContent = '';
});
