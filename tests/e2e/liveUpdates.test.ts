import { describe, expect, it } from 'vitest';
import { idByName } from '../support/api.js';
import { hasChromium, openPage, serverAndBrowser } from '../support/browser.js';

describe.skipIf(!hasChromium)('live updates between open dashboards', () => {
  const t = serverAndBrowser();

  it("shows a claim added in one page on a colleague's open page without a reload", async () => {
    const metricId = await idByName(t.server.baseUrl, 'metrics', 'North Korean soldiers killed');
    const sourceId = await idByName(t.server.baseUrl, 'sources', 'UK Ministry of Defence (Defence Intelligence)');
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
});
