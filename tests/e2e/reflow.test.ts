import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../shared/schemas/index.js';
import { expectAccessible, hasChromium, openPage, serverAndBrowser, signedInHeaders } from '../support/browser.js';
import { createClaim, createMetric, createSource } from '../support/records.js';

describe.skipIf(!hasChromium)('pages on a phone and on a desktop', () => {
  // The lists (overview, activity, sources) show the demo data; the record pages show records made here.
  const t = serverAndBrowser();
  let metricId: number;
  let sourceId: number;
  let claimId: number;
  beforeAll(async () => {
    // Figures from five sources worded as reporting words them: long names, scopes, relays, citations, notes.
    const metric = await createMetric(t.server.app, {
      name: 'Soldiers of a foreign contingent killed in the fighting',
      unit: 'soldiers',
      description: 'Deaths among the troops sent. Watch the scope: some figures cover one unit, others all of it.',
    });
    const sources = [];
    for (const [name, shortName, group] of [
      ['National intelligence service of an allied state', 'Intelligence', 'Allies'],
      ['Western officials speaking without being named', 'Western officials', 'West'],
      ['Officials of an allied government (unnamed)', 'Allied officials', 'Allies'],
      ['Officials of three governments, jointly and unnamed', 'Joint officials', 'West'],
      ['State news agency of the sending country', 'State agency', 'Sender'],
    ]) {
      sources.push(
        await createSource(t.server.app, {
          name,
          shortName,
          group,
          kind: 'government',
          notes: 'Figures usually relayed by members of parliament after closed briefings.',
        }),
      );
    }
    const figures: [source: number, value: ClaimInput['value'], statedOn: string, scope: string][] = [
      [0, { kind: 'at_least', value: 100 }, '2024-12-19', 'whole contingent, since entering combat'],
      [0, { kind: 'approximate', value: 300 }, '2025-01-13', 'whole contingent'],
      [1, { kind: 'approximate', value: 1000 }, '2025-01-23', 'whole contingent, to mid-January 2025'],
      [0, { kind: 'approximate', value: 600 }, '2025-04-30', 'whole contingent'],
      [0, { kind: 'range', low: 1500, high: 2000 }, '2025-09-02', 'whole contingent'],
      [2, { kind: 'at_least', value: 600 }, '2025-11-04', 'whole contingent'],
      [3, { kind: 'at_least', value: 6000 }, '2025-11-14', 'whole contingent'],
      [4, { kind: 'exact', value: 9 }, '2025-12-12', 'one unit: an engineer regiment clearing mines, after its return'],
    ];
    for (const [source, value, statedOn, scope] of figures) {
      const claim = await createClaim(t.server.app, {
        metricId: metric.id,
        sourceId: sources[source]!.id,
        value,
        statedOn,
        scope,
        coverage: source === 4 ? 'part' : 'whole',
        via: 'a lawmaker after a closed briefing of the intelligence committee',
        reportedBy: 'A wire agency via a regional newspaper',
        citationUrl: `https://www.example.org/world/article/2025/${statedOn}/figures-of-the-contingent-killed-so-far`,
        quote: `About ${statedOn} the lawmaker said that the figure given in the briefing was the agency's latest.`,
        notes:
          'Likely conflation of killed and wounded: a later briefing revised it, see https://www.example.org/world/briefings/2025/revision-of-the-figures-of-the-contingent',
      });
      claimId ??= claim.id;
    }
    metricId = metric.id;
    sourceId = sources[0]!.id;
  });

  // One test a page, so that each page has the whole time limit for its accessibility check.
  it.each([
    ['the overview', () => '/?asOf=2026-01-01'],
    ['a metric', () => `/metrics/${metricId}?asOf=2026-01-01`],
    ['activity', () => '/activity'],
    ['sources', () => '/sources'],
    ['a source', () => `/sources/${sourceId}`],
    ['a claim history', () => `/claims/${claimId}/history`],
    ['the claim form', () => '/claims/new'],
    ['import', () => '/import'],
    ['the password form', () => '/account/password'],
    ['the methodology', () => '/methodology'],
  ])(
    'fit %s on a 390px screen, wide tables and charts scrolling in regions a keyboard can reach',
    async (_name, pathOf) => {
      const path = pathOf();
      const page = await openPage(t.browser, `${t.server.baseUrl}${path}`);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator('main h1').first().waitFor();
      await page.locator('.state-loading').first().waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      await expect
        .poll(() =>
          page
            .getByRole('button', { name: 'Sign out' })
            .boundingBox()
            .then((b) => b!.x + b!.width),
        )
        .toBeLessThanOrEqual(390);
      const unreachable = await page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((e) => getComputedStyle(e).overflowX === 'auto' && e.scrollWidth > e.clientWidth)
          .filter((e) => e.getAttribute('tabindex') !== '0' || !e.getAttribute('aria-label'))
          .map((e) => e.className),
      );
      expect(unreachable, path).toEqual([]);
      if (path === '/import') {
        // The file chooser's label stays inside the drop zone, centred, as it did not.
        const [zone, label] = await Promise.all(
          ['.drop-zone', '.drop-zone label'].map((s) => page.locator(s).boundingBox()),
        );
        expect(label!.x + label!.width).toBeLessThanOrEqual(zone!.x + zone!.width);
      }
      await expectAccessible(page);
      await page.context().close();
    },
  );

  it('fit the claims table, its actions included, in a 1280px window', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/metrics/${metricId}?asOf=2026-01-01`);
    await page.setViewportSize({ width: 1280, height: 800 });
    const table = page.locator('.claims-table');
    await table.waitFor();
    const { tableWidth, boxWidth } = await table.evaluate((e) => ({
      tableWidth: e.getBoundingClientRect().width,
      boxWidth: e.parentElement!.clientWidth,
    }));
    expect(tableWidth).toBeLessThanOrEqual(boxWidth);
    await page.context().close();
  });

  it('give a long toast the width of a phone, not the half of it right of the middle', async () => {
    const metric = await createMetric(t.server.app);
    const claim = await createClaim(t.server.app, { metricId: metric.id });
    const page = await openPage(t.browser, 'about:blank');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.route('**/api/events', (route) => route.abort());
    await page.goto(`${t.server.baseUrl}/metrics/${metric.id}`);
    const remove = page.getByRole('button', { name: /^Delete claim by/ });
    await remove.waitFor();
    const edited = await fetch(`${t.server.baseUrl}/api/claims/${claim.id}`, {
      method: 'PATCH',
      headers: { ...signedInHeaders(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ notes: 'corrected', version: claim.version }),
    });
    expect(edited.status).toBe(200);
    await remove.click();
    const toast = page.locator('.toast', { hasText: 'Someone changed this claim' });
    await toast.waitFor({ timeout: 8000 });
    const box = (await toast.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.width).toBeGreaterThan(300);
    await page.context().close();
  });
});
