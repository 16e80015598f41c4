import { describe, expect, it } from 'vitest';
import { expectAccessible, hasChromium, openPage, serverAndBrowser } from '../support/browser.js';

describe.skipIf(!hasChromium)('app shell in Chromium', () => {
  const t = serverAndBrowser();

  it('serves client routes from the app shell, with a not-found page for unknown pages and metrics', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/no/such/page`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await expectAccessible(page);
    await page.goto(`${t.server.baseUrl}/metrics/999999`);
    await page.getByRole('heading', { name: 'No such metric' }).waitFor();
    await page.context().close();
  });

  it('runs every page within its content security policy', async () => {
    const page = await openPage(t.browser, 'about:blank');
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`),
      );
    });
    for (const path of ['/', '/sources', '/import', '/claims/new', '/add-from-text']) {
      await page.goto(`${t.server.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // A form validates with the shared schemas: the first parse is when zod would try to compile.
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual(
        [],
      );
    }
    await page.context().close();
  });

  it('lets a keyboard user skip to the content', async () => {
    const page = await openPage(t.browser, t.server.baseUrl);
    // Tab only once the page has drawn, as a person would: before that there is nothing to focus.
    await page.getByRole('heading', { name: 'Where sources diverge' }).waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Skip to content');
    await page.context().close();
  });

  it('shows an in-app error with a way to reload when a page cannot be loaded, instead of crashing', async () => {
    const page = await openPage(t.browser, t.server.baseUrl);
    await page.getByRole('heading', { name: 'Where sources diverge' }).waitFor();
    // The server is gone (or redeployed, and the page's code with it).
    await page.route('**/*', (route) => route.abort('internetdisconnected'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
    await page.getByRole('heading', { name: 'This page could not be shown' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('the connection may have dropped');
    expect(await page.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Triangulate' }).isVisible()).toBe(true);
    await page.unroute('**/*');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Reload' }).click();
    await page.getByRole('heading', { name: 'Sources' }).waitFor();
    await page.context().close();
  });

  it('names each page in its title', async () => {
    const page = await openPage(t.browser, t.server.baseUrl);
    await expect.poll(() => page.title()).toBe('Overview · Triangulate');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
    await expect.poll(() => page.title()).toBe('Sources · Triangulate');
    await page.goto(`${t.server.baseUrl}/metrics/1`);
    const metricName = await page.getByRole('heading', { level: 1 }).textContent();
    await expect.poll(() => page.title()).toBe(`${metricName} · Triangulate`);
    await page.goto(`${t.server.baseUrl}/no/such/page`);
    await expect.poll(() => page.title()).toBe('Not found · Triangulate');
    await page.context().close();
    const visitor = await openPage(t.browser, `${t.server.baseUrl}/sign-in`, { signedIn: false });
    await expect.poll(() => visitor.title()).toBe('Sign in · Triangulate');
    await visitor.context().close();
  });
});
