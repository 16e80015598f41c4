import Papa from 'papaparse';
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

    // Rows share one axis whatever they count, so each names its unit.
    expect(parsed.text).toContain('Deployment length of the 528th Engin… (days)');
    expect(parsed.text).toContain('North Korean soldiers killed (soldiers)');

    const png = await download(page, 'Export overview chart as PNG');
    expect(png.name).toBe('all-metrics-overview-2026-01-01.png');
    expect(pngSize(png.bytes)).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });
    expect(await inkedPixels(page, png.bytes)).toBeGreaterThan(5000);

    const csv = await download(page, 'Export overview chart data as CSV');
    const rows = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8').replace(/^\ufeff/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(Object.keys(rows[0]!).join(',')).toBe(
      'metric,source,group,reliability,valueKind,value,low,high,unit,statedOn,scope,via,reportedBy,credibility,quote,citationUrl',
    );
    const plotted = await page.evaluate(() =>
      [...document.querySelectorAll('.divergence-table tbody tr')].map(
        (row) => row.querySelectorAll('.dot-plot > :not(line)').length,
      ),
    );
    expect(rows.length).toBe(plotted.reduce((a, b) => a + b, 0));
    expect(rows.filter((r) => r.metric === 'North Korean soldiers killed')).toHaveLength(5);
    expect(
      rows.find((r) => r.metric === 'North Korean casualties (killed and wounded)' && r.source === 'Pentagon'),
    ).toMatchObject({
      valueKind: 'range',
      value: '',
      low: '200',
      high: '999',
      unit: 'soldiers',
      scope: 'whole contingent, since October',
      quote: 'Several hundred casualties is our latest estimate that the DPRK has suffered',
    });
    await page.context().close();
  });
});
