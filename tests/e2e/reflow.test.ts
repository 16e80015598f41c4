import { describe, expect, it } from 'vitest';
import { idByName } from '../support/api.js';
import { expectAccessible, hasChromium, openPage, serverAndBrowser, signedInHeaders } from '../support/browser.js';
import { createClaim, createMetric } from '../support/records.js';

describe.skipIf(!hasChromium)('pages on a phone and on a desktop', () => {
  const t = serverAndBrowser();

  // One test a page, so that each page has the whole time limit for its accessibility check.
  it.each([
    ['the overview', () => '/?asOf=2026-01-01'],
    [
      'a metric',
      async () =>
        `/metrics/${await idByName(t.server.baseUrl, 'metrics', 'North Korean soldiers killed')}?asOf=2026-01-01`,
    ],
    ['activity', () => '/activity'],
    ['sources', () => '/sources'],
    [
      'a source',
      async () => `/sources/${await idByName(t.server.baseUrl, 'sources', 'Korean Central News Agency (KCNA)')}`,
    ],
    ['a claim history', () => '/claims/1/history'],
    ['the claim form', () => '/claims/new'],
    ['import', () => '/import'],
    ['the password form', () => '/account/password'],
    ['the methodology', () => '/methodology'],
  ])(
    'fit %s on a 390px screen, wide tables and charts scrolling in regions a keyboard can reach',
    async (_name, pathOf) => {
      const path = await pathOf();
      const page = await openPage(t.browser, `${t.server.baseUrl}${path}`);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator('main h1').first().waitFor();
      await page.locator('.state-loading').first().waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      await expect
        .poll(() =>
          page
            .getByRole('button', { name: 'Sign out' })
            .boundingBox()
            .then((b) => b!.x + b!.width),
        )
        .toBeLessThanOrEqual(390);
      const unreachable = await page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((e) => getComputedStyle(e).overflowX === 'auto' && e.scrollWidth > e.clientWidth)
          .filter((e) => e.getAttribute('tabindex') !== '0' || !e.getAttribute('aria-label'))
          .map((e) => e.className),
      );
      expect(unreachable, path).toEqual([]);
      if (path === '/import') {
        // The file chooser's label stays inside the drop zone, centred, as it did not.
        const [zone, label] = await Promise.all(
          ['.drop-zone', '.drop-zone label'].map((s) => page.locator(s).boundingBox()),
        );
        expect(label!.x + label!.width).toBeLessThanOrEqual(zone!.x + zone!.width);
      }
      await expectAccessible(page);
      await page.context().close();
    },
  );

  it('fit the claims table, its actions included, in a 1280px window', async () => {
    const metricId = await idByName(t.server.baseUrl, 'metrics', 'North Korean soldiers killed');
    const page = await openPage(t.browser, `${t.server.baseUrl}/metrics/${metricId}?asOf=2026-01-01`);
    await page.setViewportSize({ width: 1280, height: 800 });
    const table = page.locator('.claims-table');
    await table.waitFor();
    const { tableWidth, boxWidth } = await table.evaluate((e) => ({
      tableWidth: e.getBoundingClientRect().width,
      boxWidth: e.parentElement!.clientWidth,
    }));
    expect(tableWidth).toBeLessThanOrEqual(boxWidth);
    await page.context().close();
  });

  it('give a long toast the width of a phone, not the half of it right of the middle', async () => {
    const metric = await createMetric(t.server.app);
    const claim = await createClaim(t.server.app, { metricId: metric.id });
    const page = await openPage(t.browser, 'about:blank');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.route('**/api/events', (route) => route.abort());
    await page.goto(`${t.server.baseUrl}/metrics/${metric.id}`);
    const remove = page.getByRole('button', { name: /^Delete claim by/ });
    await remove.waitFor();
    const edited = await fetch(`${t.server.baseUrl}/api/claims/${claim.id}`, {
      method: 'PATCH',
      headers: { ...signedInHeaders(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ notes: 'corrected', version: claim.version }),
    });
    expect(edited.status).toBe(200);
    await remove.click();
    const toast = page.locator('.toast', { hasText: 'Someone changed this claim' });
    await toast.waitFor({ timeout: 8000 });
    const box = (await toast.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.width).toBeGreaterThan(300);
    await page.context().close();
  });
});
