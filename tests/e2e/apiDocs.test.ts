import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, hasChromium, launchBrowser } from '../support/browser.js';
import { listen } from '../support/listen.js';
import { createTestApp } from '../support/testApp.js';

// The page holds every operation and schema: axe takes a good part of the usual 30 s to read it.
describe.skipIf(!hasChromium)('the API docs page in Chromium', { timeout: 90_000 }, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let served: Awaited<ReturnType<typeof listen>>;
  let browser: Browser;
  beforeAll(async () => {
    t = await createTestApp();
    served = await listen(t.anonymous);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    await t?.close();
  });

  /** The page, signed out, with every content security policy violation it causes recorded. */
  async function docsPage(options: { width: number; colorScheme: 'light' | 'dark' }): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: options.width, height: 900 },
      colorScheme: options.colorScheme,
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${served.baseUrl}/api/docs`);
    return page;
  }

  it('lists every operation of the document under headings, within the content security policy', async () => {
    const page = await docsPage({ width: 1280, colorScheme: 'light' });
    await page.getByRole('heading', { level: 1, name: 'Triangulate API' }).waitFor();
    const { paths } = await (await fetch(`${served.baseUrl}/api/openapi.json`)).json();
    const operations = Object.entries<object>(paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()}${path}`),
    );
    const headings = await page.locator('main h3:has(.method)').allTextContents();
    expect(headings.sort()).toEqual(operations.sort());
    await page.getByRole('heading', { level: 2, name: 'Schemas' }).waitFor();
    await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'claims' }).click();
    expect(await page.evaluate(() => location.hash)).toBe('#tag-claims');
    expect(await page.evaluate(() => Reflect.get(window, 'cspViolations'))).toEqual([]);
    await expectAccessible(page);
    expect(await page.getByRole('link', { name: 'Back to the dashboard' }).getAttribute('href')).toBe('/');
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('reads on a 390px screen in %s mode', async (colorScheme) => {
    const page = await docsPage({ width: 390, colorScheme });
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(colorScheme === 'dark' ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)');
    await expectAccessible(page);
    await page.context().close();
  });
});
