import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { allClaims, getJson } from '../support/api.js';
import { createClaim, createKilledFigures, createMetric } from '../support/records.js';
import { expectAccessible, hasChromium, openPage, serverAndBrowser, signedInHeaders } from '../support/browser.js';

describe.skipIf(!hasChromium)('adding and correcting claims in Chromium', () => {
  const t = serverAndBrowser({ seed: false });
  let killedId: number;
  let killedName: string;
  beforeAll(async () => {
    // The first claim is the one the edits below take.
    const { metric } = await createKilledFigures(t.server.app);
    [killedId, killedName] = [metric.id, metric.name];
  });

  const pick = async (page: Page, label: string, name: string) => {
    await page.getByLabel(label).fill(name);
  };

  // What the form reports is checked in ClaimForm.test.tsx; this checks how it reads, which needs a browser.
  it('passes the accessibility check with every error of an empty claim shown', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/claims/new`);
    await page.getByRole('button', { name: 'Add claim' }).click();
    await expect.poll(() => page.getByText('Choose the metric this figure counts').isVisible()).toBe(true);
    await expectAccessible(page);
    await page.context().close();
  });

  it('adds "at least 2,500" for a source created inline, using the keyboard for the kind', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/claims/new?metricId=${killedId}`);
    await page.getByRole('button', { name: 'New source…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New source' });
    await dialog.getByLabel('Name', { exact: true }).fill('Ukrainian military intelligence (HUR)');
    await dialog.getByLabel('Short name').fill('HUR');
    await dialog.getByLabel('Group').fill('Ukraine');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Create source' }).click();
    await expect
      .poll(() => page.getByLabel('Source (who said it)').inputValue())
      .toBe('Ukrainian military intelligence (HUR)');

    // Arrow keys move through the segmented control like any radio group: exact → approximate → at least.
    await page.getByRole('radio', { name: 'Exact', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'At least' }).isChecked()).toBe(true);
    await page.getByLabel('Figure (at least)').fill('2,500');
    await page.getByLabel('Stated on').fill('2025-12-20');
    await page.getByLabel('Scope').fill('whole contingent');
    await page.getByLabel('Citation URL').fill('https://example.org/hur');
    await page.getByLabel('Verbatim quote').fill('at least 2,500 were killed');
    // A marker on the window survives client-side navigation but not a reload.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByRole('button', { name: 'Add claim' }).click();
    await page.waitForURL(/\/metrics\/\d+\?highlight=\d+/);

    const chart = page.locator('section[aria-labelledby="latest-heading"] .recharts-surface');
    await chart.waitFor();
    await expect.poll(() => chart.textContent()).toContain('HUR');
    const timeline = page.locator('section[aria-labelledby="timeline-heading"]');
    await expect.poll(() => timeline.textContent()).toContain('HUR');
    const row = page.locator('.claims-table tr.row-highlight');
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('at least 2,500');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

    const id = Number(new URL(page.url()).searchParams.get('highlight'));
    const saved = await getJson<{ value: unknown; metricId: number; statedOn: string }>(
      t.server.baseUrl,
      `/api/claims/${id}`,
    );
    expect(saved).toMatchObject({
      value: { kind: 'at_least', value: 2500 },
      metricId: killedId,
      statedOn: '2025-12-20',
    });
    await page.context().close();
  });

  it('keeps the date, shortened, when its precision is lowered, and saves what it shows', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/claims/new?metricId=${killedId}`);
    const warnings: string[] = [];
    page.on('console', (message) => warnings.push(message.text()));
    await pick(page, 'Source (who said it)', 'Korean Central News Agency (KCNA)');
    await page.getByLabel('Figure (exact)').fill('9');
    const statedOn = page.getByLabel('Stated on');
    await statedOn.fill('2025-03-04');

    await page.getByLabel('Date known to the').selectOption('month');
    expect([await statedOn.getAttribute('type'), await statedOn.inputValue()]).toEqual(['month', '2025-03']);
    await page.getByLabel('Date known to the').selectOption('year');
    expect([await statedOn.getAttribute('type'), await statedOn.inputValue()]).toEqual(['text', '2025']);
    expect(warnings.filter((w) => w.includes('does not conform'))).toEqual([]);

    await page.getByRole('button', { name: 'Add claim' }).click();
    await page.waitForURL(/highlight=/);
    const id = Number(new URL(page.url()).searchParams.get('highlight'));
    expect((await getJson<{ statedOn: string }>(t.server.baseUrl, `/api/claims/${id}`)).statedOn).toBe('2025');

    await page.goto(`${t.server.baseUrl}/claims/${id}/edit`);
    await statedOn.waitFor();
    expect(await statedOn.inputValue()).toBe('2025');
    await page.context().close();
  });

  it('opens the conflict dialog for the second of two concurrent edits and loses nothing', async () => {
    const [claim] = (await allClaims(t.server.baseUrl, `&metricId=${killedId}`)) as { id: number }[];
    const first = await openPage(t.browser, `${t.server.baseUrl}/claims/${claim!.id}/edit`);
    const second = await openPage(t.browser, `${t.server.baseUrl}/claims/${claim!.id}/edit`);
    await second.getByLabel('Notes').waitFor();

    await first.getByLabel('Scope').fill('first analyst scope');
    await first.getByRole('button', { name: 'Save claim' }).click();
    await first.waitForURL(/highlight=/);

    await second.getByLabel('Notes').fill('second analyst notes');
    await second.getByRole('button', { name: 'Save claim' }).click();
    const dialog = second.getByRole('dialog', { name: 'Someone else changed this claim' });
    await dialog.waitFor();
    expect(await dialog.getByText('first analyst scope').isVisible()).toBe(true);
    expect(await dialog.getByText('second analyst notes').isVisible()).toBe(true);
    await expectAccessible(second);

    const stored = await getJson<{ scope: string; notes: string | null }>(t.server.baseUrl, `/api/claims/${claim!.id}`);
    expect(stored.scope).toBe('first analyst scope');

    await dialog.getByRole('button', { name: 'Load their version' }).click();
    expect(await second.getByLabel('Scope').inputValue()).toBe('first analyst scope');
    await second.getByLabel('Notes').fill('second analyst notes');
    await second.getByRole('button', { name: 'Save claim' }).click();
    await second.waitForURL(/highlight=/);
    const merged = await getJson<{ scope: string; notes: string }>(t.server.baseUrl, `/api/claims/${claim!.id}`);
    expect(merged).toMatchObject({ scope: 'first analyst scope', notes: 'second analyst notes' });
    await first.context().close();
    await second.context().close();
  });

  it('names the metric and source in the history, and links the claim repeated', async () => {
    const [, original, repeat] = (await allClaims(t.server.baseUrl, `&metricId=${killedId}`)) as {
      id: number;
      sourceId: number;
    }[];
    const source = await getJson<{ name: string }>(t.server.baseUrl, `/api/sources/${repeat!.sourceId}`);
    const page = await openPage(t.browser, `${t.server.baseUrl}/claims/${repeat!.id}/edit`);
    await page.getByLabel('Repeats an earlier claim').selectOption(String(original!.id));
    await page.getByRole('button', { name: 'Save claim' }).click();
    await page.waitForURL(/highlight=/);

    await page.goto(`${t.server.baseUrl}/claims/${repeat!.id}/history`);
    const cell = (version: number, field: string) =>
      page
        .getByRole('table', { name: `Fields changed in version ${version}` })
        .getByRole('row', { name: field })
        .getByRole('cell')
        .last();
    const repeated = cell(2, 'Repeats an earlier claim').getByRole('link', { name: `Claim #${original!.id}` });
    await repeated.waitFor();
    expect(await repeated.getAttribute('href')).toBe(`/claims/${original!.id}/edit`);
    const metric = cell(1, 'Metric').getByRole('link', { name: killedName });
    await metric.waitFor();
    expect(await metric.getAttribute('href')).toBe(`/metrics/${killedId}`);
    expect(await cell(1, 'Source').getByRole('link').textContent()).toBe(source.name);
    expect(await page.locator('.history').textContent()).not.toContain('(id)');
    await expectAccessible(page);
    await page.context().close();
  });

  it('shows and changes whether a claim covers the whole scope, and lists the change in the history', async () => {
    const claims = (await allClaims(t.server.baseUrl, `&metricId=${killedId}`)) as {
      id: number;
      value: { kind: string; value?: number };
      coverage: string | null;
    }[];
    const nine = claims.find((c) => c.value.kind === 'exact' && c.value.value === 9)!;
    expect(nine.coverage).toBe('part');
    const page = await openPage(t.browser, `${t.server.baseUrl}/claims/${nine.id}/edit`);
    const coverage = page.getByLabel('Coverage');
    await expect.poll(() => coverage.inputValue()).toBe('part');
    expect(await coverage.locator('option').allTextContents()).toEqual(['Unknown', 'Whole scope', 'Part of it']);
    await coverage.selectOption({ label: 'Unknown' });
    await page.getByRole('button', { name: 'Save claim' }).click();
    await page.waitForURL(/highlight=/);
    expect((await getJson<{ coverage: string | null }>(t.server.baseUrl, `/api/claims/${nine.id}`)).coverage).toBe(
      null,
    );

    await page.goto(`${t.server.baseUrl}/claims/${nine.id}/history`);
    const changed = page
      .getByRole('table', { name: 'Fields changed in version 2' })
      .getByRole('row', { name: 'Coverage' });
    await changed.waitFor();
    expect(await changed.getByRole('cell').allTextContents()).toEqual(['Part of it', '—']);
    await expectAccessible(page);
    await page.context().close();
  });

  it('deletes without asking, undoes from the toast, and lists every action in the history', async () => {
    const [claim] = (await allClaims(t.server.baseUrl, `&metricId=${killedId}`)) as { id: number }[];
    const page = await openPage(t.browser, `${t.server.baseUrl}/claims/${claim!.id}/edit`);
    await page.getByRole('button', { name: 'Delete this claim' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(
        async () =>
          (await getJson<{ deletedAt: string | null }>(t.server.baseUrl, `/api/claims/${claim!.id}`)).deletedAt,
      )
      .toBeNull();

    await page.goto(`${t.server.baseUrl}/claims/${claim!.id}/history`);
    await page.getByRole('heading', { name: /Restored/ }).waitFor();
    const headings = await page.locator('.history-head').allTextContents();
    expect(headings.map((h) => h.split(' ')[0])).toEqual(['Restored', 'Deleted', 'Updated', 'Updated', 'Created']);
    await expectAccessible(page);
    await page.context().close();
  });

  it('deletes nothing from the table when someone changed the claim since the page loaded, and says so', async () => {
    const metric = await createMetric(t.server.app);
    const claim = await createClaim(t.server.app, { metricId: metric.id, value: { kind: 'exact', value: 9 } });
    const page = await openPage(t.browser, 'about:blank');
    // No live update reaches this page, as when the colleague's save lands just before the click.
    await page.route('**/api/events', (route) => route.abort());
    await page.goto(`${t.server.baseUrl}/metrics/${metric.id}`);
    const figure = page.locator('.claims-table .claim-figure');
    await expect.poll(() => figure.innerText()).toMatch(/^9\b/);

    const corrected = await fetch(`${t.server.baseUrl}/api/claims/${claim.id}`, {
      method: 'PATCH',
      headers: { ...signedInHeaders(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ value: { kind: 'exact', value: 6000 }, version: claim.version }),
    });
    expect(corrected.status).toBe(200);
    await page.getByRole('button', { name: /^Delete claim by/ }).click();

    await page
      .getByText('Someone changed this claim since you loaded it; look at the new version before deleting it.')
      .waitFor({ timeout: 8000 });
    await expect.poll(() => figure.innerText()).toMatch(/^6,000\b/);
    expect(await getJson(t.server.baseUrl, `/api/claims/${claim.id}`)).toMatchObject({ deletedAt: null, version: 2 });
    await expectAccessible(page);
    await page.context().close();
  });

  it('deletes from the edit page only the version the form shows, then shows the newer one to delete', async () => {
    const metric = await createMetric(t.server.app);
    const claim = await createClaim(t.server.app, { metricId: metric.id, value: { kind: 'exact', value: 9 } });
    const page = await openPage(t.browser, `${t.server.baseUrl}/claims/${claim.id}/edit`);
    const figure = page.getByLabel('Figure (exact)');
    await expect.poll(() => figure.inputValue()).toBe('9');

    // The live update refreshes the claim behind the form, which keeps showing what it opened with.
    const refreshed = page.waitForResponse(
      (r) => r.request().method() === 'GET' && new URL(r.url()).pathname === `/api/claims/${claim.id}`,
    );
    const corrected = await fetch(`${t.server.baseUrl}/api/claims/${claim.id}`, {
      method: 'PATCH',
      headers: { ...signedInHeaders(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ value: { kind: 'exact', value: 6000 }, version: claim.version }),
    });
    expect(corrected.status).toBe(200);
    await refreshed;
    await page.getByRole('button', { name: 'Delete this claim' }).click();
    await page
      .getByText('Someone changed this claim since you loaded it; look at the new version before deleting it.')
      .waitFor({ timeout: 8000 });
    expect(await getJson(t.server.baseUrl, `/api/claims/${claim.id}`)).toMatchObject({ deletedAt: null, version: 2 });
    // The form now shows what was about to be deleted; deleting it again deletes that one.
    await expect.poll(() => figure.inputValue()).toBe('6000');
    await page.getByRole('button', { name: 'Delete this claim' }).click();
    await page.waitForURL(new RegExp(`/metrics/${metric.id}`));
    expect(await getJson(t.server.baseUrl, `/api/claims/${claim.id}`)).toMatchObject({ version: 3 });
    await page.context().close();
  });

  it('restores from the table the deleted claim it shows, and not one deleted again since', async () => {
    const metric = await createMetric(t.server.app);
    const claim = await createClaim(t.server.app, { metricId: metric.id });
    const write = (path: string, method: string) =>
      fetch(`${t.server.baseUrl}/api/claims/${claim.id}${path}`, { method, headers: signedInHeaders() });
    expect((await write('', 'DELETE')).status).toBe(200);
    const page = await openPage(t.browser, 'about:blank');
    await page.route('**/api/events', (route) => route.abort());
    await page.goto(`${t.server.baseUrl}/metrics/${metric.id}?deleted=shown`);
    const restore = page.getByRole('button', { name: /^Restore claim by/ });
    await restore.waitFor();

    expect((await write('/restore', 'POST')).status).toBe(200);
    expect((await write('', 'DELETE')).status).toBe(200);
    await restore.click();
    await page
      .getByText('Someone changed this claim since you loaded it; look at the new version before restoring it.')
      .waitFor({ timeout: 8000 });
    expect(await getJson(t.server.baseUrl, `/api/claims/${claim.id}`)).toMatchObject({
      deletedAt: expect.any(String),
      version: 4,
    });
    await expectAccessible(page);

    // The table now shows version 4: restoring it, knowingly, works.
    await restore.click();
    await expect
      .poll(
        async () =>
          (await getJson<{ deletedAt: string | null }>(t.server.baseUrl, `/api/claims/${claim.id}`)).deletedAt,
      )
      .toBeNull();
    await page.context().close();
  });

  it('keeps a quote’s line breaks and Unicode through an edit, and shows the breaks in its history', async () => {
    const [claim] = (await allClaims(t.server.baseUrl, `&metricId=${killedId}`)) as { id: number }[];
    const before = 'He said: "nine" — «девять»';
    const after = 'He said:\n"nine" — «девять»';
    const page = await openPage(t.browser, `${t.server.baseUrl}/claims/${claim!.id}/edit`);
    const quote = page.getByLabel('Verbatim quote');
    for (const text of [before, after]) {
      await quote.fill(text);
      await page.getByRole('button', { name: 'Save claim' }).click();
      await page.waitForURL(/highlight=/);
      expect((await getJson<{ quote: string }>(t.server.baseUrl, `/api/claims/${claim!.id}`)).quote).toBe(text);
      await page.goto(`${t.server.baseUrl}/claims/${claim!.id}/edit`);
      expect(await quote.inputValue()).toBe(text);
    }

    // An edit that only breaks a line must not read as before = after.
    await page.goto(`${t.server.baseUrl}/claims/${claim!.id}/history`);
    const changed = page.locator('.history > li').first().getByRole('row', { name: /Quote/ }).getByRole('cell');
    await changed.first().waitFor();
    expect(await changed.allInnerTexts()).toEqual([before, after]);
    await page.context().close();
  });

  it('offers a deleted claim for restoring, not for editing, and shows the form once it is back', async () => {
    const [claim] = (await allClaims(t.server.baseUrl, `&metricId=${killedId}`)) as { id: number }[];
    const page = await openPage(t.browser, `${t.server.baseUrl}/claims/${claim!.id}/edit`);
    await page.getByRole('button', { name: 'Delete this claim' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    await page.goto(`${t.server.baseUrl}/claims/${claim!.id}/edit`);
    await page.getByText('This claim is deleted: restore it to edit it.').waitFor();
    expect(await page.getByRole('button', { name: 'Save claim' }).count()).toBe(0);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Restore this claim' }).click();
    await page.getByRole('button', { name: 'Save claim' }).waitFor();
    expect(
      (await getJson<{ deletedAt: string | null }>(t.server.baseUrl, `/api/claims/${claim!.id}`)).deletedAt,
    ).toBeNull();
    await page.context().close();
  });
});
