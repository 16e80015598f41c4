import { describe, expect, it } from 'vitest';
import { hasChromium, openPage, serverAndBrowser } from '../support/browser.js';
import { download, inkedPixels, parseSvg, pngSize } from '../support/downloads.js';

describe.skipIf(!hasChromium)('exporting the overview chart', () => {
  const t = serverAndBrowser();

  it('downloads a 2x PNG, a standalone SVG with provenance, and the plotted rows as CSV', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/?asOf=2026-01-01`);
    await page.getByRole('button', { name: 'Export overview chart as PNG' }).waitFor();

    const svg = await download(page, 'Export overview chart as SVG');
    expect(svg.name).toBe('all-metrics-overview-2026-01-01.svg');
    const text = svg.bytes.toString('utf8');
    const parsed = await parseSvg(page, text);
    expect(parsed.error).toBeNull();
    for (const expected of [
      'Latest figures by metric',
      'KCNA (F)',
      'Triangulate',
      'themoscowtimes.com',
      'North Korea',
    ]) {
      expect(text).toContain(expected);
    }

    const png = await download(page, 'Export overview chart as PNG');
    expect(png.name).toBe('all-metrics-overview-2026-01-01.png');
    expect(pngSize(png.bytes)).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });
    expect(await inkedPixels(page, png.bytes)).toBeGreaterThan(5000);

    const csv = await download(page, 'Export overview chart data as CSV');
    const lines = csv.bytes
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('metric,unit,source,group,reliability,valueKind,plottedValue,statedOn,citationUrl');
    const plotted = await page.evaluate(() =>
      [...document.querySelectorAll('.divergence-table tbody tr')].map(
        (row) => row.querySelectorAll('.dot-plot > :not(line)').length,
      ),
    );
    expect(lines.length - 1).toBe(plotted.reduce((a, b) => a + b, 0));
    expect(lines.filter((l) => l.startsWith('North Korean soldiers killed,'))).toHaveLength(5);
    await page.context().close();
  });
});
