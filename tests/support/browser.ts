import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { createTestApp } from './testApp.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Browser tests need Debian's chromium. Without it they are skipped with a loud warning, except
 * under CI, where a missing browser must fail the run rather than pass it silently.
 */
export const hasChromium = existsSync(chromiumPath);
if (!hasChromium) {
  const message = `No Chromium at ${chromiumPath} (set CHROMIUM_PATH or apt-get install -y chromium)`;
  if (process.env.CI === 'true') throw new Error(`${message}: browser tests cannot run under CI`);
  console.warn(`\n!!! SKIPPING BROWSER TESTS: ${message}\n`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const clientDir = fileURLToPath(new URL('../../dist/client', import.meta.url));

/** The real app, with the built dashboard, on a fresh database and a free port. */
export async function startServer(opts: { seed?: boolean } = { seed: true }) {
  const t = await createTestApp({ seed: opts.seed ?? true, clientDir });
  const server = t.app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...t,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await t.close();
    },
  };
}

/** A page in a context of its own (axe needs one), at the given address once it has loaded. */
export async function openPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Fails on serious or critical axe violations, naming each rule and the elements it hit. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}
