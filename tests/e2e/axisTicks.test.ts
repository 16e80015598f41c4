import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openPage, serverAndBrowser } from '../support/browser.js';
import { createKilledFigures } from '../support/records.js';

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The drawn boxes of an axis's tick labels, as the browser laid them out. */
const tickBoxes = (labels: Locator): Promise<Box[]> =>
  labels.evaluateAll((elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect();
      return { text: e.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );

/** Every pair of labels whose boxes meet: none, when the labels read apart. */
const overlaps = (boxes: Box[]) =>
  boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
      .map((b) => `${a.text} / ${b.text}`),
  );

describe.skipIf(!hasChromium)('chart axes on a phone and on a desktop', () => {
  const t = serverAndBrowser({ seed: false });
  let metricUrl: string;
  beforeAll(async () => {
    // Eight figures from five sources, from 9 to more than 6,000, over a year: six ticks on each axis.
    const metricId = (await createKilledFigures(t.server.app)).metric.id;
    metricUrl = `${t.server.baseUrl}/metrics/${metricId}?asOf=2026-01-01`;
  });

  const valueTicks = (page: Page) =>
    page
      .getByRole('figure', { name: /^Latest figures from/ })
      .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
  const dateTicks = (page: Page) =>
    page
      .getByRole('figure', { name: /^8 figures from 5 sources/ })
      .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');

  async function metricPageAt(width: number) {
    const page = await openPage(t.browser, metricUrl);
    await page.setViewportSize({ width, height: 844 });
    await valueTicks(page).first().waitFor();
    await dateTicks(page).first().waitFor();
    return page;
  }

  it('gives the comparison and the timeline fewer ticks at 390px, so that no two labels meet', async () => {
    const page = await metricPageAt(390);
    for (const ticks of [valueTicks(page), dateTicks(page)]) {
      await expect.poll(async () => overlaps(await tickBoxes(ticks))).toEqual([]);
      expect((await ticks.allTextContents()).length).toBeGreaterThanOrEqual(2);
    }
    await page.context().close();
  });

  it('keeps every tick at 1280px', async () => {
    const page = await metricPageAt(1280);
    expect(await valueTicks(page).allTextContents()).toEqual(['1', '10', '100', '1k', '10k', '100k']);
    expect(await dateTicks(page).allTextContents()).toEqual([
      'Jan 2025',
      'Mar 2025',
      'May 2025',
      'Jul 2025',
      'Sept 2025',
      'Nov 2025',
    ]);
    await page.context().close();
  });
});
