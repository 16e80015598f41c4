import { describe, expect, it } from 'vitest';
import { sessionCookie } from '../../server/http/access.js';
import { allClaims } from '../support/api.js';
import { expectAccessible, hasChromium, openPage, serverAndBrowser, signedInHeaders } from '../support/browser.js';

describe.skipIf(!hasChromium)('the import page in Chromium', () => {
  const t = serverAndBrowser();

  it('checks a CSV with a bad row, shows the line and field, and imports nothing until it is fixed', async () => {
    const exported = await (
      await fetch(`${t.server.baseUrl}/api/export?format=csv`, { headers: signedInHeaders() })
    ).text();
    const lines = exported.split('\r\n');
    // A copy of the third claim, dated on a day that does not exist.
    const bad = lines[3]!.replace(/,20\d\d-\d\d-\d\d,/, ',2025-13-40,');
    expect(bad).not.toBe(lines[3]);
    const file = [lines[0], lines[1], bad, ''].join('\r\n');
    const before = await allClaims(t.server.baseUrl);

    const page = await openPage(t.browser, `${t.server.baseUrl}/import`);
    await page.getByLabel('Choose a file, or drop one here').setInputFiles({
      name: 'claims.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(file),
    });
    await page.getByRole('table', { name: /First 2 rows/ }).waitFor();
    await page.getByRole('button', { name: 'Check the file' }).click();
    const issues = page.getByRole('table', { name: /problem/ });
    await issues.waitFor();
    expect(await issues.textContent()).toContain('line 3');
    expect(await issues.textContent()).toContain('statedOn');
    expect(await page.getByRole('button', { name: /^Import/ }).isDisabled()).toBe(true);
    await expectAccessible(page);
    expect(await allClaims(t.server.baseUrl)).toEqual(before);

    const good = [lines[0], lines[1], ''].join('\r\n');
    await page.getByLabel('Choose a file, or drop one here').setInputFiles({
      name: 'claims.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(good),
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('button', { name: 'Import 1 row' }).click();
    await page.getByText(/Imported 1 row:/).waitFor();
    expect((await allClaims(t.server.baseUrl)).length).toBe(before.length + 1);
    await page.context().close();
  });

  it('shows the first 1,000 problems of a file with more, says how many there are, and imports nothing', async () => {
    const before = await allClaims(t.server.baseUrl);
    const csv = 'source,metric,metricUnit,valueKind,value\r\n' + 'KCNA,Killed,soldiers,exact,-9\r\n'.repeat(1200);
    const page = await openPage(t.browser, `${t.server.baseUrl}/import`);
    await page.getByLabel('Choose a file, or drop one here').setInputFiles({
      name: 'claims.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
    const issues = page.getByRole('table', { name: /problems/ });
    await issues.waitFor();
    expect(await issues.locator('caption').textContent()).toBe(
      'Showing the first 1,000 of 1,200 problems; nothing is imported until every one is fixed',
    );
    expect(await issues.locator('tbody tr').count()).toBe(1000);
    expect(await page.getByRole('button', { name: /^Import/ }).isDisabled()).toBe(true);
    expect(await allClaims(t.server.baseUrl)).toEqual(before);
    await page.context().close();
  });

  it('lists the cells it would ignore, a whole named for a metric that exists, and still imports the file', async () => {
    const metrics: { id: number; name: string; partOfMetricId: number | null }[] = (
      await (await fetch(`${t.server.baseUrl}/api/metrics`, { headers: signedInHeaders() })).json()
    ).items;
    const part = metrics.find((m) => m.partOfMetricId !== null)!;
    const other = metrics.find((m) => m.id !== part.id && m.id !== part.partOfMetricId)!;
    const csv = `source,metric,metricPartOf,valueKind\r\nA wire service,"${part.name}","${other.name}",statement\r\n`;
    const page = await openPage(t.browser, `${t.server.baseUrl}/import`, { colorScheme: 'dark' });
    await page.getByLabel('Choose a file, or drop one here').setInputFiles({
      name: 'claims.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
    const ignored = page.getByRole('table', { name: /cell ignored/ });
    await ignored.waitFor();
    expect(await ignored.locator('caption').textContent()).toBe('1 cell ignored; what exists already stays as it is');
    expect(await ignored.locator('tbody').textContent()).toContain(`"${other.name}" here is ignored`);
    expect(await page.getByText(/^Ready: 1 row would add 1 claim/).count()).toBe(1);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Import 1 row' }).click();
    await page.getByText(/Imported 1 row:/).waitFor();
    await page.context().close();
  });

  it('says a file saved in another character encoding than UTF-8 is one, before sending any of it', async () => {
    const before = await allClaims(t.server.baseUrl);
    const page = await openPage(t.browser, `${t.server.baseUrl}/import`);
    // As Excel's plain "CSV" saves it: é is one byte, which is not UTF-8.
    const csv = 'source,metric,metricUnit,valueKind,value,quote\r\nAgence,Morts,soldats,exact,9,Neuf tués\r\n';
    await page.getByLabel('Choose a file, or drop one here').setInputFiles({
      name: 'claims.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'latin1'),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'not UTF-8' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Line 2 holds bytes that are not UTF-8');
    expect(await page.getByRole('button', { name: 'Check the file' }).count()).toBe(0);
    await expectAccessible(page);
    expect(await allClaims(t.server.baseUrl)).toEqual(before);
    await page.context().close();
  });

  it('keeps viewers out of importing', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/`, { signedIn: false });
    const viewerToken = await t.server.sessionFor('viewer');
    await page.context().addCookies([{ name: sessionCookie, value: viewerToken, url: t.server.baseUrl }]);
    await page.goto(`${t.server.baseUrl}/import`);
    await page.getByText('Importing needs the editor role').waitFor();
    expect(await page.getByLabel('Choose a file, or drop one here').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Import' }).count()).toBe(0);
    await page.context().close();
  });
});
