import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { errorsOf, exampleRecord, field, html, startHarness, type Harness } from './support/harness.js';

// Blocker 1 of issue 13: drafts hold medical data, so they are kept in memory unless the host opts in
// to a browser store, which is then encrypted, scoped to a user and dated.
let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    '/draft': ['text/html', html('<tremplin-chance-request id="r" draft-key="chance-17"></tremplin-chance-request>')],
    '/native': ['text/html', html(`<form id="host"><tremplin-form record="consent" name="consent" id="c" draft-key="consent-1"></tremplin-form>
      <button id="send">Envoyer</button></form>`)],
    '/empty': ['text/html', html('')],
  });
}, 60_000);
afterAll(() => h?.close());

const f = 'tremplin-chance-request';
// A fixed 256-bit key, imported in the page: the host would derive or fetch its own.
const KEY = Array.from({ length: 32 }, (_, i) => i * 7 % 256);
const useEncryptedStore = (page: Page, scope: string, maxAgeMs?: number) => page.evaluate(async ([bytes, s, age]) => {
  const key = await crypto.subtle.importKey('raw', new Uint8Array(bytes as number[]), 'AES-GCM', false, ['encrypt', 'decrypt']);
  const t = (window as any).tremplinTest;
  (document.getElementById('r') as any).draftStore = t.encryptedDraftStore({ key, scope: s, ...(age ? { maxAgeMs: age } : {}) });
}, [KEY, scope, maxAgeMs] as const);
const valueOf = (page: Page, id = 'r') => page.evaluate((i) => (document.getElementById(i) as any).value, id);
const storageDump = (page: Page) => page.evaluate(() => JSON.stringify({ ...localStorage }));

describe('drafts are safe by default', () => {
  it('keeps drafts in memory unless the host opts in: nothing reaches localStorage', async () => {
    const page = await h.open('/draft');
    await field(page, f, '/agent/lastName').fill('Durand');
    await page.evaluate(() => (document.getElementById('r') as any).goTo('/medicalOpinion'));
    await field(page, f, '/medicalOpinion/details').fill('Lombalgie chronique');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(errorsOf(page)).toEqual([]);
  });

  it('an opted-in browser store encrypts (AES-GCM), hides the key names, scopes by user and expires', async () => {
    const page = await h.open('/draft');
    await useEncryptedStore(page, 'user-7');
    await field(page, f, '/agent/lastName').fill('Durand');
    await page.evaluate(() => (document.getElementById('r') as any).goTo('/medicalOpinion'));
    await field(page, f, '/medicalOpinion/details').fill('Lombalgie chronique');
    await expect.poll(() => page.evaluate(() => localStorage.length)).toBe(1);
    const stored = await storageDump(page);
    expect(stored).not.toContain('Durand');
    expect(stored).not.toContain('Lombalgie');
    expect(stored).not.toContain('chance-17');
    expect(stored).not.toContain('user-7');

    await page.reload();
    await useEncryptedStore(page, 'user-7');
    // Back at the step the person was on, with everything typed.
    await expect.poll(() => field(page, f, '/medicalOpinion/details').inputValue()).toBe('Lombalgie chronique');
    expect((await valueOf(page)).agent).toEqual({ lastName: 'Durand' });

    await page.reload();
    await useEncryptedStore(page, 'user-8'); // another person on the same browser
    await page.waitForTimeout(300);
    expect(await valueOf(page)).toEqual({});

    await page.reload();
    await useEncryptedStore(page, 'user-7', 1); // a draft older than the host's limit is dropped
    await page.waitForTimeout(300);
    expect(await valueOf(page)).toEqual({});
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(errorsOf(page)).toEqual([]);
  });

  it('an entry copied under another user fails to decrypt and is deleted; IndexedDB works the same way', async () => {
    const page = await h.open('/empty');
    const result = await page.evaluate(async (bytes) => {
      const t = (window as any).tremplinTest;
      const key = await crypto.subtle.importKey('raw', new Uint8Array(bytes), 'AES-GCM', false, ['encrypt', 'decrypt']);
      const alice = t.encryptedDraftStore({ key, scope: 'user-7' });
      const bob = t.encryptedDraftStore({ key, scope: 'user-8' });
      await alice.save('k', { value: { note: 'secret' }, savedAt: '2026-11-26T10:00:00Z' });
      const hex = async (text: string) => Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))), (b) => b.toString(16).padStart(2, '0')).join('');
      const bobName = `tremplin-draft:${await hex('user-8\u0000k')}`;
      localStorage.setItem(bobName, localStorage.getItem(`tremplin-draft:${await hex('user-7\u0000k')}`)!);
      const stolen = await bob.load('k');
      const removed = localStorage.getItem(bobName) === null;
      const own = (await alice.load('k'))?.value;
      const idb = t.encryptedDraftStore({ key, scope: 'user-7', storage: 'indexedDB' });
      localStorage.clear();
      await idb.save('k', { value: { note: 'idb' }, savedAt: '2026-11-26T10:00:00Z' });
      const fromIdb = (await idb.load('k'))?.value;
      await idb.remove('k');
      return { stolen, removed, own, fromIdb, afterRemove: await idb.load('k'), local: localStorage.length };
    }, KEY);
    expect(result).toEqual({ stolen: null, removed: true, own: { note: 'secret' }, fromIdb: { note: 'idb' }, afterRemove: null, local: 0 });
  });

  it('a successful native form submit clears the draft', async () => {
    const page = await h.open('/native');
    await page.evaluate(() => {
      (window as any).store = (window as any).tremplinTest.memoryDraftStore();
      (document.getElementById('c') as any).draftStore = (window as any).store;
      document.getElementById('host')!.addEventListener('submit', (e) => e.preventDefault());
    });
    const consent = exampleRecord('consent');
    const { lastName, ...person } = consent.person as Record<string, unknown>;
    await page.evaluate((v) => { (document.getElementById('c') as any).value = v; }, { ...consent, person });
    await field(page, 'tremplin-form', '/person/lastName').fill(String(lastName));
    expect(await page.evaluate(() => (window as any).store.drafts.has('consent-1'))).toBe(true);
    await page.click('#send');
    await expect.poll(() => page.evaluate(() => (window as any).store.drafts.has('consent-1'))).toBe(false);
  });
});

describe('a draft never silently replaces what the host set', () => {
  const mount = (page: Page, value: unknown, draft: unknown) => page.evaluate(([v, d]) => {
    const store = (window as any).tremplinTest.memoryDraftStore();
    store.save('chance-17', d);
    (window as any).store = store;
    const el = document.createElement('tremplin-chance-request') as any;
    el.id = 'r';
    el.draftKey = 'chance-17';
    el.draftStore = store;
    if (v !== undefined) el.value = v;
    document.body.append(el);
  }, [value, draft] as const);

  it('offers restore or discard, announced, when the host gave a value', async () => {
    const page = await h.open('/empty');
    await mount(page, { grade: 'Nouveau' }, { value: { grade: 'Ancien' }, savedAt: '2026-11-20T10:00:00Z' });
    await expect.poll(() => page.locator(f).locator('[part~="draft"]').textContent()).toMatch(/brouillon/i);
    expect(await valueOf(page)).toEqual({ grade: 'Nouveau' });
    await expect.poll(() => page.locator(f).locator('[role="status"]').first().textContent()).toMatch(/brouillon/i);
    await page.locator(f).getByRole('button', { name: 'Restaurer le brouillon' }).click();
    expect(await valueOf(page)).toEqual({ grade: 'Ancien' });
  });

  it('restores into the empty form at its wizard step, and a discard control forgets it', async () => {
    const page = await h.open('/empty');
    await mount(page, undefined, { value: { stoppage: { inProgress: false } }, savedAt: '2026-11-20T10:00:00Z', step: 1 });
    await expect.poll(() => page.locator(f).locator('#step-title').textContent()).toContain('Étape 2');
    expect(await valueOf(page)).toEqual({ stoppage: { inProgress: false } });
    await page.locator(f).getByRole('button', { name: 'Supprimer le brouillon' }).click();
    expect(await valueOf(page)).toEqual({});
    expect(await page.evaluate(() => (window as any).store.drafts.size)).toBe(0);
    expect(errorsOf(page)).toEqual([]);
  });
});
