import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../shared/schemas/index.js';
import { hasChromium, openPage, serverAndBrowser } from '../support/browser.js';
import { download, inkedPixels, parseSvg, pngSize } from '../support/downloads.js';
import { createClaim, createMetric, createSource } from '../support/records.js';

const moscowTimes =
  'https://www.themoscowtimes.com/2025/12/13/north-korea-acknowledges-its-troops-cleared-mines-for-russia-a91432';

describe.skipIf(!hasChromium)('exporting the overview chart', () => {
  const t = serverAndBrowser({ seed: false });
  beforeAll(async () => {
    // Three metrics of two units: deaths from five sources (NIS with older figures than its latest,
    // South Korean officials repeating the 600 NIS had revised, which the ranking leaves out, and
    // KCNA's 9 for one unit), a deployment length in days with a name too long for its label, and
    // casualties as a range.
    const { app } = t.server;
    const killed = await createMetric(app, { name: 'North Korean soldiers killed', unit: 'soldiers' });
    const length = await createMetric(app, { name: 'Deployment length of the 528th Engineer Regiment', unit: 'days' });
    const casualties = await createMetric(app, {
      name: 'North Korean casualties (killed and wounded)',
      unit: 'soldiers',
    });
    const kcna = await createSource(app, { shortName: 'KCNA', group: 'North Korea', reliability: 'F' });
    const nis = await createSource(app, { shortName: 'NIS', group: 'South Korea', reliability: 'B' });
    const officials = await createSource(app, { shortName: 'South Korean officials', group: 'South Korea' });
    const western = await createSource(app, { shortName: 'Western officials', group: 'Western' });
    const joint = await createSource(app, { shortName: 'SK/UA/Western sources', group: 'Western' });
    const pentagon = await createSource(app, { shortName: 'Pentagon', group: 'United States', reliability: 'B' });
    const claims: Partial<ClaimInput>[] = [
      { metricId: killed.id, sourceId: nis.id, value: { kind: 'approximate', value: 300 }, statedOn: '2025-01-13' },
      {
        metricId: killed.id,
        sourceId: western.id,
        value: { kind: 'approximate', value: 1000 },
        statedOn: '2025-01-23',
      },
      { metricId: killed.id, sourceId: nis.id, value: { kind: 'approximate', value: 600 }, statedOn: '2025-04-30' },
      { metricId: killed.id, sourceId: nis.id, value: { kind: 'approximate', value: 2000 }, statedOn: '2025-09-02' },
      { metricId: killed.id, sourceId: officials.id, value: { kind: 'at_least', value: 600 }, statedOn: '2025-11-04' },
      { metricId: killed.id, sourceId: joint.id, value: { kind: 'at_least', value: 6000 }, statedOn: '2025-11-14' },
      {
        metricId: killed.id,
        sourceId: kcna.id,
        value: { kind: 'exact', value: 9 },
        scope: 'one unit: 528th Engineer Regiment (demining)',
        coverage: 'part',
        statedOn: '2025-12-12',
        citationUrl: moscowTimes,
      },
      {
        metricId: length.id,
        sourceId: kcna.id,
        value: { kind: 'exact', value: 120 },
        statedOn: '2025-12-12',
        citationUrl: moscowTimes,
      },
      {
        metricId: casualties.id,
        sourceId: pentagon.id,
        value: { kind: 'range', low: 200, high: 999 },
        scope: 'whole contingent, since October',
        statedOn: '2024-12-17',
        quote: 'Several hundred casualties is our latest estimate that the DPRK has suffered',
      },
    ];
    for (const claim of claims) await createClaim(app, claim);
  });

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

    // Each row carries its metric's findings, so that the image cannot be read without them.
    expect(parsed.text).toContain('1 superseded');
    expect(parsed.text).toContain('1 part of scope');

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
      'metric,source,group,reliability,valueKind,value,low,high,unit,statedOn,scope,via,reportedBy,credibility,quote,citationUrl,' +
        'leftOutOfRanking,metricWarnings,metricNotes,metricFindings,metricEstimate,metricEstimateLow90,metricEstimateHigh90',
    );
    const plotted = await page.evaluate(() =>
      [...document.querySelectorAll('.divergence-table tbody tr')].map(
        (row) => row.querySelectorAll('.dot-plot > :not(line)').length,
      ),
    );
    expect(rows.length).toBe(plotted.reduce((a, b) => a + b, 0));
    const killedRows = rows.filter((r) => r.metric === 'North Korean soldiers killed');
    expect(killedRows).toHaveLength(5);
    for (const row of killedRows) {
      expect(row).toMatchObject({
        metricWarnings: '1',
        metricNotes: '1',
        metricFindings: '1 superseded; 1 part of scope',
        metricEstimate: 'no consensus',
        metricEstimateLow90: '',
      });
    }
    expect(killedRows.filter((r) => r.leftOutOfRanking).map((r) => [r.source, r.value, r.leftOutOfRanking])).toEqual([
      ['South Korean officials', '600', 'superseded'],
    ]);
    expect(rows.find((r) => r.metric?.startsWith('Deployment length'))).toMatchObject({
      leftOutOfRanking: '',
      metricWarnings: '0',
      metricNotes: '0',
      metricFindings: '',
      metricEstimate: expect.stringMatching(/^about 120 \(90%: 1\d0–1\d0\)$/),
      metricEstimateLow90: expect.stringMatching(/^1\d0$/),
    });
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
