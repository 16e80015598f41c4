import { describe, expect, it } from 'vitest';
import { allClaims } from '../support/api.js';
import { expectAccessible, hasChromium, openPage, serverAndBrowser } from '../support/browser.js';
import { createMetric, createSource } from '../support/records.js';
import { editorEmail, editorPassword } from '../support/testApp.js';

describe.skipIf(!hasChromium)('signing in and out in Chromium', () => {
  const t = serverAndBrowser({ seed: false });

  it('sends a visitor to sign in, then back; signing out removes the edit controls', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/sources`, { signedIn: false });
    await page.waitForURL(/\/sign-in\?next=%2Fsources/);
    await page.getByLabel('Email').waitFor();
    // Every page behind the main navigation asks to sign in first.
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await expectAccessible(page);
    await page.getByLabel('Email').fill(editorEmail);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Wrong email or password').first().waitFor();

    await page.getByLabel('Password').fill(editorPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/sources$/);
    await page.getByRole('link', { name: 'Add claim' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(await page.getByText('Test editor').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    await expect.poll(() => page.getByRole('link', { name: 'Add claim' }).count()).toBe(0);
    await page.goto(`${t.server.baseUrl}/`);
    await page.waitForURL(/\/sign-in\?next=/);
    // A shared link to a metric leads through sign-in too, rather than to "No such metric".
    await page.goto(`${t.server.baseUrl}/metrics/1?asOf=2026-01-01`);
    await page.waitForURL(/\/sign-in\?next=%2Fmetrics%2F1%3FasOf%3D2026-01-01/);
    await page.context().close();
  });

  it('says so when signing out fails, and stays signed in rather than looking signed out', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/sources`);
    await page.getByRole('link', { name: 'Add claim' }).waitFor();
    await page.route('**/api/auth/logout', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({ status: 503, title: 'Service Unavailable', detail: 'The database is not answering' }),
      }),
    );
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('Could not sign out: The database is not answering').waitFor();
    expect(page.url()).toMatch(/\/sources$/);
    expect(await page.getByText('Test editor').isVisible()).toBe(true);
    await expectAccessible(page);
    await page.context().close();
  });

  it('keeps the form when the session expires mid-edit, and saves after signing in again', async () => {
    const [metric, source] = [await createMetric(t.server.app), await createSource(t.server.app)];
    const before = (await allClaims(t.server.baseUrl)).length;
    const page = await openPage(t.browser, `${t.server.baseUrl}/claims/new`);
    await page.getByLabel('Metric').fill(metric.name);
    await page.getByLabel('Source (who said it)').fill(source.name);
    await page.getByLabel('Figure (exact)').fill('12');
    await page.getByLabel('Stated on').fill('2026-01-05');
    await page.getByLabel('Verbatim quote').fill('twelve soldiers were killed');

    // The session ends while the analyst is typing: its cookie is gone from the t.browser.
    await page.context().clearCookies();
    await page.getByRole('button', { name: 'Add claim' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your session has expired' });
    await dialog.waitFor();
    expect(await page.getByLabel('Verbatim quote').inputValue()).toBe('twelve soldiers were killed');

    await dialog.getByLabel('Email').fill(editorEmail);
    await dialog.getByLabel('Password').fill(editorPassword);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByLabel('Figure (exact)').inputValue()).toBe('12');
    await page.getByRole('button', { name: 'Add claim' }).click();
    await page.waitForURL(/highlight=/);
    expect((await allClaims(t.server.baseUrl)).length).toBe(before + 1);
    await page.context().close();
  });
});
