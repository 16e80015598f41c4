import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getJson } from '../support/api.js';
import { expectAccessible, hasChromium, openPage, serverAndBrowser } from '../support/browser.js';

describe.skipIf(!hasChromium)('overview in Chromium', () => {
  const t = serverAndBrowser();

  const table = (page: Page) => page.getByRole('table', { name: 'Metrics, most divergent first' });
  const metricNames = (page: Page) => table(page).locator('tbody th[scope="row"] a').allTextContents();
  const asOfInput = (page: Page) => page.getByLabel('As of', { exact: true });

  it('ranks the demo metrics most divergent first, with the spread, its flag and a worded dot plot', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/?asOf=2026-01-01`);
    await table(page).waitFor();

    const ranked = await getJson<{ items: { metric: { name: string } }[] }>(
      t.server.baseUrl,
      '/api/divergence?asOf=2026-01-01',
    );
    expect(await metricNames(page)).toEqual(ranked.items.map((r) => r.metric.name));
    // KCNA's nine cover one regiment: the killed metric's spread is the whole-scope figures', not ×667,
    // and it is ranked without South Korean officials' 600, which repeats a figure NIS had revised.
    const killed = table(page).locator('tbody tr', { hasText: 'North Korean soldiers killed' });
    expect(await killed.locator('.spread').textContent()).toBe('×6 (0.8 orders of magnitude)');
    expect(await killed.locator('.left-out').textContent()).toBe(
      'leaving out South Korean officials’ at least 600 (superseded); ×10 (1.0 orders of magnitude) with it',
    );
    expect(await killed.getByText('disjoint', { exact: true }).isVisible()).toBe(true);
    expect(await killed.getByText('scope mismatch').count()).toBe(0);
    const plot = killed.getByRole('img');
    expect(await plot.getAttribute('aria-label')).toBe(
      '5 sources on a log scale: KCNA 9; South Korean officials at least 600; Western officials about 1,000; ' +
        'NIS about 2,000; SK/UA/Western sources at least 6,000 soldiers',
    );
    expect(await page.getByRole('list', { name: 'Source groups' }).getByText('North Korea').isVisible()).toBe(true);
    // The Russian MoD's latest word on the engineers is a statement: counted, with no mark.
    const engineers = page.getByRole('row', { name: /North Korean engineers and deminers in Russia/ });
    expect(await engineers.getByRole('cell').first().textContent()).toBe('4');
    expect(await engineers.getByText('×1 (0.0 orders of magnitude); 1 source gave no figure').isVisible()).toBe(true);

    await killed.getByRole('link', { name: 'North Korean soldiers killed' }).click();
    await page.waitForURL(/\/metrics\/\d+\?asOf=2026-01-01$/);
    await page.goBack();
    await table(page).waitFor();
    await expectAccessible(page);
    await page.context().close();
  });

  it('shows each metric’s findings as labelled badges that reach their rules by keyboard', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/?asOf=2026-01-01`);
    await table(page).waitFor();
    const killed = table(page).locator('tbody tr', { hasText: 'North Korean soldiers killed' });
    const badges = killed.locator('.badges').getByRole('link');
    // The demo's "more than 6,000 killed" is UK MoD's "more than 6,000 casualties" of five months before.
    expect(await badges.allTextContents()).toEqual(['1 superseded', '1 possible conflation', '1 part of scope']);
    expect(await killed.getByRole('link', { name: 'Note: 1 part of scope, how this is found' }).count()).toBe(1);
    const superseded = killed.getByRole('link', { name: 'Warning: 1 superseded, how this is found' });
    expect(await superseded.getAttribute('title')).toBe(
      'Warning: 1 superseded (figure its source had since revised). Opens how this is found.',
    );
    // The estimate beside the spread: none where credible figures disagree, a figure where they agree.
    const engineers = table(page).locator('tbody tr', { hasText: 'North Korean engineers and deminers' });
    expect(await killed.locator('td').nth(2).textContent()).toBe('no consensus');
    expect(await engineers.locator('td').nth(2).textContent()).toMatch(/^about 1,\d00 \(90%: 1,\d00–1,\d00\)$/);
    const troops = table(page).locator('tbody tr', { hasText: 'North Korean troops sent to Russia' });
    expect(await troops.locator('.badges').getByRole('link').count()).toBe(0);
    await expectAccessible(page);

    // From the metric's own link, the next stops are its badges, in order.
    await killed.getByRole('link', { name: 'North Korean soldiers killed' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Warning: 1 superseded, how this is found',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/methodology#superseded$/);
    await page.getByRole('heading', { name: 'Superseded figures (warning)' }).waitFor();
    await page.goBack();
    await table(page).waitFor();
    await page.context().close();
  });

  it('keeps the as-of date in the address, re-ranks for it, and survives a reload', async () => {
    const page = await openPage(t.browser, t.server.baseUrl);
    await table(page).waitFor();
    await asOfInput(page).fill('2025-02-01');
    await page.waitForURL(/[?&]asOf=2025-02-01/);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'figures as of' }).textContent())
      .toContain('figures as of 2025-02-01');
    const early = await metricNames(page);
    // The casualties' wider spread then is one outlier's: the killed metric's real disagreement ranks first.
    expect(early.slice(0, 2)).toEqual(['North Korean soldiers killed', 'North Korean casualties (killed and wounded)']);
    const killed = table(page).locator('tbody tr', { hasText: 'North Korean soldiers killed' });
    expect(await killed.locator('.spread').textContent()).toBe('×3.3 (0.5 orders of magnitude)');
    const casualties = table(page).locator('tbody tr', { hasText: 'North Korean casualties' });
    expect(await casualties.locator('.spread').textContent()).toMatch(/^×1\.8 /);
    expect(await casualties.locator('.left-out').textContent()).toMatch(/^leaving out .* \(outlier\); ×6\.3 /);

    await page.reload();
    await table(page).waitFor();
    expect(await asOfInput(page).inputValue()).toBe('2025-02-01');
    expect(await metricNames(page)).toEqual(early);
    await page.context().close();
  });

  it('filters by name and topic, says when nothing matches, and clears in one step', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/?asOf=2026-01-01`);
    await table(page).waitFor();
    await page.getByLabel('Search by name').fill('troops');
    await page.waitForURL(/[?&]q=troops/);
    await expect.poll(() => metricNames(page)).toEqual(['North Korean troops sent to Russia']);
    expect(await page.getByText('1 metric matches, figures as of 2026-01-01').isVisible()).toBe(true);

    await page.getByLabel('Topic').selectOption('North Korean deployment to Russia (Kursk)');
    await page.waitForURL(/[?&]topic=North/);
    await expect.poll(() => metricNames(page)).toEqual(['North Korean troops sent to Russia']);

    await page.getByLabel('Search by name').fill('no such metric');
    await page.getByText('No metrics match these filters.').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Clear filters' }).click();
    await expect.poll(() => metricNames(page).then((names) => names.length)).toBe(5);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByLabel('Search by name').inputValue()).toBe('');
    await page.context().close();
  });

  it('keeps every key typed quickly, and moves on by keyboard with a visible focus ring', async () => {
    const page = await openPage(t.browser, t.server.baseUrl);
    await table(page).waitFor();
    await page.getByLabel('Search by name').focus();
    // Typed at full speed: a box bound straight to the address would drop keys here.
    await page.keyboard.type('killed');
    await page.waitForURL(/[?&]q=killed$/);
    expect(await page.getByLabel('Search by name').inputValue()).toBe('killed');
    await expect
      .poll(() => metricNames(page))
      .toEqual(['North Korean casualties (killed and wounded)', 'North Korean soldiers killed']);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await page.context().close();
  });
});
