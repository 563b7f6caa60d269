// The examples of packages/rules/README.md and docs/getting-started.md, run: documentation that cannot drift.
import { describe, expect, it } from 'vitest';
import { decide, getRuleset } from '../src/index.js';

const asOf = '2026-11-24';

describe('README examples', () => {
  it('chance', () => {
    expect(decide(getRuleset('chance'), { stoppageInProgress: true, insuredRisk: true, employerSigned: true, agentSigned: true,
      medicalIncapacity: 'totale', occupationalHealthAgreement: 'accorde', providerAgreement: 'accorde' }, { asOf }).outcome).toBe('eligible');
  });

  it('chance-plan', () => {
    expect(decide(getRuleset('chance-plan'), { context: 'chance', firstMeetingHeld: true, onSiteVisits: 4, supportMonths: 8 }, { asOf })
      .conditions.find((c) => c.status === 'failed')?.id).toBe('trois-deplacements-au-plus');
  });

  it('reclassement-conditions', () => {
    const d = decide(getRuleset('reclassement-conditions'), { unfitnessLasting: true, restrictionsUnworkable: true, adaptationNotViable: true,
      stayingEndangers: true, agentAccepts: false, employerCanHost: true, disciplinaryRecord: 'blâme' }, { asOf });
    expect(d.ignoredFacts).toEqual(['disciplinaryRecord']);
    expect(d.outcome).toBe('not-eligible');
    expect(d.conditions.filter((c) => c.status === 'failed').map((c) => c.id)).toEqual(['accord-agent']);
  });

  it('reclassement-path', () => {
    const [step] = decide(getRuleset('reclassement-path'), { agentStatus: 'titulaire', unfitness: 'definitive-fonctions', postAdaptable: false,
      inDetachment: false, pprStatus: 'a-proposer', boardOpinionDate: '2026-10-15', onSickLeaveAtOpinion: false, pprRequestedByAgent: false }, { asOf }).steps;
    expect(step?.id).toBe('periode-preparation-reclassement');
    expect(step?.deadline?.date).toBe('2027-10-15');
  });

  it('essai-encadre', () => {
    expect(decide(getRuleset('essai-encadre'), { insuranceRegime: 'general', stoppageWithDailyAllowances: true, jobLossRisk: true,
      treatingDoctorAgreement: true, medecinConseilAgreement: true, occupationalDoctorAgreement: true, cpamAgreement: true,
      requestedWorkingDays: 10, workingDaysAlreadyUsed: 20 }, { asOf }).outcome).toBe('not-eligible');
  });

  it('crpe', () => {
    expect(decide(getRuleset('crpe'), { declaredUnfit: true, stoppageWithDailyAllowances: true, plannedMonths: 18,
      workerSigned: true, employerSigned: true, cpamSigned: true, payAtLeastPrevious: true, trainingPlace: 'employeur' }, { asOf }).outcome).toBe('eligible');
  });

  it('visites', () => {
    expect(decide(getRuleset('visites'), { employmentSector: 'prive', stoppageInProgress: true, stoppageCause: 'maladie', stoppageDays: 45, stoppageStartDate: '2026-10-10' }, { asOf })
      .steps.map((s) => s.id)).toEqual(['pre-reprise', 'rendez-vous-de-liaison']);
  });

  it('getting started: chance with the provider pending', () => {
    const d = decide(getRuleset('chance'), { stoppageInProgress: true, insuredRisk: true, employerSigned: true, agentSigned: true,
      medicalIncapacity: 'partielle', occupationalHealthAgreement: 'accorde' }, { asOf });
    expect(d.outcome).toBe('incomplete');
    expect(d.missingFacts).toEqual(['providerAgreement']);
    expect(d.explanation.fr).toContain('Accord du prestataire');
  });
});
