import { describe, expect, it } from 'vitest';
import { hasChromium, openPage, serverAndBrowser } from '../support/browser.js';
import { createClaim, createSource } from '../support/records.js';

describe.skipIf(!hasChromium)('live updates between open dashboards', () => {
  const t = serverAndBrowser({ seed: false });

  it("shows a claim added in one page on a colleague's open page without a reload", async () => {
    const { metricId } = await createClaim(t.server.app, {
      value: { kind: 'exact', value: 9 },
      statedOn: '2025-12-12',
    });
    const { id: sourceId } = await createSource(t.server.app, { shortName: 'UK MoD' });
    const url = `${t.server.baseUrl}/metrics/${metricId}`;
    const colleague = await openPage(t.browser, url);
    const analyst = await openPage(t.browser, url);
    const chart = colleague.locator('section[aria-labelledby="latest-heading"] .recharts-surface');
    await chart.waitFor();
    expect(await chart.textContent()).not.toContain('UK MoD');
    await colleague.evaluate(() => Object.assign(window, { sameDocument: true }));

    const status = await analyst.evaluate(
      async ({ metricId, sourceId }) =>
        (
          await fetch('/api/claims', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({
              metricId,
              sourceId,
              value: { kind: 'at_least', value: 4000 },
              statedOn: '2025-12-30',
            }),
          })
        ).status,
      { metricId, sourceId },
    );
    expect(status).toBe(201);

    await expect.poll(() => chart.textContent(), { timeout: 5000 }).toContain('UK MoD');
    expect(await colleague.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await colleague.context().close();
    await analyst.context().close();
  });

  it('asks again for a refused stream later each time, not every few seconds', async () => {
    const page = await openPage(t.browser, 'about:blank');
    // Paused, so that the page's time moves only as the test moves it, and each wait can be measured.
    const now = Date.now();
    await page.clock.install({ time: now });
    await page.clock.pauseAt(now + 1000);
    let asked = 0;
    await page.route('**/api/events', (route) => {
      asked++;
      return route.fulfill({
        status: 429,
        contentType: 'application/problem+json',
        headers: { 'Retry-After': '30' },
        body: JSON.stringify({ status: 429, title: 'Too many event streams' }),
      });
    });
    await page.goto(t.server.baseUrl);
    await expect.poll(() => asked).toBe(1);

    /** Moves the page's clock on until it asks again, and says how far it moved. */
    const untilAskedAgain = async () => {
      const before = asked;
      let waited = 0;
      while (asked === before && waited < 150_000) {
        await page.clock.runFor(250);
        waited += 250;
      }
      expect(asked).toBe(before + 1);
      return waited;
    };
    // The clock may run a step past each retry before the request is seen: lower bounds only.
    const waits = [await untilAskedAgain(), await untilAskedAgain(), await untilAskedAgain()];
    expect(waits[0]).toBeGreaterThanOrEqual(1500);
    expect(waits[1]).toBeGreaterThanOrEqual(3000);
    expect(waits[2]).toBeGreaterThanOrEqual(6000);
    await page.context().close();
  });
});
