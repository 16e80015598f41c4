import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../shared/schemas/index.js';
import { expectAccessible, hasChromium, openPage, serverAndBrowser } from '../support/browser.js';
import { download, parseSvg, pngSize } from '../support/downloads.js';
import { createClaim, createMetric, createSource } from '../support/records.js';

describe.skipIf(!hasChromium)('the estimate over time on the timeline', () => {
  const t = serverAndBrowser({ seed: false });
  let url: string;
  let boundsUrl: string;
  let statementsUrl: string;
  beforeAll(async () => {
    // Troops sent: third parties near 11,000 from January, a party's 30,000 in February that
    // breaks the consensus, and a third party's later 12,000.
    const app = t.server.app;
    const metric = await createMetric(app, { name: 'Troops sent, over time', unit: 'troops' });
    const figures: [shortName: string, party: boolean, value: ClaimInput['value'], statedOn: string][] = [
      ['Pentagon', false, { kind: 'range', low: 10_000, high: 12_000 }, '2025-01-10'],
      ['JCS', false, { kind: 'approximate', value: 11_000 }, '2025-01-20'],
      ['NIS', false, { kind: 'at_least', value: 10_500 }, '2025-02-01'],
      ['Zelensky', true, { kind: 'exact', value: 30_000 }, '2025-03-05'],
      ['JCS', false, { kind: 'approximate', value: 12_000 }, '2025-05-01'],
    ];
    const sources = new Map<string, number>();
    for (const [shortName, party, value, statedOn] of figures) {
      const sourceId = sources.get(shortName) ?? (await createSource(app, { shortName, party, reliability: 'B' })).id;
      sources.set(shortName, sourceId);
      await createClaim(app, { metricId: metric.id, sourceId, value, statedOn, credibility: 2 });
    }
    url = `${t.server.baseUrl}/metrics/${metric.id}?asOf=2025-12-31`;

    const bounds = await createMetric(app, { name: 'Bounds only', unit: 'troops' });
    const boundsSource = await createSource(app, { shortName: 'Bounder' });
    await createClaim(app, {
      metricId: bounds.id,
      sourceId: boundsSource.id,
      value: { kind: 'at_least', value: 600 },
      statedOn: '2025-02-01',
    });
    boundsUrl = `${t.server.baseUrl}/metrics/${bounds.id}?asOf=2025-12-31`;
    const statements = await createMetric(app, { name: 'Statements only', unit: 'troops' });
    await createClaim(app, {
      metricId: statements.id,
      sourceId: boundsSource.id,
      value: { kind: 'statement' },
      statedOn: '2025-02-01',
    });
    statementsUrl = `${t.server.baseUrl}/metrics/${statements.id}?asOf=2025-12-31`;
  });

  const timeline = (page: Page) => page.getByRole('figure', { name: /^\d+ figures from/ });
  const band = (page: Page) => timeline(page).locator('.estimate-band');
  const headline = (page: Page) =>
    page.getByRole('region', { name: 'What the evidence supports' }).locator('.estimate-headline');

  it('draws the estimate as it stood, a gap where there was no consensus, and lists it per date', async () => {
    const page = await openPage(t.browser, url);
    await band(page).locator('path').first().waitFor();
    // One run of band before the party's figure, none after: three shapes, and one labelled gap.
    expect(await band(page).locator('path').count()).toBe(3);
    expect(await band(page).locator('.estimate-gap').count()).toBe(1);
    expect(await band(page).locator('.estimate-gap text').textContent()).toBe('no consensus');
    expect(await timeline(page).locator('figcaption').textContent()).toMatch(
      /Behind the figures, the estimate as it stood at each of 5 dates a claim changed what it counts: its best figure as a line.*Shaded grey, with no line: no consensus then/,
    );
    await timeline(page).getByText('Show data as a table').click();
    const rows = await timeline(page)
      .getByRole('table', { name: /The estimate as it stood at each date/ })
      .locator('tbody tr')
      .allTextContents();
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatch(/^10 Jan 2025about 11,000 troops/);
    expect(rows[3]).toMatch(/^5 Mar 2025no consensus: 2 groups that cannot all be right/);
    expect(rows[4]).toMatch(/^1 May 2025no consensus/);
    await expectAccessible(page);
    await page.context().close();
  });

  it('leaves a source out from its legend entry, by click and by keyboard, and puts it back', async () => {
    const page = await openPage(t.browser, url);
    await expect.poll(() => headline(page).textContent()).toMatch(/^No consensus/);
    const zelensky = timeline(page).getByRole('button', { name: 'Zelensky: leave out of the estimate' });
    expect(await zelensky.getAttribute('aria-pressed')).toBe('false');
    await zelensky.click();
    await expect.poll(() => headline(page).textContent()).toMatch(/^About 1[12],\d00 troops/);
    expect(await zelensky.getAttribute('aria-pressed')).toBe('true');
    const leaveOut = new URL(page.url()).searchParams.get('leaveOut');
    expect(leaveOut).toMatch(/^\d+$/);
    expect(await timeline(page).locator('.legend-note').textContent()).toBe(
      'Left out of the estimate: Zelensky. Press an entry again to put its source back.',
    );
    expect(await zelensky.textContent()).toContain('(left out of the estimate)');
    // Without the party there is a consensus at every date: the band runs on, with no gap.
    await expect.poll(() => band(page).locator('.estimate-gap').count()).toBe(0);
    expect(
      await page
        .getByRole('region', { name: 'What the evidence supports' })
        .getByRole('listitem')
        .filter({ hasText: /^Zelensky/ })
        .textContent(),
    ).toMatch(/its source was left out/);
    await expectAccessible(page);

    await zelensky.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => headline(page).textContent()).toMatch(/^No consensus/);
    expect(new URL(page.url()).searchParams.get('leaveOut')).toBeNull();
    expect(await zelensky.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('leaveOut')).toBe(leaveOut);
    await page.context().close();
  });

  it('exports the band with what it is, and the estimate on each claim’s date', async () => {
    const page = await openPage(t.browser, `${url}&parties=excluded`);
    await band(page).locator('path').first().waitFor();
    const raw = (await download(page, 'Export timeline chart as SVG')).bytes.toString('utf8');
    const svg = await parseSvg(page, raw);
    expect(svg.error).toBeNull();
    expect(svg.text).toContain('Behind the figures, the estimate as it stood');
    expect(svg.text).toContain('The estimate was asked: parties to the conflict left out.');
    expect(svg.text).toContain('estimate as it stood: best figure dashed');
    expect(raw).toContain('estimate-band');
    const png = await download(page, 'Export timeline chart as PNG');
    expect(pngSize(png.bytes).width).toBeGreaterThan(1000);
    const csv = (await download(page, 'Export timeline chart data as CSV')).bytes.toString('utf8');
    const [header, ...lines] = csv
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/);
    expect(header!.split(',').slice(-6)).toEqual([
      'estimateThen',
      'estimateThenMedian',
      'estimateThen50Low',
      'estimateThen50High',
      'estimateThen90Low',
      'estimateThen90High',
    ]);
    expect(lines.find((l) => l.includes(',exact,30000,'))).toMatch(/,"about 1[12],\d00 troops",1\d{4}(\.\d+)?,/);
    await page.context().close();
  });

  it('draws nothing, and says so, for bounds only and for statements only', async () => {
    for (const [address, words] of [
      [boundsUrl, 'No estimate is drawn over time: the claims give only bounds, no figure.'],
      [statementsUrl, 'No estimate is drawn over time: no claim gives a figure.'],
    ] as const) {
      const page = await openPage(t.browser, address);
      const said = page.getByText(words);
      await said.waitFor();
      expect(await page.locator('.estimate-band path').count()).toBe(0);
      await page.context().close();
    }
  });

  it('fits a phone in the dark scheme, on a log axis', async () => {
    const page = await openPage(t.browser, `${url}&scale=log`, { colorScheme: 'dark' });
    await page.setViewportSize({ width: 390, height: 844 });
    await band(page).locator('path').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);
    await page.context().close();
  });
});
