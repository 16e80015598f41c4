import { describe, expect, it } from 'vitest';
import { createClaim, createMetric, createSource } from '../support/records.js';
import { expectAccessible, hasChromium, openPage, serverAndBrowser } from '../support/browser.js';

describe.skipIf(!hasChromium)('a metric part of another, in Chromium', () => {
  const t = serverAndBrowser({ seed: false });

  it('is set with its tolerance in the metric form, and its page and its whole’s link each other', async () => {
    const { app, baseUrl } = t.server;
    const casualties = await createMetric(app, { name: 'Casualties in Kursk (killed and wounded)', unit: 'soldiers' });
    const killed = await createMetric(app, { name: 'Soldiers killed in Kursk', unit: 'soldiers' });
    const uk = await createSource(app, { name: 'UK Ministry of Defence', shortName: 'UK MoD' });
    const wire = await createSource(app, { name: 'Wire copy' });
    await createClaim(app, {
      metricId: casualties.id,
      sourceId: uk.id,
      value: { kind: 'at_least', value: 6000 },
      statedOn: '2025-06-15',
    });
    await createClaim(app, {
      metricId: killed.id,
      sourceId: wire.id,
      value: { kind: 'at_least', value: 6000 },
      statedOn: '2025-11-14',
    });

    const page = await openPage(t.browser, `${baseUrl}/metrics/${killed.id}/edit`);
    const form = page.getByRole('form', { name: 'Edit metric' });
    await form.getByLabel('Part of').locator('option', { hasText: casualties.name }).waitFor({ state: 'attached' });
    await form.getByLabel('Tolerance (%)').fill('60');
    await form.getByRole('button', { name: 'Save metric' }).click();
    expect(await form.getByText('Must be a percentage from 0 to 50, or blank for the default ±10%').isVisible()).toBe(
      true,
    );
    await expectAccessible(page);

    await form.getByLabel('Tolerance (%)').fill('5');
    await form.getByLabel('Part of').selectOption({ label: casualties.name });
    // Saved from the keyboard, as Enter in a text field submits its form.
    await form.getByLabel('Tolerance (%)').press('Enter');
    await page.waitForURL(new RegExp(`/metrics/${killed.id}$`));

    const head = page.locator('header.metric-head');
    await head.getByText('Part of:').waitFor();
    expect(await head.getByRole('link', { name: casualties.name }).getAttribute('href')).toBe(
      `/metrics/${casualties.id}`,
    );
    const findings = page.getByRole('region', { name: 'Before comparing' });
    await findings.getByText(/Possible conflation of “Soldiers killed in Kursk” with “Casualties in Kursk/).waitFor();
    expect(
      await findings.getByText('“About X” is read as ±5%, this metric’s own tolerance', { exact: false }).count(),
    ).toBe(1);
    await expectAccessible(page);

    await head.getByRole('link', { name: casualties.name }).click();
    await page.waitForURL(new RegExp(`/metrics/${casualties.id}$`));
    await head.getByText('Its part:').waitFor();
    expect(await head.getByRole('link', { name: killed.name }).getAttribute('href')).toBe(`/metrics/${killed.id}`);
    await page.context().close();
  });
});
