import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getJson } from '../support/api.js';
import { expectAccessible, hasChromium, openPage, serverAndBrowser } from '../support/browser.js';
import { createClaim, createMetric, createSource } from '../support/records.js';

describe.skipIf(!hasChromium)('one source or metric under many names, in Chromium', () => {
  const t = serverAndBrowser({ seed: false });

  async function spellings() {
    const metric = await createMetric(t.server.app, { name: 'North Korean soldiers killed' });
    const nis = await createSource(t.server.app, { name: 'National Intelligence Service (NIS)', aliases: ['NIS'] });
    const lawmaker = await createSource(t.server.app, { name: 'lawmaker Lee citing NIS' });
    for (const statedOn of ['2025-01-13', '2025-09-04']) {
      await createClaim(t.server.app, { metricId: metric.id, sourceId: lawmaker.id, statedOn });
    }
    await createSource(t.server.app, { name: 'Yonhap' });
    return { nis, lawmaker };
  }

  const fitsWidth = (page: Page, width: number) =>
    expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

  it('lists the possible duplicate, merges it after saying how many claims move, and undoes it from history', async () => {
    const { nis, lawmaker } = await spellings();
    const page = await openPage(t.browser, `${t.server.baseUrl}/sources`);
    const duplicates = page.getByRole('region', { name: 'Possible duplicates' });
    const item = duplicates.getByRole('listitem').filter({ hasText: 'lawmaker Lee citing NIS' });
    await item.waitFor();
    expect(await item.textContent()).toContain('cites the other');
    await expectAccessible(page);

    await item.getByRole('button', { name: 'Merge into “National Intelligence Service (NIS)”…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge “lawmaker Lee citing NIS” into another source' });
    await expect
      .poll(() => dialog.textContent())
      .toContain(
        '2 claims move to “National Intelligence Service (NIS)”, each move kept in its history. This source is deleted, and “lawmaker Lee citing NIS” becomes another name of',
      );
    await expectAccessible(page, 'dialog');
    await dialog.getByRole('button', { name: 'Merge into “National Intelligence Service (NIS)”' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await duplicates.getByText('No two sources look like one under two names.').waitFor();

    const merged = await getJson<{ aliases: string[] }>(t.server.baseUrl, `/api/sources/${nis.id}`);
    expect(merged.aliases).toEqual(['NIS', 'lawmaker Lee citing NIS']);

    await page.goto(`${t.server.baseUrl}/sources/${nis.id}`);
    await page.getByText('lawmaker Lee citing NIS').first().waitFor();
    await page.goto(`${t.server.baseUrl}/sources/${lawmaker.id}/history`);
    await page.getByRole('heading', { name: /^Merged into another/ }).waitFor();
    await page.getByRole('button', { name: 'Undo this merge' }).click();
    await page.getByRole('status').filter({ hasText: 'Merge undone: 2 claims moved back' }).waitFor();
    await expectAccessible(page);
    const back = await getJson<{ deletedAt: string | null }>(t.server.baseUrl, `/api/sources/${lawmaker.id}`);
    expect(back.deletedAt).toBeNull();
    await page.context().close();
  });

  it('edits other names one a line and shows them on the source page, on a phone in the dark', async () => {
    const yonhap = (
      await getJson<{ items: { id: number; name: string }[] }>(t.server.baseUrl, '/api/sources')
    ).items.find((s) => s.name === 'Yonhap')!;
    const page = await openPage(t.browser, `${t.server.baseUrl}/sources/${yonhap.id}/edit`, { colorScheme: 'dark' });
    await page.setViewportSize({ width: 390, height: 844 });
    const aliases = page.getByLabel('Also known as');
    await aliases.fill('Yonhap News Agency\nYNA');
    await page.getByRole('button', { name: 'Save source' }).click();
    await page.waitForURL(new RegExp(`/sources/${yonhap.id}$`));
    const facts = page.locator('.facts');
    await facts.getByText('Yonhap News Agency').waitFor();
    expect(await facts.locator('.alias-list li').allTextContents()).toEqual(['Yonhap News Agency', 'YNA']);
    await fitsWidth(page, 390);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Merge into…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Merge into').fill('nis');
    await expect.poll(() => dialog.textContent()).toContain('It has no claims to move.');
    await fitsWidth(page, 390);
    await expectAccessible(page, 'dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.goto(`${t.server.baseUrl}/sources`);
    await page.getByRole('region', { name: 'Possible duplicates' }).waitFor();
    await fitsWidth(page, 390);
    await page.context().close();
  });

  it('merges a metric under another name into the metric it duplicates, then undoes it from history', async () => {
    const killed = await createMetric(t.server.app, { name: 'DPRK troops killed in Kursk', unit: 'soldiers' });
    const deaths = await createMetric(t.server.app, { name: 'North Korean deaths in Kursk', unit: 'people' });
    const kcna = await createSource(t.server.app, { name: 'KCNA' });
    await createClaim(t.server.app, { metricId: deaths.id, sourceId: kcna.id, statedOn: '2025-12-12' });
    const page = await openPage(t.browser, `${t.server.baseUrl}/metrics/${deaths.id}`);
    await page.getByRole('button', { name: 'Merge into…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge “North Korean deaths in Kursk” into another metric' });
    await dialog.getByLabel('Merge into').fill('DPRK troops killed in Kursk');
    await expect.poll(() => dialog.textContent()).toContain('Its claims move to “DPRK troops killed in Kursk”');
    expect(await dialog.textContent()).toContain('is counted in people and “DPRK troops killed in Kursk” in soldiers');
    await expectAccessible(page, 'dialog');
    await dialog.getByRole('button', { name: 'Merge into “DPRK troops killed in Kursk”' }).click();
    await page.waitForURL(new RegExp(`/metrics/${killed.id}$`));
    const moved = await getJson<{ items: { metricId: number }[] }>(t.server.baseUrl, `/api/claims?sourceId=${kcna.id}`);
    expect(moved.items.map((c) => c.metricId)).toEqual([killed.id]);

    await page.goto(`${t.server.baseUrl}/metrics/${deaths.id}/history`);
    await page.getByRole('button', { name: 'Undo this merge' }).click();
    await page.getByRole('status').filter({ hasText: 'Merge undone: 1 claim moved back' }).waitFor();
    const back = await getJson<{ items: { metricId: number }[] }>(t.server.baseUrl, `/api/claims?sourceId=${kcna.id}`);
    expect(back.items.map((c) => c.metricId)).toEqual([deaths.id]);
    await page.context().close();
  });
});
