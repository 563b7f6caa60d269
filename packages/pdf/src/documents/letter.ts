import { fieldInfo, type Letter, type Locale } from '@tremplin/schemas';
import { formatDate } from '../format.js';

type Paragraphs = (l: Letter, locale: Locale) => string[];

const name = (l: Letter) => `${l.worker.firstName} ${l.worker.lastName}`;
// The comité médical became the conseil médical with the CGFP (1 March 2022).
const board = (l: Letter, locale: Locale) => (locale === 'en' ? 'medical board' : l.date >= '2022-03-01' ? 'conseil médical' : 'comité médical');

/** The bodies of the seeds' letters: guide UNCCAS / FNCDG tools n°1 and n°3, AIST letters (2020 seminar). */
const BODIES: Record<Letter['kind'], Paragraphs> = {
  'etude-commission': (l, locale) => {
    const job = l.job!;
    const when = l.commissionDate ? ` ${locale === 'fr' ? 'du' : 'of'} ${formatDate(l.commissionDate, locale)}` : '';
    return locale === 'fr'
      ? [
          `Vous occupez la fonction de ${job.function}${job.service ? ` au sein du service ${job.service}` : ''}.`,
          `Suite au dernier avis médical du médecin de prévention, je vous informe que votre situation sera étudiée lors de la prochaine commission de reclassement${when} : celle-ci sera en effet chargée, selon notre procédure interne, d’émettre une préconisation sur les suites à donner à votre parcours professionnel.`,
          'Je ne manquerai pas de vous en tenir informé(e) et reste à votre disposition pour toute précision utile.',
        ]
      : [
          `You hold the position of ${job.function}${job.service ? ` in the ${job.service} department` : ''}.`,
          `Following the occupational doctor's latest opinion, your situation will be studied at the next redeployment committee${when}: under our internal procedure, the committee will recommend what should follow in your career.`,
          'I will keep you informed and remain at your disposal for any further information.',
        ];
  },
  'necessite-reclassement': (l, locale) =>
    locale === 'fr'
      ? [
          `Votre dossier a été présenté à la commission du ${formatDate(l.commissionDate!, locale)}, qui, au vu de votre état de santé, envisage un reclassement${l.pendingMedicalBoard ? `, sous réserve de l’avis du ${board(l, locale)}` : ''}.`,
          'Il vous appartient de nous adresser désormais votre courrier de demande de reclassement.',
          'Dans le cadre de la procédure de reclassement définie par la collectivité, un projet professionnel sera donc prochainement défini avec vous.',
          'Néanmoins, comme précisé lors de notre entretien, j’attire votre attention sur le fait que votre projet ne pourra aboutir qu’au regard des possibilités d’affectation au sein de la collectivité.',
          'Si votre projet vous orientait vers d’autres domaines de compétences que ceux propres à la collectivité, ou dans l’impossibilité de vous affecter sur un nouveau métier, vous avez toujours la possibilité de postuler sur des postes en dehors de la collectivité.',
        ]
      : [
          `Your file was presented to the committee on ${formatDate(l.commissionDate!, locale)}, which, given your health, considers redeployment${l.pendingMedicalBoard ? `, subject to the ${board(l, locale)}'s opinion` : ''}.`,
          'It is now for you to send us your written application for redeployment.',
          'Under the redeployment procedure set by the employer, a career plan will therefore be defined with you shortly.',
          'However, as said during our interview, your plan can only succeed within the posts the employer can offer.',
          'Should your plan lead to other fields than the employer’s own, or should no new post be possible, you may always apply for posts outside the organisation.',
        ],
  'convocation-cellule': (l, locale) => {
    const a = l.appointment!;
    // The visit's date is medical (a pré-reprise visit, during a leave): absent from copies it is withheld from.
    const visit = l.visitDate ? (locale === 'fr' ? `la visite médicale du ${formatDate(l.visitDate, locale)}` : `the medical visit of ${formatDate(l.visitDate, locale)}`) : (locale === 'fr' ? 'une visite médicale' : 'a medical visit');
    return locale === 'fr'
      ? [
          `Suite à ${visit}, j’ai adressé votre salarié(e), ${name(l)}, vers notre cellule Maintien en Emploi.`,
          `${name(l)} y sera reçu(e) le ${formatDate(a.date, locale)} à ${a.time}, ${a.place}.`,
          'À cet effet, je vous prie de bien vouloir lui permettre de se rendre à ce rendez-vous.',
          'Je vous prie d’agréer, Madame, Monsieur, mes respectueuses salutations.',
        ]
      : [
          `Following ${visit}, I referred your employee, ${name(l)}, to our job-retention unit.`,
          `${name(l)} will be seen on ${formatDate(a.date, locale)} at ${a.time}, ${a.place}.`,
          'I would therefore ask you to allow them to attend this appointment.',
          'Yours faithfully,',
        ];
  },
  'attestation-presence': (l, locale) => {
    const a = l.attendance!;
    return locale === 'fr'
      ? [
          `Pour faire suite à la demande de rendez-vous qui vous a été préconisée par le médecin du travail, ${l.doctor}, j’atteste que vous avez été reçu(e) le ${formatDate(a.date, locale)}, de ${a.from} à ${a.to}.`,
          'Document remis pour faire valoir ce que de droit.',
        ]
      : [
          `Following the appointment recommended by the occupational doctor, ${l.doctor}, I certify that you were seen on ${formatDate(a.date, locale)}, from ${a.from} to ${a.to}.`,
          'Issued for whatever purpose it may serve.',
        ];
  },
};

const SUBJECTS: Partial<Record<Letter['kind'], Record<Locale, string>>> = {
  'convocation-cellule': { fr: 'Convocation par le service de santé au travail (copie adressée au salarié)', en: 'Invitation by the occupational health service (copy to the employee)' },
};

/** The guide's internal tool numbers (« (outil n°3) ») mean nothing to the agent who reads the letter. */
const TOOL_NUMBER = /\s*\((?:outil|tool)\s+n°\s*\d+\)/giu;

export interface LetterData {
  caseOfficer?: string;
  recipient: string[];
  placeDate: string;
  subject: string;
  /** Who and what the letter concerns, when the body does not already name them: nothing held is left unprinted. */
  references: string[];
  paragraphs: string[];
  signatory: { name: string; role?: string; prompt: string };
}

/** What letter.typ prints: sender in the header, recipient, place and date, subject, body, signatory. */
export function letterData(letter: Letter, locale: Locale): { title: string; subtitle: string; data: LetterData } {
  const fr = locale === 'fr';
  const kind = fieldInfo('letter', '/kind')?.options?.find((o) => o.value === letter.kind)?.[locale] ?? letter.kind;
  const subject = (SUBJECTS[letter.kind]?.[locale] ?? kind).replace(TOOL_NUMBER, '');
  const s = letter.sender;
  const paragraphs = BODIES[letter.kind](letter, locale).map((p) => p.replace(TOOL_NUMBER, ''));
  const printed = [...paragraphs, letter.recipient.name, letter.signatory.name];
  const mentioned = (text: string) => printed.some((p) => p.includes(text));
  const references = [
    ...(mentioned(name(letter)) ? [] : [`${fr ? 'Concerne' : 'Regarding'} : ${name(letter)}`]),
    ...(letter.doctor && !mentioned(letter.doctor) ? [`${fr ? 'Médecin du travail' : 'Occupational doctor'} : ${letter.doctor}`] : []),
  ];
  return {
    title: s.organisation,
    subtitle: [s.service, s.address, s.phone ? `${fr ? 'Tél.' : 'Tel.'} ${s.phone}` : undefined].filter(Boolean).join(' · '),
    data: {
      ...(s.caseOfficer ? { caseOfficer: `${fr ? 'Affaire suivie par' : 'Case officer'} : ${s.caseOfficer}` } : {}),
      recipient: [letter.recipient.name, ...(letter.recipient.address ? [letter.recipient.address] : [])],
      placeDate: `${letter.place}, ${fr ? 'le ' : ''}${formatDate(letter.date, locale)}`,
      subject: `${fr ? 'Objet' : 'Subject'} : ${subject}`,
      references,
      paragraphs: [fr ? 'Madame, Monsieur,' : 'Dear Sir or Madam,', ...paragraphs],
      signatory: { name: letter.signatory.name, ...(letter.signatory.role ? { role: letter.signatory.role } : {}), prompt: fr ? 'Signature :' : 'Signature:' },
    },
  };
}
