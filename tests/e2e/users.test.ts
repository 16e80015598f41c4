import type { Page } from 'playwright-core';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { signsIn } from '../support/api.js';
import { expectAccessible, focused, hasChromium, openPage, serverAndBrowser } from '../support/browser.js';
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

  describe('setting the password of a user who forgot theirs', () => {
    const old = 'the password they forgot';
    const given = 'a new one from the admin';

    /** A viewer signed in elsewhere with the password they forgot; returns their session cookie too. */
    async function forgetfulViewer(displayName: string) {
      const email = `viewer-${Math.random().toString(36).slice(2)}@test.example`;
      await t.server.services.auth.createUser({ email, displayName, role: 'viewer', password: old });
      const login = await request(t.server.anonymous)
        .post('/api/auth/login')
        .send({ email, password: old })
        .expect(200);
      return { email, cookie: String(login.headers['set-cookie']).split(';')[0]! };
    }

    it('is done with the keyboard alone, ends their sessions and replaces the old password', async () => {
      const { email, cookie } = await forgetfulViewer('Vic Viewer');
      const page = await openAsAdmin();
      const open = page.getByRole('button', { name: 'Set password for Vic Viewer' });
      await open.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Set password for Vic Viewer' });
      await dialog.waitFor();
      await expectAccessible(page);
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('input: New password');
      await page.keyboard.type(given);
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('input: Confirm new password');
      await page.keyboard.type(`${given}!`);
      await page.keyboard.press('Enter');
      await dialog.getByText('The two passwords differ').waitFor();
      expect(await signsIn(t.server.baseUrl, email, old)).toBe(true);

      await page.keyboard.press('Backspace');
      await page.keyboard.press('Enter');
      await page.getByText('Password set for Vic Viewer; their sessions were ended').waitFor();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => focused(page)).toBe('button: Set password for Vic Viewer');
      expect(await signsIn(t.server.baseUrl, email, given)).toBe(true);
      expect(await signsIn(t.server.baseUrl, email, old)).toBe(false);
      await request(t.server.anonymous).get('/api/auth/me').set('Cookie', cookie).expect(401);
      await expectAccessible(page);
      await page.context().close();
    });

    it('shows a too-short password, or a refusal, on the field and changes nothing', async () => {
      const { email, cookie } = await forgetfulViewer('Sam Viewer');
      const page = await openAsAdmin();
      await page.getByRole('button', { name: 'Set password for Sam Viewer' }).click();
      const dialog = page.getByRole('dialog', { name: 'Set password for Sam Viewer' });
      const password = dialog.getByLabel('New password', { exact: true });
      const patches: string[] = [];
      page.on('request', (r) => {
        if (r.method() === 'PATCH') patches.push(r.postData() ?? '');
      });
      await password.fill('too short');
      await dialog.getByLabel('Confirm new password').fill('too short');
      await dialog.getByRole('button', { name: 'Set password' }).press('Enter');
      await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
      expect(await dialog.locator('.field-invalid .field-error').allTextContents()).toEqual(['At least 12 characters']);
      expect(patches).toEqual([]);

      // The server's own refusal lands on the same field.
      await page.route('**/api/users/*', (route) =>
        route.fulfill({
          status: 400,
          contentType: 'application/problem+json',
          body: JSON.stringify({
            status: 400,
            title: 'Invalid input',
            detail: 'Check the password',
            errors: [{ path: 'password', message: 'Too common a password' }],
          }),
        }),
      );
      await password.fill(given);
      await dialog.getByLabel('Confirm new password').fill(given);
      await dialog.getByRole('button', { name: 'Set password' }).press('Enter');
      await dialog.getByText('Too common a password').waitFor();
      expect(await dialog.locator('.field-invalid .field-error').allTextContents()).toEqual(['Too common a password']);
      expect(await focused(page)).toBe('input: New password');
      await expectAccessible(page);
      await page.unroute('**/api/users/*');

      expect(await signsIn(t.server.baseUrl, email, old)).toBe(true);
      await request(t.server.anonymous).get('/api/auth/me').set('Cookie', cookie).expect(200);
      await page.context().close();
    });

    it('points admins to Change password for their own account', async () => {
      const page = await openAsAdmin();
      const own = page.getByRole('row').filter({ hasText: adminEmail });
      expect(await own.getByRole('button', { name: /Set password/ }).count()).toBe(0);
      await own.getByRole('link', { name: 'Change your password' }).click();
      await page.getByRole('heading', { name: 'Change password' }).waitFor();
      await page.context().close();
    });
  });
  describe('lifting the sign-in lock of a user who got their password wrong too often', () => {
    const password = 'the password they mistyped';

    /** A viewer who has just got their password wrong five times, the account's limit. */
    async function lockedViewer(displayName: string) {
      const email = `locked-${Math.random().toString(36).slice(2)}@test.example`;
      await t.server.services.auth.createUser({ email, displayName, role: 'viewer', password });
      for (let i = 0; i < 5; i++) expect(await signsIn(t.server.baseUrl, email, `wrong-${i}`)).toBe(false);
      expect(await signsIn(t.server.baseUrl, email, password)).toBe(false);
      return email;
    }

    it('shows who is locked until when, lifts it with the keyboard, and they sign in at once', async () => {
      const email = await lockedViewer('Lou Locked');
      const page = await openAsAdmin();
      const row = page.getByRole('row').filter({ hasText: email });
      await row.getByText(/^sign-in locked until \d{1,2} \w{3}, \d\d:\d\d UTC$/).waitFor();
      expect(await page.getByText(/sign-in locked until/).count()).toBe(1);

      // Held until the button has been seen busy, so that the check does not race the answer.
      let answer = () => {};
      const held = new Promise<void>((resolve) => (answer = resolve));
      await page.route('**/api/users/*/unlock', async (route) => {
        await held;
        await route.continue();
      });
      const lift = row.getByRole('button', { name: 'Lift sign-in lock of Lou Locked' });
      await lift.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => lift.getAttribute('aria-disabled')).toBe('true');
      expect(await focused(page)).toBe('button: Lift sign-in lock of Lou Locked');
      answer();

      await page.getByText('Lou Locked can sign in again.').waitFor();
      await expect.poll(() => focused(page)).toBe('button: Sign out everywhere: Lou Locked');
      await lift.waitFor({ state: 'detached' });
      expect(await row.getByText(/sign-in locked/).count()).toBe(0);
      expect(await signsIn(t.server.baseUrl, email, password)).toBe(true);
      await expectAccessible(page);
      await page.unroute('**/api/users/*/unlock');
      await page.context().close();
    });

    it('tells a refusal in the server’s words and leaves the lock and the focus where they were', async () => {
      const email = await lockedViewer('Liz Locked');
      const page = await openAsAdmin();
      await page.route('**/api/users/*/unlock', (route) =>
        route.fulfill({
          status: 403,
          contentType: 'application/problem+json',
          body: JSON.stringify({ status: 403, title: 'Not allowed', detail: 'This needs the admin role' }),
        }),
      );
      const lift = page.getByRole('button', { name: 'Lift sign-in lock of Liz Locked' });
      await lift.focus();
      await page.keyboard.press('Enter');
      await page.getByText('Could not lift the sign-in lock of Liz Locked: This needs the admin role').waitFor();
      expect(await focused(page)).toBe('button: Lift sign-in lock of Liz Locked');
      expect(await lift.getAttribute('aria-disabled')).toBe('false');
      await page
        .getByRole('row')
        .filter({ hasText: email })
        .getByText(/sign-in locked until/)
        .waitFor();
      expect(await signsIn(t.server.baseUrl, email, password)).toBe(false);
      await page.unroute('**/api/users/*/unlock');
      await page.context().close();
    });
  });
});
