import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, hasChromium, openPage, serverAndBrowser } from '../support/browser.js';
import { download } from '../support/downloads.js';
import { createClaim, createMetric, createSource } from '../support/records.js';

describe.skipIf(!hasChromium)('claims graded improbable', () => {
  const t = serverAndBrowser({ seed: false });
  let lengthId: number;
  let lengthName: string;
  beforeAll(async () => {
    // A deployment length with one claim, KCNA's 120 days, graded improbable.
    const metric = await createMetric(t.server.app, { name: 'Deployment length of a regiment', unit: 'days' });
    const source = await createSource(t.server.app, { shortName: 'KCNA' });
    await createClaim(t.server.app, {
      metricId: metric.id,
      sourceId: source.id,
      value: { kind: 'exact', value: 120 },
      statedOn: '2025-12-12',
      credibility: 5,
    });
    lengthId = metric.id;
    lengthName = metric.name;
  });

  it('can be brought back into the comparison, which the address then keeps', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/metrics/${lengthId}`);
    const latest = page.getByRole('region', { name: 'Latest figure from each source' });
    const toggle = page.getByRole('checkbox', { name: 'Include claims graded improbable (grade 5)' });
    await latest.getByText(/^No claims as of/).waitFor();
    expect(await toggle.isChecked()).toBe(false);

    await toggle.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/[?&]improbable=included/);
    const figure = latest.getByRole('figure', { name: /^Only one source gives a figure/ });
    await figure.waitFor();
    expect(await figure.locator('figcaption').textContent()).toContain('KCNA (120 days)');
    await figure.getByText('Show data as a table').click();
    expect(await figure.getByRole('row', { name: /KCNA/ }).textContent()).toContain('5 — Improbable');
    await expectAccessible(page);

    await page.reload();
    await figure.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await page.context().close();
  });

  it('can be counted on the overview too, and the metric page opens with them counted', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/`);
    const row = page.getByRole('row', { name: lengthName });
    await row.getByText('no figures by this date').waitFor();

    // The box follows the address, which the router updates a moment after the click.
    await page.getByRole('checkbox', { name: 'Include claims graded improbable (grade 5)' }).click();
    await page.waitForURL(/[?&]improbable=included/);
    await row.getByText('one figure only').waitFor();
    await expectAccessible(page);

    await row.getByRole('link').click();
    await page.waitForURL(/\/metrics\/\d+\?improbable=included/);
    await page.getByRole('figure', { name: /^Only one source gives a figure/ }).waitFor();
    await page.context().close();
  });

  it('are left off the timeline, its caption, its data and its export just as the comparison leaves them out', async () => {
    // Two sources' deployment lengths, 90 and 100 days, and a third graded improbable at 400.
    const metric = await createMetric(t.server.app, { name: 'Deployment length of a brigade', unit: 'days' });
    for (const [value, credibility] of [
      [90, 6],
      [100, 2],
      [400, 5],
    ] as const) {
      await createClaim(t.server.app, {
        metricId: metric.id,
        sourceId: (await createSource(t.server.app)).id,
        value: { kind: 'exact', value },
        statedOn: '2025-10-01',
        credibility,
      });
    }
    const page = await openPage(t.browser, `${t.server.baseUrl}/metrics/${metric.id}`);
    const timeline = page.getByRole('figure', { name: /^\d figures? from \d sources?,/ });
    await timeline.waitFor();
    const caption = () => timeline.locator('figcaption').textContent();
    expect(await caption()).toMatch(/^2 figures from 2 sources, .*highest Source \d+ \(100 days, 1 Oct 2025\)\.( |$)/);
    await timeline.getByText('Show data as a table').click();
    expect(await timeline.getByRole('table', { name: /^Each source's figures over time/ }).textContent()).not.toContain(
      '400 days',
    );
    const csv = await download(page, 'Export timeline chart data as CSV');
    expect(csv.bytes.toString('utf8')).not.toContain(',400,');

    await page.getByRole('checkbox', { name: 'Include claims graded improbable (grade 5)' }).click();
    await page.waitForURL(/[?&]improbable=included/);
    await expect
      .poll(caption)
      .toMatch(/^3 figures from 3 sources, .*highest Source \d+ \(400 days, 1 Oct 2025\)\.( |$)/);
    expect(await timeline.getByRole('table', { name: /^Each source's figures over time/ }).textContent()).toContain(
      '400 days',
    );
    expect((await download(page, 'Export timeline chart data as CSV')).bytes.toString('utf8')).toContain(',400,');
    await expectAccessible(page);
    await page.context().close();
  });
});
