import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemeColour, type ColourScheme } from '../../shared/colours.js';
import { getJson, idByName } from '../support/api.js';
import { expectAccessible, hasChromium, openPage, serverAndBrowser } from '../support/browser.js';
import { download } from '../support/downloads.js';
import { createClaim, createSource } from '../support/records.js';

describe.skipIf(!hasChromium)('a group of sources in Chromium', () => {
  const t = serverAndBrowser();
  let metricUrl: string;
  let given: string;

  beforeAll(async () => {
    const metricId = await idByName(t.server.baseUrl, 'metrics', 'North Korean soldiers killed');
    const source = await createSource(t.server.app, { name: 'Institute for Study', group: 'Think tank' });
    await createClaim(t.server.app, {
      metricId,
      sourceId: source.id,
      value: { kind: 'approximate', value: 5000 },
      statedOn: '2025-12-20',
    });
    metricUrl = `${t.server.baseUrl}/metrics/${metricId}`;
    const { items } = await getJson<{ items: { name: string; colour: string }[] }>(t.server.baseUrl, '/api/groups');
    given = items.find((g) => g.name === 'Think tank')!.colour;
  });

  /** The fill of the swatch beside "Think tank", once the page has drawn it in the group's colour. */
  const swatchColour = async (page: Page, scheme: ColourScheme) => {
    const swatch = page
      .locator('li, .group-swatch', { hasText: /^Think tank$/ })
      .locator('circle')
      .first();
    await expect.poll(() => swatch.getAttribute('fill')).toBe(schemeColour(given, scheme));
    return swatch.getAttribute('fill');
  };

  // Three pages and their accessibility checks a scheme: longer than one page's usual 30 s on a busy machine.
  it.each(['light', 'dark'] as const)(
    'has the colour the server gave it on the overview, a metric page and Sources, in %s',
    async (scheme) => {
      const seen = [];
      for (const url of [t.server.baseUrl, metricUrl, `${t.server.baseUrl}/sources`]) {
        const page = await openPage(t.browser, url, { colorScheme: scheme });
        seen.push(await swatchColour(page, scheme));
        await expectAccessible(page);
        await page.context().close();
      }
      expect(seen).toEqual(Array(3).fill(schemeColour(given, scheme)));
    },
    90_000,
  );

  it.each(['light', 'dark'] as const)('is exported in its light colour from a page in %s', async (scheme) => {
    const page = await openPage(t.browser, metricUrl, { colorScheme: scheme });
    await swatchColour(page, scheme);
    const svg = (await download(page, 'Export comparison chart as SVG')).bytes.toString('utf8');
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    // Inlined styles decide how the file is drawn, whatever attributes the page's elements carried.
    const styleFills = new Set([...svg.matchAll(/[";]fill:([^;"]+)/g)].map((m) => m[1]!.toUpperCase()));
    expect([given, rgb(given)].some((c) => styleFills.has(c.toUpperCase()))).toBe(true);
    const dark = schemeColour(given, 'dark');
    expect([dark, rgb(dark)].some((c) => styleFills.has(c.toUpperCase()))).toBe(false);
    await page.context().close();
  });

  it('is a colour no demo group has', async () => {
    const { items } = await getJson<{ items: { name: string; colour: string }[] }>(t.server.baseUrl, '/api/groups');
    expect(items.filter((g) => g.colour === given).map((g) => g.name)).toEqual(['Think tank']);
  });
});
