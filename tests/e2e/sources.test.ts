import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getJson } from '../support/api.js';
import { expectAccessible, hasChromium, openPage, serverAndBrowser } from '../support/browser.js';
import { createClaim, createMetric, createSource } from '../support/records.js';

describe.skipIf(!hasChromium)('sources in Chromium', () => {
  const t = serverAndBrowser();

  const table = (page: Page) => page.getByRole('table', { name: /^Sources, sorted by/ });
  const rows = (page: Page) => table(page).locator('tbody tr');
  const names = (page: Page) => table(page).locator('tbody th[scope="row"]').allTextContents();
  const claimCounts = (page: Page) => table(page).locator('tbody td.num').allTextContents();

  it('lists the 14 demo sources with their claim counts, grades and groups', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/sources`);
    await table(page).waitFor();
    expect(await rows(page).count()).toBe(14);

    const { items } = await getJson<{ items: { name: string; claimCount: number }[] }>(
      t.server.baseUrl,
      '/api/sources',
    );
    const shown = await names(page);
    const counts = await claimCounts(page);
    expect(Object.fromEntries(shown.map((name, i) => [name, Number(counts[i])]))).toEqual(
      Object.fromEntries(items.map((s) => [s.name, s.claimCount])),
    );
    const kcna = rows(page).filter({ hasText: 'Korean Central News Agency (KCNA)' });
    expect(await kcna.textContent()).toContain('State media');
    expect(await kcna.textContent()).toContain('Reliability cannot be judged');
    expect(await kcna.locator('.group-swatch').textContent()).toBe('North Korea');
    await expectAccessible(page);
    await page.context().close();
  });

  it('sorts by a column both ways, announces the order, and keeps it in the address', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/sources`);
    await table(page).waitFor();
    const claimsHeader = table(page).getByRole('columnheader', { name: /Claims/ });
    expect(await claimsHeader.getAttribute('aria-sort')).toBe('none');

    await claimsHeader.getByRole('button').click();
    await page.waitForURL(/[?&]sort=claims/);
    await expect.poll(() => claimsHeader.getAttribute('aria-sort')).toBe('ascending');
    const ascending = (await claimCounts(page)).map(Number);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    await claimsHeader.getByRole('button').click();
    await page.waitForURL(/[?&]sort=-claims/);
    await expect.poll(() => claimsHeader.getAttribute('aria-sort')).toBe('descending');
    expect((await names(page))[0]).toBe('National Intelligence Service of South Korea (NIS)');

    await page.reload();
    await table(page).waitFor();
    expect(
      await table(page)
        .getByRole('columnheader', { name: /Claims/ })
        .getAttribute('aria-sort'),
    ).toBe('descending');
    expect((await names(page))[0]).toBe('National Intelligence Service of South Korea (NIS)');
    await page.context().close();
  });

  it('filters by text, in the address', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/sources`);
    await table(page).waitFor();
    await page.getByLabel('Filter by name, other name, kind, country or group').fill('russia');
    await page.waitForURL(/[?&]q=russia/);
    await expect.poll(() => names(page)).toEqual(['Russian Ministry of Defence', 'Security Council of Russia']);
    expect(await page.getByText('2 of 14 sources').isVisible()).toBe(true);
    await page.getByLabel('Filter by name, other name, kind, country or group').fill('nothing like this');
    await page.getByText('No source matches “nothing like this”.').waitFor();
    await page.context().close();
  });

  it('shows a source with its claims across metrics, newest first, linked to each metric', async () => {
    // A source with claims on two metrics, the older on another metric than the one followed.
    const source = await createSource(t.server.app, { kind: 'state_media', reliability: 'F' });
    const killed = await createMetric(t.server.app, { unit: 'soldiers' });
    const other = await createMetric(t.server.app, { unit: 'days' });
    await createClaim(t.server.app, {
      metricId: other.id,
      sourceId: source.id,
      value: { kind: 'exact', value: 120 },
      statedOn: '2025-08-01',
    });
    await createClaim(t.server.app, {
      metricId: killed.id,
      sourceId: source.id,
      value: { kind: 'exact', value: 9 },
      statedOn: '2025-12-12',
      citationUrl: 'https://www.themoscowtimes.com/2025/12/13/north-korea-regiment',
      quote: 'Nine members of the regiment gave their lives',
    });
    const page = await openPage(t.browser, `${t.server.baseUrl}/sources`);
    await page.getByRole('link', { name: source.name, exact: true }).click();
    await page.waitForURL(new RegExp(`/sources/${source.id}$`));
    await page.getByRole('heading', { level: 1, name: source.name }).waitFor();
    expect(await page.getByText('Reliability cannot be judged').isVisible()).toBe(true);

    const claims = page.getByRole('table', { name: `Claims by ${source.name}, newest first` });
    await claims.waitFor();
    expect(await claims.locator('tbody tr').count()).toBe(2);
    const listed = claims.locator('tbody tr');
    // The metrics' names come with their own request, which may answer after the claims.
    await expect.poll(() => listed.first().textContent()).toContain(killed.name);
    expect(await listed.last().textContent()).toContain(other.name);
    const row = claims.locator('tbody tr', { hasText: killed.name });
    expect(await row.getByText('9 soldiers', { exact: true }).isVisible()).toBe(true);
    expect(await row.getByRole('link', { name: 'themoscowtimes.com' }).getAttribute('href')).toMatch(
      /^https:\/\/www\.themoscowtimes\.com\//,
    );
    expect(await row.locator('q').textContent()).toContain('Nine members of the regiment');
    await expectAccessible(page);

    await row.getByRole('link', { name: killed.name }).click();
    await page.waitForURL(new RegExp(`/metrics/${killed.id}$`));
    await page.context().close();
  });

  it('marks a new source a party to the conflict in its form, shows it in the list and the facts, and lists the change', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/sources/new`);
    const name = `Ukrainian General Staff ${Date.now()}`;
    await page.getByLabel('Name', { exact: true }).fill(name);
    const party = page.getByRole('checkbox', { name: 'Party to the conflict' });
    expect(await party.isChecked()).toBe(false);
    await party.focus();
    await page.keyboard.press('Space');
    expect(await party.isChecked()).toBe(true);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Create source' }).click();
    await page.waitForURL(/\/sources\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').at(-1));
    expect((await getJson<{ party: boolean }>(t.server.baseUrl, `/api/sources/${id}`)).party).toBe(true);
    const facts = page.locator('dl.facts');
    await facts.getByText('Party to the conflict').waitFor();
    expect(await facts.locator('dt:text-is("Party to the conflict") + dd').textContent()).toBe('Yes');

    await page.goto(`${t.server.baseUrl}/sources?q=${encodeURIComponent(name)}`);
    const row = rows(page).filter({ hasText: name });
    await row.waitFor();
    const header = await table(page).locator('thead th').allTextContents();
    expect(
      await row
        .locator('td')
        .nth(header.findIndex((h) => h.includes('Party to the conflict')) - 1)
        .textContent(),
    ).toBe('Yes');

    await page.goto(`${t.server.baseUrl}/sources/${id}/edit`);
    await party.waitFor();
    await party.uncheck();
    await page.getByRole('button', { name: 'Save source' }).click();
    await page.waitForURL(new RegExp(`/sources/${id}$`));
    expect((await getJson<{ party: boolean }>(t.server.baseUrl, `/api/sources/${id}`)).party).toBe(false);
    await page.goto(`${t.server.baseUrl}/sources/${id}/history`);
    const changed = page
      .getByRole('table', { name: 'Fields changed in version 2' })
      .getByRole('row', { name: /^Party to the conflict/ });
    await changed.waitFor();
    expect(await changed.getByRole('cell').allTextContents()).toEqual(['Yes', 'No']);
    await page.context().close();
  });

  it('says plainly when there is no such source', async () => {
    for (const id of ['99999', 'not-a-number']) {
      const page = await openPage(t.browser, `${t.server.baseUrl}/sources/${id}`);
      await page.getByRole('heading', { level: 1, name: 'No such source' }).waitFor();
      await expectAccessible(page);
      await page.context().close();
    }
  });
});
