import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decide, getRuleset } from '@tremplin/rules';
import { renderToBuffer, prepareDocument, TremplinPdfError } from '../src/index.js';
import { examples, pdfText } from './support.js';

const referral = examples('referral')[0]!;
const worker = referral.worker as Record<string, unknown>;
const withName = (lastName: string, extra: Record<string, unknown> = {}) => ({ ...referral, worker: { ...worker, lastName }, ...extra });
const raw = (pdf: Buffer) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
const render = (record: unknown, locale: 'fr' | 'en' = 'fr') => renderToBuffer('referral', record, { audience: 'worker', printedOn: '2026-11-24', locale });

describe('record text never becomes markup', () => {
  const HOSTILE = [']#panic("boom")[', '#{ 1 + 1 }', '$x^2$ <lbl> @lbl', '*gras* _ital_ `raw`', '// pas un commentaire', '= Pas un titre', '#set page(width: 1pt)', '\\u{41} \\ "guillemets"', '#import "/etc/passwd"'];

  it.each(HOSTILE)('prints %s as written', async (hostile) => {
    const pdf = await render(withName(hostile, { healthSituation: `Avant ${hostile} après` }));
    const text = pdfText(pdf);
    expect(text).toContain(hostile);
    expect(text).toContain(`Avant ${hostile} après`);
  });

  it('the record reaches the template as JSON string values, never spliced into markup', () => {
    const prepared = prepareDocument('referral', withName('= Titre'), { audience: 'worker' });
    expect(prepared.template).toBe('referral.typ');
    expect(JSON.stringify(prepared.data)).toContain('"= Titre"');
  });
});

describe('French typography (one show rule)', () => {
  // poppler writes every gap as a plain space: the narrow no-break space shows in the gap's width.
  async function gaps(locale: 'fr' | 'en') {
    const pdf = await render(withName('Martin', { healthSituation: 'Question ? Oui ! Voir : note ; « suivi » fin' }), locale);
    const boxes = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
    const words = [...boxes.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ x0: Number(m[1]), x1: Number(m[2]), text: m[3]! }));
    const from = words.findIndex((w) => w.text === 'Question');
    const run = words.slice(from, from + 11);
    return Object.fromEntries(run.slice(1).map((w, i) => [`${run[i]!.text}_${w.text}`, w.x0 - run[i]!.x1]));
  }

  it('narrow no-break spaces before ? ! : ; and inside guillemets, in French only', async () => {
    const fr = await gaps('fr');
    const en = await gaps('en');
    for (const pair of ['Question_?', 'Oui_!', 'Voir_:', 'note_;', '«_suivi', 'suivi_»']) {
      expect(fr[pair], pair).toBeLessThan(en[pair]! * 0.75);
    }
    expect(fr['?_Oui']).toBeCloseTo(en['?_Oui']!, 1); // an ordinary space stays ordinary
  });

  it('« n° 3 » and « 1er »', async () => {
    const text = raw(await render(withName('Martin', { healthSituation: 'dossier n°3, depuis le 1 septembre' })));
    expect(text).toMatch(/dossier n° 3, depuis le 1er septembre/);
    expect(text).toContain('1er septembre 2012'); // a date on the first of a month
  });

  it('English keeps English spacing', async () => {
    const text = raw(await render(withName('Martin', { healthSituation: 'Note: fine; really?' }), 'en'));
    expect(text).toContain('Note: fine; really?');
  });
});

describe('scripts and fonts', () => {
  it.each([['Greek', 'Παπαδόπουλος'], ['Cyrillic', 'Иванова'], ['Chinese', '王小明'], ['Japanese kana', 'やまだ タロウ'], ['Latin extended', 'Œdipe Ægir Łukasz Šťastný']])('%s prints with an embedded font', async (_, name) => {
    const pdf = await render(withName(name));
    expect(pdfText(pdf)).toContain(name);
    const fonts = execFileSync('pdffonts', ['-'], { input: pdf }).toString();
    expect(fonts).not.toMatch(/ no +no +/); // every font embedded
  });

  it.each([['Arabic', 'الهاشمي'], ['Hebrew', 'כהן']])('%s prints right to left with an embedded font', async (_, name) => {
    const text = pdfText(await render(withName(name)));
    // poppler gives right-to-left runs in visual or logical order depending on its version.
    expect([name, [...name].reverse().join('')].some((n) => text.includes(n))).toBe(true);
  });

  it('a character no embedded font has is refused, named, never printed as garbage', async () => {
    const error = await render(withName('김민준')).catch((e) => e);
    expect(error).toBeInstanceOf(TremplinPdfError);
    expect(error.code).toBe('unsupported-character');
    expect(error.message).toContain('U+AE40');
  });
});

describe('bidi controls are neutralised', () => {
  it('a right-to-left override cannot disguise a name', async () => {
    const text = raw(await render(withName('Martin\u202Enitsuj\u202C', { comments: 'a\u2066b\u2069c\u200Fd' })));
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/);
    expect(text).toContain('Martinnitsuj');
  });
});

describe('decision report', () => {
  const decision = decide(getRuleset('reclassement-path'), { agentStatus: 'titulaire', unfitness: 'definitive-fonctions', postAdaptable: false, inDetachment: false, pprStatus: 'a-proposer', boardOpinionDate: '2026-10-15' }, { asOf: '2026-11-24' });

  it('names the rule set and the facts by their labels, never their ids', async () => {
    const text = pdfText(await renderToBuffer('decision-report', decision, { audience: 'worker', printedOn: '2026-11-24' }));
    expect(text).toContain('Parcours statutaire d\'un fonctionnaire territorial inapte');
    expect(text).toContain('Statut de l\'agent');
    expect(text).not.toMatch(/\bagentStatus\b|\bpostAdaptable\b|reclassement-path/);
  });

  it('an employer copy goes through projectDecision: medical conditions covered, no trace of their facts', async () => {
    const text = pdfText(await renderToBuffer('decision-report', decision, { audience: 'employer', printedOn: '2026-11-24' }));
    expect(text).toContain('couvert par le secret médical');
    expect(text).not.toContain('definitive-fonctions');
    expect(text).toMatch(/Non communiqué à ce destinataire : \d+ condition\(s\) couverte\(s\) par le secret médical/);
  });

  it('lists missing facts by label', async () => {
    const incomplete = decide(getRuleset('reclassement-path'), { agentStatus: 'titulaire' }, { asOf: '2026-11-24' });
    const text = pdfText(await renderToBuffer('decision-report', incomplete, { audience: 'worker', printedOn: '2026-11-24' }));
    expect(text).toContain('Faits à renseigner');
    expect(text).toContain('Inaptitude constatée');
    expect(text).not.toMatch(/\bunfitness\b/);
  });
});

describe('letters and timeline', () => {
  it('a letter never shows the guide\'s internal tool number', async () => {
    for (const letter of examples('letter')) {
      const text = pdfText(await renderToBuffer('letter', letter, { audience: 'worker', printedOn: '2026-11-24' }));
      expect(text).not.toMatch(/outil n°/i);
      expect(text).toContain('Signature');
    }
  });

  it('a timeline past 12 months labels every few months, each label once', async () => {
    const timeline = examples('timeline')[0]!;
    const long = { ...timeline, phases: [...(timeline.phases as object[]), { phase: 'affectation-definitive', start: '2027-01-04', end: '2028-06-30' }] };
    const text = pdfText(await renderToBuffer('timeline', long, { audience: 'worker', printedOn: '2026-11-24' }));
    const labels = text.match(/\b(janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.? \d{2}\b/g) ?? [];
    expect(labels.length).toBeGreaterThanOrEqual(6);
    expect(labels.length).toBeLessThanOrEqual(12);
    expect(new Set(labels).size).toBe(labels.length);
    expect(text).toContain('30 juin 2028');
  });
});
