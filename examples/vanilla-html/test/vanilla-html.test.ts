import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveExample, type ExamplePage } from '../../../test-support/vite-page.js';
import { submitsReferralAndPlan } from '../../../test-support/example-checks.js';

let example: ExamplePage;
beforeAll(async () => { example = await serveExample(fileURLToPath(new URL('..', import.meta.url))); }, 120_000);
afterAll(() => example?.close());

describe('examples/vanilla-html', () => {
  it('embeds the referral and the action plan, reads the submitted record and shows its decision', async () => {
    await submitsReferralAndPlan(await example.open());
  });
});
