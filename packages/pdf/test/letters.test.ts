import { describe, expect, it } from 'vitest';
import { renderToBuffer } from '../src/index.js';
import { examples, pdfText } from './support.js';

const [convocation, attestation, etude, necessite] = examples('letter') as Array<Record<string, unknown>>;
const text = async (letter: unknown, locale: 'fr' | 'en' = 'fr') => pdfText(await renderToBuffer('letter', letter, { audience: 'worker', locale, printedOn: '2026-11-24' }));

describe('standard letters', () => {
  it('convocation to the cellule (copy to the employee), with the appointment', async () => {
    const t = await text(convocation);
    expect(t).toContain('Objet : Convocation par le service de santé au travail (copie adressée au salarié)');
    expect(t).toContain('Suite à la visite médicale du 26 février 2026, j’ai adressé votre salarié(e), Sophie Martin, vers notre cellule Maintien en Emploi.');
    expect(t).toContain('le 12 mars 2026 à 14:30');
    expect(t).toContain('Clermont-Ferrand, le 4 mars 2026');
  });

  it('convocation, employer copy: no date of the medical visit (during a leave it is a pré-reprise visit, which the employer need not be told of)', async () => {
    const t = pdfText(await renderToBuffer('letter', convocation, { audience: 'employer', printedOn: '2026-11-24' }));
    expect(t).toContain('Suite à une visite médicale, j’ai adressé votre salarié(e), Sophie Martin, vers notre cellule Maintien en Emploi.');
    expect(t).not.toContain('26 février 2026');
    expect(t).not.toContain('undefined');
    expect(t).toContain('Date de la visite médicale (révèle l’état de santé)');
  });

  it('attestation of presence', async () => {
    expect(await text(attestation)).toContain('j’atteste que vous avez été reçu(e) le 12 mars 2026, de 14:30 à 15:45.');
  });

  it('outil n°1: study of the situation by the commission', async () => {
    const t = await text(etude);
    expect(t).toContain('Vous occupez la fonction de aide-soignante au sein du service SSIAD.');
    expect(t).toContain('sera étudiée lors de la prochaine commission de reclassement');
    expect(t).toContain('Affaire suivie par : M. Roche');
  });

  it('outil n°3: the board is the conseil médical since the CGFP, the comité médical before', async () => {
    expect(await text(necessite)).toContain('envisage un reclassement, sous réserve de l’avis du conseil médical.');
    expect(await text({ ...necessite, date: '2021-06-01', commissionDate: '2021-05-20' })).toContain('sous réserve de l’avis du comité médical.');
    expect(await text({ ...necessite, pendingMedicalBoard: false })).not.toContain('sous réserve');
  });

  it('in English', async () => {
    expect(await text(attestation, 'en')).toContain('I certify that you were seen on 12 March 2026, from 14:30 to 15:45.');
  });

  it('refuses a convocation without its appointment', async () => {
    const { appointment: _drop, ...incomplete } = convocation!;
    await expect(renderToBuffer('letter', incomplete, { audience: 'worker' })).rejects.toMatchObject({ code: 'invalid-record' });
  });
});
