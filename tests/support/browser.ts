import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { sessionCookie } from '../../server/http/access.js';
import { listen } from './listen.js';
import { createTestApp } from './testApp.js';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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

/** The session pages open with: the test editor's, once a server has started. */
let signedIn: { name: string; value: string; url: string } | undefined;

/**
 * The real app, with the built dashboard, on a fresh database and a free port. Pages opened with
 * `openPage` afterwards are signed in as its editor, as an analyst who signed in earlier.
 */
async function startServer(opts: { seed?: boolean } = { seed: true }) {
  const t = await createTestApp({ seed: opts.seed ?? true, clientDir });
  const served = await listen(t.anonymous);
  signedIn = { name: sessionCookie, value: t.editorSession, url: served.baseUrl };
  return {
    ...t,
    baseUrl: served.baseUrl,
    async close() {
      await served.close();
      await t.close();
    },
  };
}

/**
 * A fresh server and a Chromium for one test file: started before its tests, stopped after them.
 * Read `t.server` and `t.browser` inside tests and hooks. The demo data is loaded unless `seed` is
 * false, for a file that makes the records it asserts on (with `t.server.app` and the builders).
 */
export function serverAndBrowser(opts: { seed?: boolean } = {}) {
  const t = {} as { server: Awaited<ReturnType<typeof startServer>>; browser: Browser };
  beforeAll(async () => {
    t.server = await startServer(opts);
    t.browser = await launchBrowser();
  });
  afterAll(async () => {
    await t.browser?.close();
    await t.server?.close();
  });
  return t;
}

/** Headers that make a plain HTTP request in a browser test as the signed-in editor. */
export const signedInHeaders = (): Record<string, string> =>
  signedIn ? { Cookie: `${signedIn.name}=${signedIn.value}` } : {};

/** A page in a context of its own (axe needs one), at the given address once it has loaded. */
export async function openPage(
  browser: Browser,
  url: string,
  opts: { signedIn?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
  });
  if (signedIn && opts.signedIn !== false) await context.addCookies([signedIn]);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/**
 * Fails on serious or critical axe violations, naming each rule and the elements it hit; only those
 * inside `within` (a selector) when it is given.
 */
export async function expectAccessible(page: Page, within?: string): Promise<void> {
  const axe = new AxeBuilder({ page });
  const results = await (within ? axe.include(within) : axe).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}

/**
 * What a screen reader would announce as focused: the element's tag and its label, accessible
 * name or text, e.g. `input: New password` or `button: Save source`.
 */
export const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : undefined;
    return `${el.tagName.toLowerCase()}: ${label ?? el.getAttribute('aria-label') ?? el.textContent?.trim()}`;
  });
