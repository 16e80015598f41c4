import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, hasChromium, openPage, serverAndBrowser } from '../support/browser.js';
import { adminEmail, adminPassword } from '../support/testApp.js';

describe.skipIf(!hasChromium)('managing users in Chromium', () => {
  const t = serverAndBrowser();

  async function openAsAdmin(): Promise<Page> {
    const page = await openPage(t.browser, `${t.server.baseUrl}/sign-in?next=%2Fadmin%2Fusers`, { signedIn: false });
    await page.getByLabel('Email').fill(adminEmail);
    await page.getByLabel('Password').fill(adminPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Users' }).waitFor();
    return page;
  }

  it('changes a role only when asked to, not for each role the keyboard passes on the way', async () => {
    const page = await openAsAdmin();
    const form = page.getByRole('form', { name: 'New user' });
    await form.getByLabel('Email').fill('ana@test.example');
    await form.getByLabel('Display name').fill('Ana Viewer');
    await form.getByLabel('Initial password').fill('a-long-enough-password');
    await form.getByRole('button', { name: 'Create user' }).click();
    const role = page.getByRole('combobox', { name: 'Role of Ana Viewer' });
    await role.waitFor();

    const patches: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PATCH') patches.push(r.postData() ?? '');
    });
    await role.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await role.inputValue()).toBe('admin');
    const change = page.getByRole('button', { name: 'Change role of Ana Viewer' });
    expect(await change.isEnabled()).toBe(true);
    expect(patches).toEqual([]);

    await change.click();
    await page.getByText("Ana Viewer's role is now admin.").waitFor();
    expect(patches.map((p) => JSON.parse(p) as unknown)).toEqual([{ role: 'admin' }]);
    await expect.poll(() => change.isDisabled()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Role of Ana Viewer');

    // Each row's buttons say whom they act on.
    await page.getByRole('button', { name: 'Disable Ana Viewer' }).waitFor();
    const signOutAna = page.getByRole('button', { name: 'Sign out everywhere: Ana Viewer' });
    await signOutAna.click();
    await page.getByText('Signed Ana Viewer out everywhere.').waitFor();
    // A refusal is told in the server's words, not as a bare status code.
    await page.route('**/api/users/*/revoke-sessions', (route) =>
      route.fulfill({
        status: 403,
        contentType: 'application/problem+json',
        body: JSON.stringify({ status: 403, title: 'Forbidden', detail: 'Only admins may do this' }),
      }),
    );
    await signOutAna.click();
    await page.getByText('Could not sign Ana Viewer out: Only admins may do this').waitFor();
    await page.unroute('**/api/users/*/revoke-sessions');
    await expectAccessible(page);
    await page.context().close();
  });
});
