import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { idByName } from '../support/api.js';
import { expectAccessible, hasChromium, openPage, serverAndBrowser } from '../support/browser.js';

describe.skipIf(!hasChromium)('metric page in Chromium', () => {
  const t = serverAndBrowser();
  let killedUrl: string;
  beforeAll(async () => {
    killedUrl = `${t.server.baseUrl}/metrics/${await idByName(t.server.baseUrl, 'metrics', 'North Korean soldiers killed')}`;
  });

  const comparison = (page: Page) => page.getByRole('figure', { name: /^Latest figures from|^Only one source/ });
  /** The comparison's rows as its data table lists them: the chart's rows, top down. */
  const comparisonRows = (page: Page) => comparison(page).locator('tbody th[scope="row"]').allTextContents();
  const axisLabels = (page: Page) => comparison(page).locator('.recharts-cartesian-axis-tick-value').allTextContents();

  it('compares KCNA with the other sources, says nothing of how their scopes are worded, and lists every claim', async () => {
    const page = await openPage(t.browser, killedUrl);
    await page.getByRole('heading', { level: 1, name: 'North Korean soldiers killed' }).waitFor();
    await comparison(page).waitFor();

    expect(await comparisonRows(page)).toEqual([
      'SK/UA/Western sources',
      'NIS',
      'Western officials',
      'South Korean officials',
      'KCNA',
    ]);
    expect(await axisLabels(page)).toEqual(expect.arrayContaining(await comparisonRows(page)));
    expect(await comparison(page).locator('figcaption').textContent()).toMatch(
      /Spread ×10 \(1\.0 orders of magnitude\): lowest South Korean officials \(at least 600 soldiers\); highest SK\/UA\/Western sources \(at least 6,000 soldiers\)\. Not compared: KCNA \(9 soldiers\), which covers only part of the scope\./,
    );

    const warnings = page.getByRole('region', { name: 'Read with care' });
    expect(await warnings.getByText('Sources count different things.').count()).toBe(0);
    expect(await warnings.getByText('No single figure fits every source.').isVisible()).toBe(true);

    expect(await page.getByRole('figure', { name: /^8 figures from 5 sources/ }).isVisible()).toBe(true);
    expect(await page.getByRole('table', { name: 'Claims about this metric' }).locator('tbody tr').count()).toBe(8);

    for (const details of await page.locator('details').all()) await details.locator('summary').click();
    await expectAccessible(page);
    await page.context().close();
  });

  it('keeps the as-of date in the address: fewer sources on 1 February 2025, and the same after a reload', async () => {
    const page = await openPage(t.browser, killedUrl);
    await comparison(page).waitFor();
    await page.getByLabel('As of', { exact: true }).fill('2025-02-01');
    await page.waitForURL(/[?&]asOf=2025-02-01/);
    await expect.poll(() => comparisonRows(page)).toEqual(['Western officials', 'NIS']);

    await page.reload();
    await comparison(page).waitFor();
    expect(await comparisonRows(page)).toEqual(['Western officials', 'NIS']);
    expect(await page.getByLabel('As of', { exact: true }).inputValue()).toBe('2025-02-01');
    await page.context().close();
  });

  it('takes an as-of date typed on the keyboard, part by part, as typed', async () => {
    const page = await openPage(t.browser, killedUrl);
    await comparison(page).waitFor();
    const asOf = page.getByLabel('As of', { exact: true });
    await asOf.focus();
    // Chromium's date box starts on its month; each part typed is a new value written to the address.
    await page.keyboard.type('02012025');
    await page.waitForURL(/[?&]asOf=2025-02-01/, { timeout: 15_000 });
    expect(await asOf.inputValue()).toBe('2025-02-01');
    await expect.poll(() => comparisonRows(page)).toEqual(['Western officials', 'NIS']);
    await page.context().close();
  });

  it('takes a date typed over one the address already held, through a part that is briefly no date', async () => {
    const page = await openPage(t.browser, `${killedUrl}?asOf=2025-06-30`);
    await comparison(page).waitFor();
    const asOf = page.getByLabel('As of', { exact: true });
    await asOf.focus();
    // "02" over June leaves 02/30/2025, no date at all, until the day is typed; typed at a
    // person's pace, the address catches up between keys.
    await page.keyboard.type('02012025', { delay: 200 });
    await page.waitForURL(/[?&]asOf=2025-02-01/, { timeout: 5000 });
    expect(await asOf.inputValue()).toBe('2025-02-01');
    await expect.poll(() => comparisonRows(page)).toEqual(['Western officials', 'NIS']);

    // A part cleared and the box left: no date means today, in the box and the address alike.
    await asOf.focus();
    await page.keyboard.press('Backspace');
    await page.getByRole('radio', { name: 'Log' }).focus();
    // Today is the default, which the address leaves out.
    await page.waitForURL((url) => !url.searchParams.has('asOf'), { timeout: 5000 });
    expect(await asOf.inputValue()).toBe(new Date().toLocaleDateString('sv'));
    await page.context().close();
  });

  it('says what to know before comparing: the superseded 600, the 6,000 killed that are casualties, KCNA’s one regiment, and where each rule is explained', async () => {
    const page = await openPage(t.browser, `${killedUrl}?asOf=2026-01-01`);
    const findings = page.getByRole('region', { name: 'Before comparing' });
    await findings.waitFor();
    expect(await findings.locator('.origins').textContent()).toBe(
      '5 latest claims from 5 independent origins. “About X” is read as ±10% (how figures are compared).',
    );
    const items = findings.getByRole('listitem');
    expect(await items.allTextContents()).toEqual([
      expect.stringMatching(
        /^Warning South Korean officials’ “at least 600 soldiers” \(4 Nov 2025\) matches NIS’s figure of 30 Apr 2025, which NIS had since revised: “about 2,000 soldiers” on 2 Sept 2025\./,
      ),
      expect.stringMatching(
        /^Warning Possible conflation of “North Korean soldiers killed” with “North Korean casualties \(killed and wounded\)”: SK\/UA\/Western sources’ “at least 6,000 soldiers” \(14 Nov 2025\) is the figure UK MoD’s “at least 6,000 soldiers” \(15 Jun 2025\)/,
      ),
      expect.stringMatching(/^Note KCNA’s “9 soldiers” \(12 Dec 2025\) covers only part of the scope/),
    ]);
    await expectAccessible(page);
    await items.first().getByRole('link', { name: 'How this is found' }).click();
    await page.waitForURL(/\/methodology#superseded$/);
    const rule = page.getByRole('heading', { name: 'Superseded figures (warning)' });
    await rule.waitFor();
    // Scrolled to: its section starts in the window, not below the page's first screen.
    await expect.poll(() => rule.evaluate((e) => e.getBoundingClientRect().top)).toBeLessThan(300);
    expect(await page.getByRole('link', { name: 'the API and its documentation' }).getAttribute('href')).toBe(
      '/api/docs',
    );
    await page.context().close();
  });

  it('switches between log and linear scales through the address', async () => {
    const page = await openPage(t.browser, killedUrl);
    await comparison(page).waitFor();
    // ×667 between the figures drawn: log is the default, and the address stays clean.
    expect(await page.getByRole('radio', { name: 'Log' }).isChecked()).toBe(true);
    expect(await comparison(page).getByText('soldiers (log scale)').isVisible()).toBe(true);

    await page.getByRole('radio', { name: 'Linear' }).click();
    await page.waitForURL(/[?&]scale=linear/);
    await expect.poll(() => comparison(page).getByText('soldiers (linear scale)').isVisible()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Linear' }).isChecked()).toBe(true);
    await page.context().close();
  });

  it('lists a statement without a figure beside the chart, with its quote', async () => {
    const engineers = await idByName(t.server.baseUrl, 'metrics', 'North Korean engineers and deminers in Russia');
    const page = await openPage(t.browser, `${t.server.baseUrl}/metrics/${engineers}`);
    const statements = page.getByRole('region', { name: 'Statements without a figure' });
    await statements.waitFor();
    expect(await statements.getByText('Russian MoD').isVisible()).toBe(true);
    expect(await statements.locator('q').textContent()).toMatch(/clearing mines in the Kursk region/);
    await page.context().close();
  });

  it('keeps every key typed into the claims table’s search and date filters', async () => {
    const page = await openPage(t.browser, killedUrl);
    const table = page.getByRole('table', { name: 'Claims about this metric' });
    await table.waitFor();
    const filters = page.getByRole('search', { name: 'Filter claims' });

    await filters.getByLabel('Stated from').focus();
    await page.keyboard.type('02012025');
    await page.waitForURL(/[?&]from=2025-02-01/, { timeout: 5000 });
    await filters.getByLabel('Search claims').focus();
    await page.keyboard.type('whole contingent');
    await page.waitForURL(/[?&]q=whole\+contingent/, { timeout: 5000 });

    expect(await filters.getByLabel('Stated from').inputValue()).toBe('2025-02-01');
    expect(await filters.getByLabel('Search claims').inputValue()).toBe('whole contingent');
    // NIS in April and September and SK/UA/Western sources and South Korean officials in November.
    await expect.poll(() => table.locator('tbody tr').count()).toBe(4);
    await page.context().close();
  });

  it('sorts the claims by date, both ways, and says so to screen readers', async () => {
    const page = await openPage(t.browser, killedUrl);
    const table = page.getByRole('table', { name: 'Claims about this metric' });
    await table.waitFor();
    const dates = () => table.locator('tbody time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    const header = table.getByRole('columnheader', { name: /Stated/ });

    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const newestFirst = await dates();
    expect(newestFirst).toEqual([...newestFirst].sort().reverse());

    await header.getByRole('button').click();
    await page.waitForURL(/[?&]sort=date/);
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    expect(await dates()).toEqual([...newestFirst].reverse());
    await page.context().close();
  });
});
