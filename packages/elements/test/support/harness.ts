import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../../test-support/chromium.js';
import { serveFiles, type StaticFiles, type StaticServer } from '../../../../test-support/static-server.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const require = createRequire(import.meta.url);

/** The shipped package (dist), bundled with Lit and @tremplin/* as a page would load it. */
export async function bundleElements(entry = '../fixtures/entry.ts'): Promise<string> {
  const out = await build({ entryPoints: [here(entry)], bundle: true, format: 'esm', platform: 'browser', write: false, minify: true, logLevel: 'error' });
  return out.outputFiles[0]!.text;
}

/**
 * A page's code as an application bundler splits it (records and the projection in chunks of their
 * own), served under `base`: `${base}/<entry name>.js` and its chunks.
 */
export async function splitBundle(entry: string, base: string): Promise<StaticFiles> {
  const out = await build({ entryPoints: [here(entry)], bundle: true, splitting: true, format: 'esm', platform: 'browser', outdir: base, write: false, logLevel: 'error' });
  return Object.fromEntries(out.outputFiles.map((f) => [`${base}/${f.path.slice(f.path.lastIndexOf('/') + 1)}`, ['text/javascript', f.text]]));
}

export const axeSource = () => readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const html = (body: string, lang = 'fr') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Tremplin test</title></head><body>${body}<script type="module" src="/elements.js"></script></body></html>`;

const pageErrors = new WeakMap<Page, string[]>();

/** Uncaught errors and console errors of a page so far: a test ends by checking there are none. */
export const errorsOf = (page: Page) => pageErrors.get(page) ?? [];

/** A control inside a Tremplin element by its data path (ids are `f` + the path). */
export const field = (page: Page, host: string, path: string) => page.locator(host).locator(`[id="f${path}"]`);

export interface Harness {
  browser: Browser;
  server: StaticServer;
  /** A new tab on `path` with the elements defined (`locale`: the browser's own language, for date inputs). */
  open(path: string, options?: { locale?: string }): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(files: StaticFiles, headers?: (path: string) => Record<string, string>): Promise<Harness> {
  const server = await serveFiles({ '/elements.js': ['text/javascript', await bundleElements()], '/axe.js': ['text/javascript', axeSource()], ...files }, headers);
  const browser = await launchChromium();
  return {
    browser,
    server,
    async open(path, options) {
      const page = await browser.newPage(options?.locale ? { locale: options.locale } : {});
      const errors: string[] = [];
      pageErrors.set(page, errors);
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
      await page.goto(server.origin + path);
      await page.waitForFunction(() => customElements.get('tremplin-form') !== undefined);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export function exampleRecord(name: string, index = 0): Record<string, unknown> {
  const examples = JSON.parse(readFileSync(here(`../../../schemas/examples/${name}.examples.json`), 'utf8'));
  return examples.valid[index];
}
