import { beforeAll, describe, expect, it } from 'vitest';
import { allClaims, idByName } from '../support/api.js';
import { expectAccessible, hasChromium, openPage, serverAndBrowser, signedInHeaders } from '../support/browser.js';

describe.skipIf(!hasChromium)('claims graded improbable', () => {
  const t = serverAndBrowser();
  let lengthId: number;
  beforeAll(async () => {
    // The deployment length has one claim, KCNA's 120 days; an analyst grades it improbable.
    lengthId = await idByName(t.server.baseUrl, 'metrics', 'Deployment length of the 528th Engineer Regiment');
    const [claim] = await allClaims(t.server.baseUrl, `&metricId=${lengthId}`);
    const res = await fetch(`${t.server.baseUrl}/api/claims/${claim!.id}`, {
      method: 'PATCH',
      headers: { ...signedInHeaders(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ credibility: 5, version: claim!.version }),
    });
    expect(res.status).toBe(200);
  });

  it('can be brought back into the comparison, which the address then keeps', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/metrics/${lengthId}`);
    const latest = page.getByRole('region', { name: 'Latest figure from each source' });
    const toggle = page.getByRole('checkbox', { name: 'Include claims graded improbable (5)' });
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
    const row = page.getByRole('row', { name: /Deployment length of the 528th Engineer Regiment/ });
    await row.getByText('no figures by this date').waitFor();

    // The box follows the address, which the router updates a moment after the click.
    await page.getByRole('checkbox', { name: 'Include claims graded improbable (5)' }).click();
    await page.waitForURL(/[?&]improbable=included/);
    await row.getByText('one figure only').waitFor();
    await expectAccessible(page);

    await row.getByRole('link').click();
    await page.waitForURL(/\/metrics\/\d+\?improbable=included/);
    await page.getByRole('figure', { name: /^Only one source gives a figure/ }).waitFor();
    await page.context().close();
  });
});
