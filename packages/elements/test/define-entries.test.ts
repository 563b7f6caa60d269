import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html, splitBundle, startHarness, type Harness } from './support/harness.js';

// Registering: an element's own entry registers it alone; defineTremplinElements refuses a name that
// is not ours with a typed, short error, before registering any.
let h: Harness;
const onePage = '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>one</title></head><body><tremplin-referral-form id="f"></tremplin-referral-form><script type="module" src="/one/referral-entry.js"></script></body></html>';
beforeAll(async () => {
  h = await startHarness({
    ...(await splitBundle('../fixtures/referral-entry.ts', '/one')),
    '/one-element': ['text/html', onePage],
    '/all': ['text/html', html('')],
  });
}, 60_000);
afterAll(() => h?.close());

/** The page with every element and the test helpers (`window.tremplinTest`). */
async function openAll() {
  const p = await h.browser.newPage();
  await p.goto(`${h.server.origin}/all`);
  await p.waitForFunction(() => (window as any).tremplinTest);
  return p;
}

describe('registering the elements', () => {
  it('an element’s own entry registers it and no other, and its form draws', async () => {
    const p = await h.browser.newPage();
    await p.goto(`${h.server.origin}/one-element`);
    await p.waitForFunction(() => customElements.get('tremplin-referral-form') !== undefined);
    const seen = await p.evaluate(async () => {
      const el = document.getElementById('f') as any;
      await el.updateComplete;
      return {
        defined: ['tremplin-form', 'tremplin-referral-form', 'tremplin-chance-request', 'tremplin-action-plan', 'tremplin-eligibility', 'tremplin-indicators'].filter((t) => customElements.get(t)),
        worker: !!el.shadowRoot.getElementById('f/worker/lastName'),
      };
    });
    expect(seen).toEqual({ defined: ['tremplin-referral-form'], worker: true });
    await p.close();
  });

  it('defineTremplinElements refuses a name that is not ours: typed, short, nothing registered', async () => {
    const p = await openAll();
    const tried = await p.evaluate(() => {
      const { defineTremplinElements, isTremplinElementsError } = (window as any).tremplinTest;
      // A registry of its own, empty, so that what a refused call registers would show.
      const registry = { defined: [] as string[], get: () => undefined, define(tag: string) { this.defined.push(tag); } };
      const attempt = (tags: unknown) => {
        try {
          defineTremplinElements(tags, registry);
          return { thrown: false };
        } catch (error: any) {
          return { thrown: true, typed: isTremplinElementsError(error), code: error.code, length: error.message.length, message: error.message.slice(0, 120) };
        }
      };
      return {
        long: attempt(['tremplin-referral-form', `x-${'a'.repeat(100_000)}`]),
        proto: attempt(['constructor']),
        notString: attempt([{ toString: () => 'tremplin-form' }]),
        notArray: attempt('tremplin-form'),
        registered: [...registry.defined],
        good: (attempt(['tremplin-eligibility']), registry.defined),
      };
    });
    for (const r of [tried.long, tried.proto, tried.notString, tried.notArray]) expect(r).toMatchObject({ thrown: true, typed: true, code: 'unknown-tag' });
    expect(tried.long.length).toBeLessThan(200);
    expect(tried.proto.message).toContain('"constructor" is not a Tremplin element');
    expect(tried.registered).toEqual([]);
    expect(tried.good).toEqual(['tremplin-eligibility']);
    await p.close();
  });
});

describe('defineTremplinElements and lists that fight back', () => {
  it('reads each name once: a list that changes between the check and the registering registers only names checked, and what cannot be read is a typed error', async () => {
    const p = await openAll();
    const tried = await p.evaluate(() => {
      const { defineTremplinElements, isTremplinElementsError } = (window as any).tremplinTest;
      const attempt = (make: () => unknown) => {
        const registry = { defined: [] as string[], get: () => undefined, define(tag: string, element: unknown) { if (typeof element !== 'function') throw new TypeError('not a constructor'); this.defined.push(tag); } };
        try {
          defineTremplinElements(make(), registry);
          return { thrown: false, defined: registry.defined };
        } catch (error: any) {
          return { thrown: true, typed: isTremplinElementsError(error), code: error?.code, short: String(error?.message).length < 200, secret: String(error?.message).includes('SECRET'), defined: registry.defined };
        }
      };
      return {
        // Checked by index, registered by its iterator: the iterator names something else.
        iterator: attempt(() => Object.assign(['tremplin-form'], { [Symbol.iterator]: function* () { yield 'constructor'; yield 'x-evil'; } })),
        // A getter that says one of ours when checked, and another name when read again.
        twoFaced: attempt(() => { let reads = 0; const list: unknown[] = []; Object.defineProperty(list, 0, { get: () => (reads++ ? 'x-evil' : 'tremplin-form'), enumerable: true }); return list; }),
        // A getter that throws, with words from the record (they must not reach the message).
        throwing: attempt(() => { const list: unknown[] = []; Object.defineProperty(list, 0, { get: () => { throw new TypeError('SECRET diagnosis'); } }); return list; }),
        // A proxy whose length cannot be read, and one revoked (Array.isArray itself throws).
        proxyLength: attempt(() => new Proxy(['tremplin-form'], { get: (t, k) => { if (k === 'length') throw new TypeError('SECRET'); return (t as any)[k]; } })),
        revoked: attempt(() => { const { proxy, revoke } = Proxy.revocable([] as unknown[], {}); revoke(); return proxy; }),
        // 2³² − 1 holes: refused at the first, not after reading them all.
        sparse: attempt(() => { const list: unknown[] = []; list.length = 2 ** 32 - 1; return list; }),
      };
    });
    expect(tried.iterator).toEqual({ thrown: false, defined: ['tremplin-form'] });
    expect(tried.twoFaced).toEqual({ thrown: false, defined: ['tremplin-form'] });
    for (const r of [tried.throwing, tried.proxyLength, tried.revoked, tried.sparse]) expect(r).toEqual({ thrown: true, typed: true, code: 'unknown-tag', short: true, secret: false, defined: [] });
    await p.close();
  });
});

describe('defineTremplinElements and a registry that refuses', () => {
  it('no registry, or one of our classes already under the host’s own tag: a typed not-registered error, briefly; a bad name is quoted whole-character', async () => {
    const p = await openAll();
    const tried = await p.evaluate(() => {
      const { defineTremplinElements, isTremplinElementsError } = (window as any).tremplinTest;
      const attempt = (tags: unknown, registry: unknown) => {
        try {
          defineTremplinElements(tags, registry);
          return { thrown: false };
        } catch (error: any) {
          return { typed: isTremplinElementsError(error), code: error.code, length: error.message.length, message: error.message };
        }
      };
      // A fresh registry in which the indicators' class is already defined under another tag.
      const scoped = { tags: new Map<string, unknown>(), get(tag: string) { return this.tags.get(tag); },
        define(tag: string, element: unknown) { if ([...this.tags.values()].includes(element)) throw new DOMException(`this constructor has already been used with this registry ${'x'.repeat(5000)}`, 'NotSupportedError'); this.tags.set(tag, element); } };
      scoped.define('host-indicators', customElements.get('tremplin-indicators'));
      return {
        none: attempt(['tremplin-form'], null),
        taken: attempt(['tremplin-indicators'], scoped),
        emoji: attempt([`${'é'.repeat(39)}😀\nend`], scoped),
      };
    });
    for (const r of [tried.none, tried.taken]) expect(r).toMatchObject({ typed: true, code: 'not-registered' });
    expect(tried.taken.length).toBeLessThan(300);
    expect(tried.emoji).toMatchObject({ typed: true, code: 'unknown-tag' });
    expect(tried.emoji.message).toContain(`"${'é'.repeat(39)}😀"…`);
    expect(tried.emoji.message).not.toContain('\uD83D"');
    await p.close();
  });
});
