import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectFor, RECORD_NAMES, type RecordName } from '@tremplin/schemas';
import { renderToBuffer, TremplinPdfError, type Audience } from '../src/index.js';
import { makeMarkers, maximal, markerStrings, type MaximalOptions } from './maximal.js';
import { consentFor, examples, pdfText } from './support.js';

const consent = examples('consent')[0]!;
const AUDIENCES: Audience[] = ['employer', 'occupational-health'];

/** Where each marker word of `value` first occurs in `text`; -1 when missing. */
function positions(value: unknown, text: string) {
  const index = new Map<string, number>();
  for (const m of text.matchAll(/Q[0-9A-Z]{4}x[0-9A-Z]{2}/g)) if (!index.has(m[0])) index.set(m[0], m.index!);
  return (word: string) => index.get(word) ?? -1;
}

/** Every marker the projection keeps is printed, each string's words in order, list items in order. */
function expectAllPrinted(visible: unknown, text: string) {
  const at = positions(visible, text);
  const missing = markerStrings(visible).flat().filter((w) => at(w) < 0);
  expect(missing.slice(0, 10), `${missing.length} marker words missing`).toEqual([]);
  for (const words of markerStrings(visible)) {
    const idx = words.map(at);
    expect(idx, `words of « ${words[0]}… » in order`).toEqual([...idx].sort((a, b) => a - b));
  }
  const lists = (v: unknown): void => {
    if (Array.isArray(v)) {
      const firsts = v.map((item) => markerStrings(item).flat().map(at)).filter((l) => l.length).map((l) => Math.min(...l));
      expect(firsts, 'list items in order').toEqual([...firsts].sort((a, b) => a - b));
      v.forEach(lists);
    } else if (v && typeof v === 'object') Object.values(v).forEach(lists);
  };
  lists(visible);
}

async function check(name: RecordName, record: Record<string, unknown>, audience: Audience) {
  const own = consentFor(record, consent);
  const options = { audience, printedOn: '2026-11-24', consents: [own as never] };
  const text = pdfText(await renderToBuffer(name, record, options));
  expectAllPrinted(projectFor(name, record, { audience, asOf: '2026-11-24', consents: [own as never] }).value, text);
}

describe.each(RECORD_NAMES)('%s: nothing the audience may see is lost', (name) => {
  it.each(AUDIENCES)('every string at its maxLength, lists of 8 (%s copy)', async (audience) => {
    for (const example of examples(name)) await check(name, maximal(name, example, { maxItems: 8 }), audience);
  }, 120_000);

  it('every schema maximum: printed whole, or refused with a typed limit error', async () => {
    for (const example of examples(name)) {
      const record = maximal(name, example);
      try {
        await check(name, record, 'occupational-health');
      } catch (error) {
        expect(error).toBeInstanceOf(TremplinPdfError);
        // Beyond the documented limits (pages, size), never a silent truncation.
        expect(['too-many-pages', 'too-large', 'invalid-record']).toContain((error as TremplinPdfError).code);
        if ((error as TremplinPdfError).code === 'invalid-record') expect((error as TremplinPdfError).issues.some((i) => i.code === 'too-large')).toBe(true);
      }
    }
  }, 300_000);
});

describe('random sizes (property)', () => {
  it('every marker the audience may see comes out, in order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...RECORD_NAMES), fc.constantFrom(...AUDIENCES), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 8, max: 600 }), fc.nat(3), async (name, audience, maxItems, maxLength, pick) => {
        const list = examples(name);
        const options: MaximalOptions = { maxItems, maxLength };
        await check(name, maximal(name, list[pick % list.length]!, options), audience);
      }),
      { numRuns: 40 },
    );
  }, 300_000);

  it('marker words are unique', () => {
    const marker = makeMarkers();
    const words = [marker(80), marker(80)].flatMap((s) => s.split(' '));
    expect(new Set(words).size).toBe(words.length);
  });
});
