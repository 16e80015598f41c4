import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signsIn } from '../support/api.js';
import { expectAccessible, focused, hasChromium, openPage, serverAndBrowser } from '../support/browser.js';

describe.skipIf(!hasChromium)('changing one’s password in Chromium', () => {
  const t = serverAndBrowser();
  const given = 'the password an admin gave';
  const chosen = 'a passphrase of my own';

  /** A new analyst, signed in through the sign-in page with the password an admin gave them. */
  async function signInAsNewAnalyst(): Promise<{ page: Page; email: string }> {
    const email = `analyst-${Math.random().toString(36).slice(2)}@test.example`;
    await t.server.services.auth.createUser({ email, displayName: 'Ana Analyst', role: 'viewer', password: given });
    const page = await openPage(t.browser, `${t.server.baseUrl}/sign-in`, { signedIn: false });
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(given);
    await page.getByRole('button', { name: 'Sign in' }).press('Enter');
    await page.getByRole('heading', { name: 'Where sources diverge' }).waitFor();
    return { page, email };
  }

  it('is reached from the user menu and filled in with the keyboard alone', async () => {
    const { page, email } = await signInAsNewAnalyst();
    // Signing in leaves focus on the page's heading; the user menu is just above it, in the header.
    await expect.poll(() => focused(page)).toBe('h1: Where sources diverge');
    for (let i = 0; i < 5 && (await focused(page)) !== 'a: Change password'; i++)
      await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('a: Change password');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/account\/password$/);
    await expect.poll(() => focused(page)).toBe('h1: Change password');
    expect(await page.title()).toBe('Change password · Triangulate');
    // A password manager learns whose saved password the new one replaces.
    expect(await page.locator('form input[autocomplete="username"]').inputValue()).toBe(email);

    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('input: Current password');
    await page.keyboard.type(given);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('input: New password');
    await page.keyboard.type(chosen);
    await page.keyboard.press('Tab');
    await page.keyboard.type(`${chosen}!`);
    await page.keyboard.press('Enter');
    await page.getByText('The two new passwords differ').waitFor();
    expect(await signsIn(t.server.baseUrl, email, given)).toBe(true);

    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await page.getByText('Password changed; your other sessions were signed out').waitFor();
    for (const field of ['Current password', 'New password', 'Confirm new password']) {
      expect(await page.getByLabel(field, { exact: true }).inputValue()).toBe('');
    }
    expect(await signsIn(t.server.baseUrl, email, chosen)).toBe(true);
    expect(await signsIn(t.server.baseUrl, email, given)).toBe(false);
    // The session used stays signed in.
    await page.reload();
    await page.getByText('Ana Analyst').waitFor();
    await page.getByLabel('Current password').waitFor();
    await expectAccessible(page);
    await page.context().close();
  });

  it('shows a wrong current password on that field, and changes nothing', async () => {
    const { page, email } = await signInAsNewAnalyst();
    await page.getByRole('link', { name: 'Change password' }).click();
    await page.getByLabel('Current password').fill('not my password');
    await page.getByLabel('New password', { exact: true }).fill(chosen);
    await page.getByLabel('Confirm new password').fill(chosen);
    await page.getByRole('button', { name: 'Change password' }).press('Enter');
    const current = page.getByLabel('Current password');
    await expect.poll(() => current.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.field-invalid .field-error').allTextContents()).toEqual(['Wrong password']);
    expect(await focused(page)).toBe('input: Current password');
    // Not taken for an ended session: no sign-in dialog, and still signed in.
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByText('Ana Analyst').waitFor();
    await expectAccessible(page);
    expect(await signsIn(t.server.baseUrl, email, given)).toBe(true);
    await page.context().close();
  });

  it('says so when it cannot tell who is signed in, and tries again when asked', async () => {
    const page = await openPage(t.browser, 'about:blank');
    await page.route('**/api/auth/me', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({ status: 503, title: 'Service Unavailable', detail: 'The database is not answering' }),
      }),
    );
    await page.goto(`${t.server.baseUrl}/account/password`);
    await page.getByText('Could not load your account: The database is not answering').waitFor();
    expect(await page.getByLabel('Current password').count()).toBe(0);
    await expectAccessible(page);
    await page.unroute('**/api/auth/me');
    await page.getByRole('button', { name: 'Try again' }).press('Enter');
    await page.getByLabel('Current password').waitFor();
    await page.context().close();
  });

  it('sends a signed-out visitor to sign in first', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/account/password`, { signedIn: false });
    await page.waitForURL(/\/sign-in\?next=%2Faccount%2Fpassword$/);
    await page.context().close();
  });
});
