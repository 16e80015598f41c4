import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Metric, Source } from '../../shared/schemas/index.js';
import { allClaims } from '../support/api.js';
import { focused, hasChromium, openPage, serverAndBrowser } from '../support/browser.js';
import { createClaim, createMetric, createSource } from '../support/records.js';
import { editorEmail, editorPassword } from '../support/testApp.js';

describe.skipIf(!hasChromium)('keyboard focus after actions in Chromium', () => {
  const t = serverAndBrowser({ seed: false });
  let killed: Metric;
  let kcna: Source;
  beforeAll(async () => {
    killed = await createMetric(t.server.app);
    kcna = await createSource(t.server.app);
  });

  async function fillNewClaim(page: Page, figure: string) {
    await page.getByLabel('Metric').fill(killed.name);
    await page.getByLabel('Source (who said it)').fill(kcna.name);
    await page.getByLabel('Figure (exact)').fill(figure);
    await page.getByLabel('Stated on').fill('2026-01-05');
  }

  it('lands on the new page’s heading after saving a claim, and on the way back after the last page', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/claims/new`);
    await fillNewClaim(page, '13');
    await page.getByRole('button', { name: 'Add claim' }).press('Enter');
    await page.waitForURL(/highlight=/);
    await expect.poll(() => focused(page)).toBe(`h1: ${killed.name}`);

    const metric = await createMetric(t.server.app);
    const source = await createSource(t.server.app);
    for (let i = 0; i < 51; i++) await createClaim(t.server.app, { metricId: metric.id, sourceId: source.id });
    await page.goto(`${t.server.baseUrl}/metrics/${metric.id}`);
    const pages = page.getByRole('navigation', { name: 'Pages of claims' });
    await pages.getByRole('button', { name: 'Next' }).press('Enter');
    await pages.getByText('Page 2 of 2').waitFor();
    await expect.poll(() => focused(page)).toBe('button: Previous');
    await page.context().close();
  });

  it('returns focus to the save button when a dialog opened by saving closes', async () => {
    const before = (await allClaims(t.server.baseUrl)).length;
    const page = await openPage(t.browser, `${t.server.baseUrl}/claims/new`);
    await fillNewClaim(page, '14');
    await page.context().clearCookies();
    await page.getByRole('button', { name: 'Add claim' }).press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Your session has expired' });
    await dialog.getByLabel('Email').fill(editorEmail);
    await dialog.getByLabel('Password').fill(editorPassword);
    await dialog.getByRole('button', { name: 'Sign in' }).press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focused(page)).toBe('button: Add claim');
    expect((await allClaims(t.server.baseUrl)).length).toBe(before);
    await page.context().close();

    const { id } = kcna;
    const first = await openPage(t.browser, `${t.server.baseUrl}/sources/${id}/edit`);
    const second = await openPage(t.browser, `${t.server.baseUrl}/sources/${id}/edit`);
    await second.getByLabel('Notes').waitFor();
    await first.getByLabel('Country').fill('DPRK');
    await first.getByRole('button', { name: 'Save source' }).click();
    await first.waitForURL(new RegExp(`/sources/${id}$`));
    await second.getByLabel('Notes').fill('Second analyst note');
    await second.getByRole('button', { name: 'Save source' }).press('Enter');
    const conflict = second.getByRole('dialog', { name: 'Someone else changed this source' });
    await conflict.waitFor();
    await second.keyboard.press('Escape');
    await conflict.waitFor({ state: 'hidden' });
    expect(await focused(second)).toBe('button: Save source');
    await first.context().close();
    await second.context().close();
  });

  it('offers Undo to the keyboard after a delete, and keeps it while it is focused or hovered', async () => {
    const metric = await createMetric(t.server.app);
    const claim = await createClaim(t.server.app, { metricId: metric.id });
    const page = await openPage(t.browser, 'about:blank');
    await page.clock.install();
    await page.goto(`${t.server.baseUrl}/metrics/${metric.id}`);
    await page.getByRole('button', { name: /^Delete claim by/ }).press('Enter');
    const toast = page.locator('.toast', { hasText: `Claim #${claim.id} deleted.` });
    await toast.waitFor({ timeout: 8000 });
    await expect.poll(() => focused(page)).toBe('button: Undo');

    await page.clock.runFor(30_000);
    expect(await toast.isVisible()).toBe(true);
    await toast.hover();
    await page.getByRole('link', { name: 'Overview' }).focus();
    await page.clock.runFor(30_000);
    expect(await toast.isVisible()).toBe(true);
    await page.mouse.move(0, 0);
    await page.clock.runFor(11_000);
    await toast.waitFor({ state: 'detached', timeout: 5000 });
    await page.context().close();
  });
});
