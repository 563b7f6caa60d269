// Tremplin's demo on built-in sample data: what a host application does with the SDK.
// Run from the repository root: npx -y pnpm@10.28.0 install && npx -y pnpm@10.28.0 demo:cli
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateReferral } from '@tremplin/schemas';
import { decide, decideRecord, formatDecision, getRuleset } from '@tremplin/rules';
import { decideBatch } from '@tremplin/rules/node';
import { AUDIENCES, renderToBuffer } from '@tremplin/pdf';

const AS_OF = '2026-11-24';
const data = (name) => JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8'));
const title = (text) => console.log(`\n\x1b[1m━━ ${text}\x1b[0m`);

title('1. Valider une fiche de signalement (messages en français, chemin JSON de chaque champ)');
const referral = data('referral.json');
console.log('Fiche d’exemple :', validateReferral(referral).valid ? 'valide' : 'invalide');
const broken = { ...referral, consent: { ...referral.consent, given: false }, employer: { ...referral.employer, siret: '73282932000075' } };
for (const issue of validateReferral(broken).issues) console.log(`  ${issue.path.padEnd(18)} ${issue.message}`);

title('2. Visites de santé au travail dues, à partir de la fiche (règle « visites »)');
console.log(formatDecision(decideRecord('referral', referral, { asOf: '2026-02-04' }), 'fr'));

title('3. Éligibilité au programme CHANCE, à partir de la demande (analyse du prestataire en attente)');
console.log(formatDecision(decideRecord('chance-request', data('chance-request.json'), { asOf: AS_OF }), 'fr'));

title('4. Conditions du reclassement : les facteurs interdits sont écartés, jamais pesés');
console.log(formatDecision(decide(getRuleset('reclassement-conditions'), {
  unfitnessLasting: true, restrictionsUnworkable: true, adaptationNotViable: true, stayingEndangers: true,
  agentAccepts: true, employerCanHost: true, disciplinaryRecord: 'blâme en 2019', electedOfficialPressure: true,
}, { asOf: AS_OF }), 'fr'));

title('5. Parcours statutaire : étape suivante et échéance (Mme Dupont, guide UNCCAS / FNCDG)');
console.log(formatDecision(decide(getRuleset('reclassement-path'), data('mme-dupont.facts.json'), { asOf: AS_OF }), 'fr'));

title('6. Essai encadré, in English: one fact missing');
console.log(formatDecision(decide(getRuleset('essai-encadre'), {
  insuranceRegime: 'general', stoppageWithDailyAllowances: true, jobLossRisk: true, treatingDoctorAgreement: true,
  medecinConseilAgreement: true, occupationalDoctorAgreement: true, requestedWorkingDays: 14, workingDaysAlreadyUsed: 7,
}, { asOf: AS_OF }), 'en'));

title('7. Lot de 50 000 agents (CHANCE), sur tous les cœurs, avec progression');
async function* agents(n) {
  for (let i = 0; i < n; i++) {
    yield { id: `agent-${i}`, facts: {
      stoppageInProgress: i % 9 !== 0, insuredRisk: i % 11 !== 0, employerSigned: true, agentSigned: i % 13 !== 0,
      medicalIncapacity: ['aucune', 'partielle', 'totale'][i % 3], occupationalHealthAgreement: i % 4 ? 'accorde' : 'refuse',
      ...(i % 5 ? { providerAgreement: 'accorde' } : {}),
    } };
  }
}
const counts = {};
for await (const r of decideBatch('chance', agents(50_000), {
  asOf: AS_OF,
  detail: 'compact',
  onProgress: (p) => process.stderr.write(`\r  ${p.processed.toLocaleString('fr-FR')} décisions, ${Math.round(p.perSecond).toLocaleString('fr-FR')}/s${p.done ? '\n' : ''}`),
})) {
  const key = r.ok ? r.decision.outcome : 'erreur';
  counts[key] = (counts[key] ?? 0) + 1;
}
console.log('  Résultats :', counts);
title('8. La fiche de signalement en PDF, un exemplaire par destinataire');
const out = join(tmpdir(), 'tremplin-demo');
mkdirSync(out, { recursive: true });
for (const audience of AUDIENCES) {
  const file = join(out, `fiche-${audience}.pdf`);
  writeFileSync(file, await renderToBuffer('referral', referral, { audience, printedOn: AS_OF }));
  console.log(`  ${file}`);
}
const report = join(out, 'decision-parcours.pdf');
writeFileSync(report, await renderToBuffer('decision-report', decide(getRuleset('reclassement-path'), data('mme-dupont.facts.json'), { asOf: AS_OF }), { audience: 'worker', printedOn: AS_OF }));
console.log(`  ${report}`);
console.log('  (exemplaire employeur : sans situation de santé ni statut RQTH ; restrictions présentes car le salarié a accepté leur partage)');

console.log('\nEn ligne de commande : npx tremplin decide chance examples/decide-cli/data/facts.json --format text');
console.log('                       npx tremplin-pdf referral examples/decide-cli/data/referral.json --audience employer -o fiche.pdf');
