import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, hasChromium, openPage, serverAndBrowser } from '../support/browser.js';
import { createClaim, createMetric, createSource } from '../support/records.js';

describe.skipIf(!hasChromium)('where a metric’s figures come from', () => {
  const t = serverAndBrowser({ seed: false });
  let url: string;
  let ids: number[];
  beforeAll(async () => {
    // NIS's estimate, repeated by officials, whose words a wire service carried on; and one figure alone.
    const app = t.server.app;
    const metric = await createMetric(app, { name: 'Killed, for the lineage', unit: 'soldiers' });
    const source = async (shortName: string) => (await createSource(app, { shortName })).id;
    const nis = await createClaim(app, {
      metricId: metric.id,
      sourceId: await source('NIS'),
      value: { kind: 'approximate', value: 2000 },
      statedOn: '2025-09-02',
    });
    const officials = await createClaim(app, {
      metricId: metric.id,
      sourceId: await source('Officials'),
      value: { kind: 'approximate', value: 2000 },
      statedOn: '2025-09-04',
      repeatsClaimId: nis.id,
      reportedBy: 'Yonhap',
    });
    const wire = await createClaim(app, {
      metricId: metric.id,
      sourceId: await source('Wire'),
      value: { kind: 'approximate', value: 2000 },
      statedOn: '2025-09-05',
      repeatsClaimId: officials.id,
      via: 'a briefing',
    });
    await createClaim(app, {
      metricId: metric.id,
      sourceId: await source('UK MoD'),
      value: { kind: 'at_least', value: 6000 },
      statedOn: '2025-06-15',
    });
    ids = [nis.id, officials.id, wire.id];
    url = `${t.server.baseUrl}/metrics/${metric.id}?asOf=2026-01-01`;
  });

  it('counts reports and origins, and follows a repeat of a repeat back to its origin', async () => {
    const page = await openPage(t.browser, url);
    const lineage = page.getByRole('region', { name: 'Where the figures come from' });
    await lineage.waitFor();
    expect(await lineage.locator('p').first().textContent()).toBe('4 reports from 2 independent origins.');
    const origin = lineage.locator('.lineages > li');
    expect(await origin.count()).toBe(1);
    expect(await origin.textContent()).toMatch(/^NIS: about 2,000 soldiers \(2 Sept 2025\) claim #\d+, repeated by:/);
    expect(await origin.locator('ul li').allTextContents()).toEqual([
      `Officials: about 2,000 soldiers (4 Sept 2025), reported by Yonhap claim #${ids[1]}`,
      `Wire: about 2,000 soldiers (5 Sept 2025), via a briefing claim #${ids[2]}`,
    ]);
    await origin.getByRole('link', { name: `claim #${ids[0]}` }).click();
    await page.waitForURL(new RegExp(`/claims/${ids[0]}/history$`));
    await page.goBack();
    await lineage.waitFor();
    await expectAccessible(page);
    await page.context().close();
  });
});
