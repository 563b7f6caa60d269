import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { launchChromium } from './chromium.js';

export interface ExamplePage {
  open(): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/** An example's Vite dev server on a free loopback port, and Chromium to look at it. */
export async function serveExample(root: string): Promise<ExamplePage> {
  const server: ViteDevServer = await createServer({ root, server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  await server.listen();
  const origin = server.resolvedUrls!.local[0]!;
  const browser: Browser = await launchChromium();
  return {
    async open() {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await page.goto(origin);
      return { page, errors };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
