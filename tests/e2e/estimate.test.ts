import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../shared/schemas/index.js';
import { expectAccessible, hasChromium, openPage, serverAndBrowser } from '../support/browser.js';
import { download, parseSvg } from '../support/downloads.js';
import { createClaim, createMetric, createSource } from '../support/records.js';

describe.skipIf(!hasChromium)('the estimate on the metric page', () => {
  const t = serverAndBrowser({ seed: false });
  let url: string;
  beforeAll(async () => {
    // Troops sent: three third parties near 11,000, and a party's 30,000 that no one else gives.
    const app = t.server.app;
    const metric = await createMetric(app, { name: 'Troops sent, for the estimate', unit: 'troops' });
    const figures: [shortName: string, party: boolean, value: ClaimInput['value'], statedOn: string][] = [
      ['Pentagon', false, { kind: 'range', low: 10_000, high: 12_000 }, '2025-01-10'],
      ['JCS', false, { kind: 'approximate', value: 11_000 }, '2025-01-20'],
      ['NIS', false, { kind: 'at_least', value: 10_500 }, '2025-02-01'],
      ['Zelensky', true, { kind: 'exact', value: 30_000 }, '2025-02-05'],
    ];
    for (const [shortName, party, value, statedOn] of figures) {
      const source = await createSource(app, { shortName, party, reliability: 'B' });
      await createClaim(app, { metricId: metric.id, sourceId: source.id, value, statedOn, credibility: 2 });
    }
    url = `${t.server.baseUrl}/metrics/${metric.id}?asOf=2026-01-01`;
  });

  const estimate = (page: Page) => page.getByRole('region', { name: 'What the evidence supports' });
  const headline = (page: Page) => estimate(page).locator('.estimate-headline');

  it('says there is no consensus while a party’s figure disagrees, and gives a band once parties are left out', async () => {
    const page = await openPage(t.browser, url);
    await expect
      .poll(() => headline(page).textContent())
      .toBe('No consensus — 2 groups of figures that cannot all be right.');
    expect(await page.locator('.estimate-key').count()).toBe(0);
    await expectAccessible(page);

    await estimate(page).getByRole('checkbox', { name: 'Leave out parties to the conflict' }).click();
    await expect.poll(() => headline(page).textContent()).toMatch(/^About 11,\d00 troops — half the likelihood in /);
    expect(new URL(page.url()).searchParams.get('parties')).toBe('excluded');
    expect(await estimate(page).getByRole('listitem').filter({ hasText: 'Zelensky' }).textContent()).toMatch(
      /^Zelensky: 30,000 troops \(5 Feb 2025\): its source is a party to the conflict$/,
    );
    // The band behind the comparison chart, and its key.
    const chart = page.getByRole('figure', { name: /^Latest figures from/ });
    await expect.poll(() => chart.locator('.recharts-reference-area').count()).toBe(2);
    expect(await chart.locator('.estimate-key').textContent()).toMatch(
      /^ The estimate, about 11,\d00: its best figure dashed/,
    );
    await expectAccessible(page);
    await page.context().close();
  });

  it('leaves one source out and puts it back by keyboard, keeping the setting in the address', async () => {
    const page = await openPage(t.browser, `${url}&parties=excluded`);
    await expect.poll(() => headline(page).textContent()).toMatch(/^About 11,\d00 troops/);
    await estimate(page).getByRole('button', { name: 'Leave out JCS' }).press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('leaveOut')).toMatch(/^\d+$/);
    const putBack = estimate(page).getByRole('button', { name: 'Put JCS back' });
    await putBack.waitFor();
    expect(await estimate(page).getByRole('listitem').filter({ hasText: /^JCS/ }).textContent()).toMatch(
      /its source was left out/,
    );
    await page.reload();
    await putBack.waitFor();
    await putBack.press('Enter');
    await estimate(page).getByRole('button', { name: 'Leave out JCS' }).waitFor();
    expect(new URL(page.url()).searchParams.get('leaveOut')).toBeNull();
    await page.context().close();
  });

  it('exports the band with its method card, and what the estimate made of each claim', async () => {
    const page = await openPage(t.browser, `${url}&parties=excluded`);
    await expect.poll(() => headline(page).textContent()).toMatch(/^About 11,\d00 troops/);
    await page.locator('.estimate-key').waitFor();
    const raw = (await download(page, 'Export comparison chart as SVG')).bytes.toString('utf8');
    const svg = await parseSvg(page, raw);
    expect(svg.error).toBeNull();
    expect(svg.text).toContain('The band is the estimate.');
    expect(svg.text).toMatch(/Left out of the estimate: Zelensky \(its source is a party to the conflict\)/);
    expect((raw.match(/recharts-reference-area/g) ?? []).length).toBeGreaterThanOrEqual(2);
    const csv = (await download(page, 'Export comparison chart data as CSV')).bytes.toString('utf8');
    const [header, ...lines] = csv
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/);
    expect(header!.split(',').at(-1)).toBe('estimate');
    // Rows go by the sources' full names; each source here gave one figure.
    expect(lines.find((l) => l.includes(',exact,30000,'))).toMatch(/,left out: its source is a party to the conflict$/);
    expect(lines.find((l) => l.includes(',approximate,11000,'))).toMatch(/,"counted, weight 0\.72"$/);
    await page.context().close();
  });

  it('fits a phone in the dark scheme', async () => {
    const page = await openPage(t.browser, `${url}&parties=excluded`, { colorScheme: 'dark' });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => headline(page).textContent()).toMatch(/^About 11,\d00 troops/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);
    await page.context().close();
  });
});
