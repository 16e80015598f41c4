import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../shared/schemas/index.js';
import { expectAccessible, hasChromium, openPage, serverAndBrowser } from '../support/browser.js';
import { download, parseSvg } from '../support/downloads.js';
import { createClaim, createMetric, createSource } from '../support/records.js';

describe.skipIf(!hasChromium)('the analysts’ notes on claims, on the metric page and in its exports', () => {
  const t = serverAndBrowser({ seed: false });
  const markup = '<img src=x onerror=alert(1)>';
  // Long enough to swamp a figure, with an address no line can hold whole.
  const long =
    'Likely double count: the briefing was relayed twice, once by a lawmaker and once by the agency, ' +
    `and both reports reached the wires the same day; see https://example.org/${'a'.repeat(150)}`;
  let url: string;
  beforeAll(async () => {
    const app = t.server.app;
    const metric = await createMetric(app, { name: 'Soldiers killed, as noted', unit: 'soldiers' });
    const source = async (shortName: string) => (await createSource(app, { shortName })).id;
    const [nis, kcna, uk, seoul, ru, blog] = [
      await source('NIS'),
      await source('KCNA'),
      await source('UK MoD'),
      await source('Seoul officials'),
      await source('RU MoD'),
      await source('Milblogger'),
    ];
    const claims: [number, ClaimInput['value'], string | null, string | null][] = [
      [nis, { kind: 'exact', value: 300 }, '2025-01-13', 'stale: NIS revised it in September'],
      [nis, { kind: 'exact', value: 2000 }, '2025-09-02', 'Likely conflation of killed and wounded'],
      [kcna, { kind: 'exact', value: 4000 }, '2025-04-01', markup],
      [uk, { kind: 'at_least', value: 4000 }, '2025-06-17', long],
      [seoul, { kind: 'exact', value: 600 }, '2025-11-04', null],
      [ru, { kind: 'statement' }, '2025-10-01', 'A denial, not a count'],
      [blog, { kind: 'exact', value: 12_000 }, null, 'outlier'],
    ];
    for (const [sourceId, value, statedOn, notes] of claims) {
      await createClaim(app, { metricId: metric.id, sourceId, value, statedOn, notes });
    }
    url = `${t.server.baseUrl}/metrics/${metric.id}?asOf=2026-01-01`;
  });

  /** The page, failing the test if anything in a note runs as script. */
  async function notedPage(opts: { colorScheme?: 'light' | 'dark'; width?: number } = {}) {
    const page = await openPage(t.browser, 'about:blank', { colorScheme: opts.colorScheme });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.setViewportSize({ width: opts.width ?? 1280, height: 900 });
    await page.goto(url);
    await comparison(page).locator('.chart-mark').first().waitFor();
    return { page, dialogs };
  }
  const comparison = (page: Page) => page.getByRole('figure', { name: /^Latest figures from/ });
  const timeline = (page: Page) => page.getByRole('figure', { name: /^\d+ figures from/ });
  const tooltip = (page: Page) => page.locator('.chart-tooltip');
  /** Waits for the tooltip of the claim with this figure. */
  const tooltipFor = (page: Page, figure: string) =>
    tooltip(page).locator('.claim-figure').getByText(figure, { exact: true }).waitFor();
  /** What the tooltip says of a claim's notes: the text under its "Notes" term, or null for none. */
  const tooltipNotes = (page: Page) =>
    tooltip(page).evaluate((box) => {
      const term = [...box.querySelectorAll('dt')].find((dt) => dt.textContent === 'Notes');
      return term ? (term.nextElementSibling?.textContent ?? '') : null;
    });
  /** The rows of a table headed by this source (no source's name here is part of another's). */
  const rowOf = (table: Locator, name: string) =>
    table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name }) });
  /** Whether an element's text fits its box: a note that overflowed would be wider than it. */
  const fits = (element: Locator) => element.evaluate((e) => e.scrollWidth <= e.clientWidth);

  it('shows each claim’s notes in the tooltips, as typed, and nothing for a claim without', async () => {
    const { page, dialogs } = await notedPage();
    const chart = comparison(page);
    await chart
      .locator('.chart-mark', { hasText: /^2,000$/ })
      .locator('circle')
      .hover();
    await tooltipFor(page, '2,000 soldiers');
    expect(await tooltipNotes(page)).toBe('Likely conflation of killed and wounded');

    await chart
      .locator('.chart-mark', { hasText: /^4,000$/ })
      .locator('circle')
      .hover();
    await tooltipFor(page, '4,000 soldiers');
    expect(await tooltipNotes(page)).toBe(markup);
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    await chart.locator('.chart-mark', { hasText: /^600$/ }).locator('circle').hover();
    await tooltipFor(page, '600 soldiers');
    expect(await tooltipNotes(page)).toBeNull();

    // A long note wraps inside the tooltip, which stays on the page.
    await chart
      .locator('.chart-mark', { hasText: /^at least 4,000$/ })
      .locator('path')
      .hover();
    await tooltipFor(page, 'at least 4,000 soldiers');
    expect(await tooltipNotes(page)).toBe(long);
    expect(await fits(tooltip(page).locator('.claim-notes'))).toBe(true);
    const box = (await tooltip(page).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    await expectAccessible(page);

    // The timeline draws NIS's first figure too, the earliest of all, which the comparison has replaced.
    const overTime = timeline(page);
    await overTime.scrollIntoViewIfNeeded();
    const marks = await overTime.locator('.chart-mark circle').all();
    const lefts = await Promise.all(marks.map(async (m) => (await m.boundingBox())!.x));
    await marks[lefts.indexOf(Math.min(...lefts))]!.hover();
    await tooltipFor(page, '300 soldiers');
    expect(await tooltipNotes(page)).toBe('stale: NIS revised it in September');
    expect(dialogs).toEqual([]);
    await page.context().close();
  });

  it('gives the notes whole in the data tables and the lists, reached from the keyboard', async () => {
    const { page, dialogs } = await notedPage();
    const chart = comparison(page);
    await chart.locator('summary').focus();
    await page.keyboard.press('Enter');
    const table = chart.getByRole('table');
    await table.waitFor();
    const notesOf = (name: string) => rowOf(table, name).locator('td.claim-notes').textContent();
    expect(await table.getByRole('columnheader').last().textContent()).toBe('Notes');
    expect(await notesOf('NIS')).toBe('Likely conflation of killed and wounded');
    expect(await notesOf('KCNA')).toBe(markup);
    expect(await notesOf('Seoul officials')).toBe('');
    expect(await notesOf('UK MoD')).toBe(long);
    expect(await fits(rowOf(table, 'UK MoD').locator('td.claim-notes'))).toBe(true);

    const overTime = timeline(page);
    await overTime.locator('summary').focus();
    await page.keyboard.press('Enter');
    const nis = rowOf(overTime, 'NIS').locator('.trajectory li');
    expect(await nis.allTextContents()).toEqual([
      '300 soldiers (13 Jan 2025)Notes: stale: NIS revised it in September',
      '2,000 soldiers (2 Sept 2025)Notes: Likely conflation of killed and wounded',
    ]);
    const seoul = rowOf(overTime, 'Seoul officials');
    expect(await seoul.locator('.claim-note').count()).toBe(0);

    // A statement and an undated claim, listed apart from the chart, keep their notes.
    expect(
      await page.getByRole('region', { name: 'Statements without a figure' }).locator('.claim-note').textContent(),
    ).toBe('Notes: A denial, not a count');
    expect(await page.getByRole('region', { name: 'Undated' }).locator('.claim-note').textContent()).toBe(
      'Notes: outlier',
    );
    expect(await page.locator('.off-timeline .claim-note').allTextContents()).toEqual(
      expect.arrayContaining(['Notes: A denial, not a count', 'Notes: outlier']),
    );
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await expectAccessible(page);
    expect(dialogs).toEqual([]);
    await page.context().close();
  });

  it('shows the notes under each quote in the claims table, which still fits a phone in the dark', async () => {
    const { page, dialogs } = await notedPage({ colorScheme: 'dark', width: 390 });
    const table = page.locator('.claims-table');
    await table.waitFor();
    expect(await table.getByRole('columnheader', { name: 'Quote, notes' }).count()).toBe(1);
    const noteOf = (name: string) => rowOf(table, name).locator('.claim-note');
    expect(await noteOf('KCNA').textContent()).toBe(`Notes: ${markup}`);
    expect(await noteOf('UK MoD').textContent()).toBe(`Notes: ${long}`);
    expect(await noteOf('Seoul officials').count()).toBe(0);
    expect(await noteOf('NIS').allTextContents()).toEqual([
      'Notes: Likely conflation of killed and wounded',
      'Notes: stale: NIS revised it in September',
    ]);
    expect(await fits(noteOf('UK MoD'))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // A tooltip with a long note has no room beside a mark on a phone: it stays on the screen all the same.
    for (const mark of [
      comparison(page)
        .locator('.chart-mark', { hasText: /^at least 4,000$/ })
        .locator('path'),
      timeline(page).locator('.chart-mark path').first(),
    ]) {
      await mark.hover();
      await tooltipFor(page, 'at least 4,000 soldiers');
      const box = (await tooltip(page).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await expectAccessible(page);
    expect(dialogs).toEqual([]);
    await page.context().close();
  });

  it('exports the notes whole in the CSVs and their start in the SVG’s footer, as text', async () => {
    const { page } = await notedPage();
    const csvRows = async (button: string) =>
      Papa.parse<Record<string, string>>((await download(page, button)).bytes.toString('utf8').replace(/^\ufeff/, ''), {
        header: true,
        skipEmptyLines: true,
      }).data;
    const notesByDate = (rows: Record<string, string>[]) => rows.map((r) => [r.statedOn, r.notes]);
    expect(notesByDate(await csvRows('Export comparison chart data as CSV'))).toEqual(
      expect.arrayContaining([
        ['2025-09-02', 'Likely conflation of killed and wounded'],
        ['2025-04-01', markup],
        ['2025-06-17', long],
        ['2025-11-04', ''],
      ]),
    );
    expect(notesByDate(await csvRows('Export timeline chart data as CSV'))).toContainEqual([
      '2025-01-13',
      'stale: NIS revised it in September',
    ]);

    const raw = (await download(page, 'Export comparison chart as SVG')).bytes.toString('utf8');
    const svg = await parseSvg(page, raw);
    expect(svg.error).toBeNull();
    const footer = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return [...doc.querySelectorAll('svg > text')].map((t) => t.textContent).join(' ');
    }, raw);
    const flowing = footer.replace(/\s+/g, ' ');
    expect(flowing).toContain('2025-09-02 no link (notes: Likely conflation of killed and wounded)');
    expect(flowing).toContain(`2025-04-01 no link (notes: ${markup})`);
    // A long note's start only, cut at a word's middle if it must be, with an ellipsis.
    expect(flowing).toContain(
      '2025-06-17 no link (notes: Likely double count: the briefing was relayed twice, once b…)',
    );
    expect(flowing).not.toContain('the wires');
    expect(flowing).toContain('Seoul officials (reliability F): 2025-11-04 no link');
    expect(flowing).not.toMatch(/Seoul officials \(reliability F\): 2025-11-04 no link \(notes/);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.context().close();
  });
});
