import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../shared/schemas/index.js';
import { expectAccessible, hasChromium, openPage, serverAndBrowser } from '../support/browser.js';
import { download, parseSvg } from '../support/downloads.js';
import { createClaim, createMetric, createSource } from '../support/records.js';

describe.skipIf(!hasChromium)('the metric page keeps apart what cannot be compared', () => {
  const t = serverAndBrowser({ seed: false });
  let url: string;
  beforeAll(async () => {
    // Killed in Kursk: NIS's 2,000 and the UK's at least 4,000 compared; Russia's denial of any;
    // KCNA's 4,000 for the contingent, then 30 for one weekend; a blogger's undated 12,000.
    const app = t.server.app;
    const metric = await createMetric(app, { name: 'Soldiers killed in Kursk', unit: 'soldiers' });
    const source = async (shortName: string) => (await createSource(app, { shortName })).id;
    const [nis, uk, ru, kcna, blog] = [
      await source('NIS'),
      await source('UK MoD'),
      await source('RU MoD'),
      await source('KCNA'),
      await source('Milblogger'),
    ];
    const claims: [number, ClaimInput['value'], string | null, Partial<ClaimInput>?][] = [
      [nis, { kind: 'approximate', value: 300 }, '2025-01-13'],
      [nis, { kind: 'approximate', value: 2000 }, '2025-09-02'],
      [uk, { kind: 'at_least', value: 4000 }, '2025-06-17'],
      [ru, { kind: 'exact', value: 0 }, '2025-03-01'],
      [kcna, { kind: 'exact', value: 4000 }, '2025-04-01', { coverage: 'whole' }],
      [kcna, { kind: 'exact', value: 30 }, '2025-08-01', { coverage: 'part', scope: 'one weekend in Sudzha' }],
      [blog, { kind: 'exact', value: 12_000 }, null, { quote: 'twelve thousand dead' }],
    ];
    for (const [sourceId, value, statedOn, extra] of claims) {
      await createClaim(app, { metricId: metric.id, sourceId, value, statedOn, ...extra });
    }
    url = `${t.server.baseUrl}/metrics/${metric.id}?asOf=2026-01-01`;
  });

  const comparison = (page: Page) => page.getByRole('figure', { name: /^Latest figures from/ });
  const timeline = (page: Page) => page.getByRole('figure', { name: /^\d+ figures from/ });
  const tickLabels = (figure: Locator, axis: 'x' | 'y') =>
    figure.locator(`.recharts-${axis}Axis-tick-labels .recharts-cartesian-axis-tick-value`).allTextContents();
  /** Where a chart's text sits across the page, by its middle. */
  const middleOf = async (element: Locator) => {
    const box = (await element.boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };

  it('draws a denial in a 0 lane below the smallest gridline, and says 0 is not in the spread', async () => {
    const page = await openPage(t.browser, url);
    const chart = comparison(page);
    await chart.waitFor();
    expect(await chart.locator('figcaption').textContent()).toBe(
      'Latest figures from 4 sources as of 1 Jan 2026. Spread ×2 (0.3 orders of magnitude) between the figures ' +
        'above 0: lowest NIS (about 2,000 soldiers); highest UK MoD (at least 4,000 soldiers). 0 is not in the ' +
        'spread: RU MoD (0 soldiers). Not compared: KCNA (30 soldiers), which covers only part of the scope. ' +
        '1 undated claim is listed apart.',
    );
    await expect.poll(async () => (await tickLabels(chart, 'x')).slice(0, 2)).toEqual(['0', '10']);
    const zeroTick = await middleOf(
      chart.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value').first(),
    );
    const tenTick = await middleOf(
      chart.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value').nth(1),
    );
    const denial = await middleOf(chart.locator('.chart-mark', { hasText: /^0$/ }).locator('circle').first());
    expect(Math.abs(denial.x - zeroTick.x)).toBeLessThan(2);
    expect(tenTick.x - denial.x).toBeGreaterThan(20);
    // The break between the lane and the scale, between the two ticks.
    const breakLine = await middleOf(chart.locator('.recharts-reference-line line'));
    expect(breakLine.x).toBeGreaterThan(denial.x);
    expect(breakLine.x).toBeLessThan(tenTick.x);

    const overTime = timeline(page);
    await overTime.waitFor();
    await expect.poll(async () => (await tickLabels(overTime, 'y'))[0]).toBe('0');
    expect(await overTime.locator('figcaption').textContent()).toContain(
      '0 is not in the spread: RU MoD (0 soldiers, 1 Mar 2025).',
    );
    await page.context().close();
  });

  it('draws the part-scope figure in its own lane with its scope, and never joins it to the whole-contingent line', async () => {
    const page = await openPage(t.browser, url);
    const chart = comparison(page);
    await chart.waitFor();
    const lane = chart.locator('.chart-lane-heading', { hasText: 'Part of the scope — not compared' });
    expect(await lane.isVisible()).toBe(true);
    expect(await chart.locator('.chart-mark', { hasText: '30' }).textContent()).toBe('30 · one weekend in Sudzha');
    // Below the heading every compared figure is above.
    const kcna = await middleOf(chart.locator('.chart-mark', { hasText: '30' }).locator('circle'));
    const heading = await middleOf(lane);
    expect(kcna.y).toBeGreaterThan(heading.y);
    for (const figure of ['about 2,000', 'at least 4,000', /^0$/]) {
      expect((await middleOf(chart.locator('.chart-mark', { hasText: figure }).locator('text'))).y).toBeLessThan(
        heading.y,
      );
    }
    await chart.getByText('Show data as a table').click();
    const table = chart.getByRole('table');
    expect(await table.locator('tbody th').allTextContents()).toEqual([
      'UK MoD',
      'NIS',
      'RU MoD',
      'Part of the scope — not compared',
      'KCNA',
    ]);

    const overTime = timeline(page);
    await overTime.waitFor();
    expect(await overTime.getByRole('list', { name: 'Sources' }).getByRole('listitem').allTextContents()).toEqual(
      expect.arrayContaining(['KCNA', 'KCNA (part of the scope)']),
    );
    await overTime.getByText('Show data as a table').click();
    expect(await overTime.locator('figcaption').textContent()).toMatch(
      /lowest NIS \(about 300 soldiers, 13 Jan 2025\); highest KCNA \(4,000 soldiers, 1 Apr 2025\) and UK MoD .* For part of the scope, not in the spread: KCNA \(30 soldiers, 1 Aug 2025\)\. Behind the figures, the estimate/,
    );
    const trajectory = (name: string) =>
      overTime
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
        .locator('.trajectory li')
        .allTextContents();
    expect(await trajectory('KCNA')).toEqual(['4,000 soldiers (1 Apr 2025)']);
    expect(await trajectory('KCNA (part of the scope)')).toEqual(['30 soldiers (1 Aug 2025)']);
    await expectAccessible(page);
    await page.context().close();
  });

  it('lists the undated claim apart, and on request draws it marked undated without counting it', async () => {
    const page = await openPage(t.browser, url);
    const chart = comparison(page);
    await chart.waitFor();
    const undated = page.getByRole('region', { name: 'Undated' });
    expect(await undated.getByRole('listitem').textContent()).toMatch(/^Milblogger: 12,000 soldiers/);
    expect(await undated.locator('q').textContent()).toBe('twelve thousand dead');
    expect(await chart.locator('.chart-lane-heading', { hasText: 'Undated — not compared' }).count()).toBe(0);
    expect(await chart.locator('.chart-mark', { hasText: '12,000' }).count()).toBe(0);
    const spread = /Spread ×2 \(0\.3 orders of magnitude\)/;
    expect(await chart.locator('figcaption').textContent()).toMatch(spread);

    const toggle = undated.getByRole('checkbox', { name: 'Include undated claims' });
    await toggle.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/[?&]undated=included/);
    await chart.locator('.chart-lane-heading', { hasText: 'Undated — not compared' }).waitFor();
    expect(await chart.locator('.chart-mark', { hasText: '12,000' }).count()).toBe(1);
    const caption = await chart.locator('figcaption').textContent();
    expect(caption).toMatch(spread);
    expect(caption).toMatch(
      /Not compared: KCNA \(30 soldiers\), which covers only part of the scope and Milblogger \(12,000 soldiers\), which is undated\.$/,
    );
    await chart.getByText('Show data as a table').click();
    expect((await chart.getByRole('table').locator('tbody th').allTextContents()).slice(-2)).toEqual([
      'Undated — not compared',
      'Milblogger',
    ]);
    await expectAccessible(page);

    await page.reload();
    await chart.locator('.chart-lane-heading', { hasText: 'Undated — not compared' }).waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await page.context().close();
  });

  it('exports the lanes and the 0 lane as drawn, and the undated figure only when it is drawn', async () => {
    const page = await openPage(t.browser, url);
    const chart = comparison(page);
    await chart.locator('.chart-lane-heading').first().waitFor();
    const exported = async () => {
      const raw = (await download(page, 'Export comparison chart as SVG')).bytes.toString('utf8');
      const csv = (await download(page, 'Export comparison chart data as CSV')).bytes.toString('utf8');
      return { raw, svg: await parseSvg(page, raw), csv };
    };
    const without = await exported();
    expect(without.svg.error).toBeNull();
    expect(without.svg.text).toContain('Part of the scope — not compared');
    expect(without.svg.text).toContain('one weekend in Sudzha');
    // The 0 lane's tick label, and the break drawn beside it.
    expect(without.raw).toMatch(/>0<\/tspan>/);
    expect(without.raw).toMatch(/stroke-dasharray: ?6(px)?,? 2(px)?,? 1(px)?,? 2/);
    expect(without.svg.text).not.toContain('Undated — not compared');
    expect(without.csv).not.toMatch(/,12000,/);
    const timelineSvg = await parseSvg(
      page,
      (await download(page, 'Export timeline chart as SVG')).bytes.toString('utf8'),
    );
    expect(timelineSvg.text).toContain('KCNA (part of the scope)');

    // The box follows the address, which the router updates a moment after the click.
    await page.getByRole('checkbox', { name: 'Include undated claims' }).click();
    await page.waitForURL(/[?&]undated=included/);
    await chart.locator('.chart-lane-heading', { hasText: 'Undated — not compared' }).waitFor();
    const withUndated = await exported();
    expect(withUndated.svg.text).toContain('Undated — not compared');
    expect(withUndated.svg.text).toContain('undated claims drawn apart, not compared');
    expect(withUndated.csv).toMatch(/,12000,/);
    await page.context().close();
  });

  it('fits a phone and stays accessible in the dark scheme, lanes and all', async () => {
    const page = await openPage(t.browser, `${url}&undated=included`, { colorScheme: 'dark' });
    await page.setViewportSize({ width: 390, height: 844 });
    const chart = comparison(page);
    await chart.locator('.chart-lane-heading', { hasText: 'Undated — not compared' }).waitFor();
    await timeline(page).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect.poll(async () => (await tickLabels(chart, 'x'))[0]).toBe('0');
    for (const details of await page.locator('details').all()) await details.locator('summary').click();
    await expectAccessible(page);
    await page.context().close();
  });
});
