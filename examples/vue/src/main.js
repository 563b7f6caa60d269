import { createApp, defineComponent, h, ref } from 'vue';
import '@tremplin/elements/define';
import { decideRecord } from '@tremplin/rules';

// Vue passes `onTremplinSubmit` as a listener for the `tremplin-submit` event of the element.
const App = defineComponent(() => {
  const decision = ref("Rien d'envoyé pour le moment.");
  const record = ref(null);
  const onTremplinSubmit = (event) => {
    const kind = event.target.record;
    decision.value = `${kind} : ${decideRecord(kind, event.detail.value).explanation.fr}`;
    record.value = event.detail.value;
  };
  const onTremplinInvalid = (event) => {
    decision.value = `${event.detail.issues.length} erreur(s) à corriger dans le formulaire.`;
  };
  return () => h('main', [
    h('h1', "Signalement et plan d'actions"),
    h('h2', 'Fiche de signalement'),
    h('tremplin-referral-form', { id: 'referral', 'draft-key': 'vue-referral', onTremplinSubmit, onTremplinInvalid }),
    h('h2', "Plan d'actions"),
    h('tremplin-action-plan', { id: 'plan', 'draft-key': 'vue-plan', onTremplinSubmit, onTremplinInvalid }),
    h('h2', 'Dernier envoi'),
    h('output', { id: 'decision', 'aria-live': 'polite' }, decision.value),
    h('pre', { id: 'record' }, record.value ? JSON.stringify(record.value, null, 2) : ''),
  ]);
});

createApp(App).mount('#app');
