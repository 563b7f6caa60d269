import { useCallback, useState } from 'react';
import { decideRecord } from '@tremplin/rules';
import { TremplinForm } from './TremplinForm.jsx';

export function App() {
  const [decision, setDecision] = useState("Rien d'envoyé pour le moment.");
  const [record, setRecord] = useState(null);

  const onSubmit = useCallback((value, element) => {
    setDecision(`${element.record} : ${decideRecord(element.record, value).explanation.fr}`);
    setRecord(value);
  }, []);
  const onInvalid = useCallback((issues) => setDecision(`${issues.length} erreur(s) à corriger dans le formulaire.`), []);

  return (
    <main>
      <h1>Signalement et plan d'actions</h1>
      <h2>Fiche de signalement</h2>
      <TremplinForm tag="tremplin-referral-form" id="referral" draft-key="react-referral" onSubmit={onSubmit} onInvalid={onInvalid} />
      <h2>Plan d'actions</h2>
      <TremplinForm tag="tremplin-action-plan" id="plan" draft-key="react-plan" onSubmit={onSubmit} onInvalid={onInvalid} />
      <h2>Dernier envoi</h2>
      <output id="decision" aria-live="polite">{decision}</output>
      <pre id="record">{record ? JSON.stringify(record, null, 2) : ''}</pre>
    </main>
  );
}
