import { describe, expect, it } from 'vitest';
import { decide, getRuleset } from '../src/index.js';

// Case tables compare step ids; these check what a step tells the reader, where the text settles it.
const step = (facts: Record<string, unknown>, asOf: string, id: string) =>
  decide(getRuleset('visites'), { employmentSector: 'prive', ...facts }, { asOf }).steps.find((s) => s.id === id)?.step?.fr ?? '';

describe('visites: who may ask for the visit or the meeting', () => {
  it('before the 2022 reform, the occupational doctor could not initiate the pre-return visit (R4624-29, décret 2016-1908)', () => {
    const text = step({ stoppageInProgress: true, stoppageCause: 'maladie', stoppageDays: 100, stoppageStartDate: '2021-01-01' }, '2021-06-01', 'pre-reprise');
    expect(text).toContain('à l\'initiative du médecin traitant, du médecin-conseil des organismes de sécurité sociale ou du salarié');
    expect(text).not.toContain('ou du médecin du travail');
  });

  it('since L4624-2-4, the occupational doctor may initiate it once the return is anticipated', () => {
    const text = step({ stoppageInProgress: true, stoppageCause: 'maladie', stoppageDays: 45, stoppageStartDate: '2023-01-01' }, '2023-02-20', 'pre-reprise');
    expect(text).toContain('ou du médecin du travail, dès lors que le retour du salarié à son poste est anticipé');
  });

  it('the liaison meeting is held at the request of the employer or of the worker (L1226-1-3)', () => {
    const text = step({ stoppageInProgress: true, stoppageCause: 'maladie', stoppageDays: 45, stoppageStartDate: '2023-01-01' }, '2023-02-20', 'rendez-vous-de-liaison');
    expect(text).toContain("à l'initiative de l'employeur ou du salarié");
    expect(text).toContain('aucune conséquence ne peut être tirée de son refus');
  });
});
