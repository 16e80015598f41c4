import { beforeAll, describe, expect, it } from 'vitest';
import type { Metric, Source } from '../../shared/schemas/index.js';
import { allClaims } from '../support/api.js';
import { expectAccessible, hasChromium, openPage, serverAndBrowser } from '../support/browser.js';
import { createMetric, createSource } from '../support/records.js';

const article = [
  'North Korea said on Friday that nine soldiers were killed in the Kursk region, KCNA reported.',
  'South Korean officials estimate that more than 6,000 North Korean soldiers were killed during the fighting.',
  'Pyongyang is believed to have sent around 14,000 troops to Russia last year.',
].join(' ');

describe.skipIf(!hasChromium)('adding claims from an article in Chromium', () => {
  const t = serverAndBrowser({ seed: false });
  let killed: Metric;
  let kcna: Source;
  beforeAll(async () => {
    // The metric and source the article's figures belong to, named as an analyst would have them.
    killed = await createMetric(t.server.app, { name: 'North Korean soldiers killed', unit: 'soldiers' });
    kcna = await createSource(t.server.app, { name: 'Korean Central News Agency (KCNA)', shortName: 'KCNA' });
  });

  it('keeps two of three figures, corrects one, and saves exactly those two', async () => {
    const before = await allClaims(t.server.baseUrl);
    const page = await openPage(t.browser, `${t.server.baseUrl}/add-from-text`);
    await page.getByLabel('Article text').fill(article);
    await page.getByLabel('Outlet').fill('Test Wire');
    await page.getByLabel('Article URL').fill('https://example.org/article');
    await page.getByLabel('Published on').fill('2025-12-13');
    await page.getByRole('button', { name: 'Find the figures' }).press('Enter');

    await page.getByRole('heading', { name: /3 figures; 3 kept/ }).waitFor();
    // Focus stays on the button while the article is read, rather than falling to the page.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Find the figures');
    expect(await page.locator('.highlighted-text mark').count()).toBe(3);
    expect(await allClaims(t.server.baseUrl)).toEqual(before);
    await expectAccessible(page);

    await page.getByRole('checkbox', { name: /Keep figure 3/ }).uncheck();
    await page.locator('#draft-2-value').fill('6,500');
    for (const n of [1, 2]) {
      const metric = page.locator(`#draft-${n}-metric`);
      if ((await metric.inputValue()) === '') await metric.selectOption({ label: killed.name });
      const source = page.locator(`#draft-${n}-source`);
      if ((await source.inputValue()) === '') await source.selectOption({ label: kcna.name });
    }
    await page.getByRole('button', { name: 'Save 2 claims' }).click();
    await page.getByText('Saved 2 claims.').waitFor();

    const after = (await allClaims(t.server.baseUrl)) as unknown as {
      id: number;
      metricId: number;
      value: unknown;
      quote: string;
      citationUrl: string;
      reportedBy: string;
    }[];
    const added = after.filter((c) => !before.some((b) => b.id === c.id));
    expect(added).toHaveLength(2);
    expect(added.map((c) => c.value)).toEqual([
      { kind: 'exact', value: 9 },
      { kind: 'at_least', value: 6500 },
    ]);
    expect(added.map((c) => c.metricId)).toEqual([killed.id, killed.id]);
    expect(added[0]!.quote).toContain('nine soldiers were killed');
    expect(added[1]!.quote).toContain('more than 6,000');
    expect(added.every((c) => c.citationUrl === 'https://example.org/article' && c.reportedBy === 'Test Wire')).toBe(
      true,
    );
    await page.context().close();
  });

  it('says when the text holds more figures than the page shows', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/add-from-text`);
    await page.getByLabel('Article text').fill('Officials said 300 troops arrived. '.repeat(600));
    await page.getByRole('button', { name: 'Find the figures' }).click();

    await page
      .getByRole('status')
      .filter({ hasText: 'Showing the first 500 of 600 figures; paste a shorter part to see the rest.' })
      .waitFor();
    await page.getByRole('heading', { name: /500 figures; 500 kept/ }).waitFor();
    // The notice only: axe takes minutes over five hundred cards, and the journey above checks them.
    await expectAccessible(page, '.from-text-cut');
    await page.context().close();
  });
});
