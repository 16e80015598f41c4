import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { getJson } from '../support/api.js';
import { hasChromium, openPage, serverAndBrowser } from '../support/browser.js';
import { download, inkedPixels, parseSvg, pngSize } from '../support/downloads.js';
import { createClaim, createMetric, createSource } from '../support/records.js';

describe.skipIf(!hasChromium)('exporting the comparison and timeline charts', () => {
  const t = serverAndBrowser({ seed: false });
  let id: number;
  beforeAll(async () => {
    // KCNA's 9 for one unit beside whole-contingent figures, so that its label names its scope;
    // Western officials' "at least 300" after NIS had revised its 300 to 2,000, so that there is a
    // warning to export with a note; and two sources of one group, so that the timeline tells their
    // lines apart by a dash.
    id = (await createMetric(t.server.app, { name: 'North Korean soldiers killed', unit: 'soldiers' })).id;
    const kcna = await createSource(t.server.app, {
      name: 'Korean Central News Agency (KCNA)',
      shortName: 'KCNA',
      group: 'North Korea',
      reliability: 'F',
    });
    const nis = await createSource(t.server.app, { shortName: 'NIS', group: 'South Korea', reliability: 'B' });
    const officials = await createSource(t.server.app, { shortName: 'Seoul officials', group: 'South Korea' });
    const western = await createSource(t.server.app, { shortName: 'Western officials', group: 'Western' });
    const claims = [
      { sourceId: nis.id, value: { kind: 'approximate', value: 300 }, statedOn: '2025-01-13' },
      {
        sourceId: nis.id,
        value: { kind: 'approximate', value: 2000 },
        scope: 'whole contingent, to September 2025',
        statedOn: '2025-09-02',
      },
      {
        sourceId: officials.id,
        value: { kind: 'at_least', value: 6000 },
        scope: 'whole contingent',
        coverage: 'whole',
        statedOn: '2025-11-14',
      },
      { sourceId: western.id, value: { kind: 'at_least', value: 300 }, statedOn: '2025-11-20' },
      {
        sourceId: kcna.id,
        value: { kind: 'exact', value: 9 },
        scope: 'one unit: 528th Engineer Regiment (demining)',
        coverage: 'part',
        statedOn: '2025-12-12',
      },
    ] as const;
    for (const claim of claims) await createClaim(t.server.app, { metricId: id, ...claim });
  });

  it('exports the comparison as a 2x PNG, an SVG naming every source with its provenance, and its rows as CSV', async () => {
    const comparison = await getJson<{
      entries: { source: { name: string; shortName: string } }[];
      findings: { kind: string; severity: string; message: string }[];
    }>(t.server.baseUrl, `/api/metrics/${id}/comparison?asOf=2026-01-01`);
    expect(comparison.findings.map((f) => [f.kind, f.severity])).toEqual([
      ['superseded', 'warning'],
      ['partial_coverage', 'note'],
    ]);
    const page = await openPage(t.browser, `${t.server.baseUrl}/metrics/${id}?asOf=2026-01-01`);
    await page.locator('.recharts-surface').first().waitFor();

    const svg = await download(page, 'Export comparison chart as SVG');
    expect(svg.name).toBe('north-korean-soldiers-killed-comparison-2026-01-01.svg');
    const text = svg.bytes.toString('utf8');
    const parsed = await parseSvg(page, text);
    expect(parsed.error).toBeNull();
    for (const entry of comparison.entries) expect(parsed.text).toContain(entry.source.shortName);
    expect(parsed.text).toContain('reliability F');
    expect(parsed.text).toContain('Triangulate · http://127.0.0.1');
    expect(parsed.text).toContain('as of 2026-01-01');
    // The image says what the comparison leaves out, as the page's control does.
    expect(parsed.text).toContain('claims graded improbable left out');
    // Under the chart: each warning in the server's own words, wrapped to fit, and the notes counted.
    const words = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return [...doc.querySelectorAll('svg > text')].map((t) => t.textContent).join(' ');
    }, text);
    const flowing = words.replace(/\s+/g, ' ');
    expect(flowing).toContain(`Warning: ${comparison.findings[0]!.message}`);
    expect(flowing).toContain('1 note (part of scope), on the metric page.');

    const png = await download(page, 'Export comparison chart as PNG');
    expect(png.name).toBe('north-korean-soldiers-killed-comparison-2026-01-01.png');
    expect(pngSize(png.bytes)).toEqual({ width: parsed.width * 2, height: parsed.height * 2 });
    expect(await inkedPixels(page, png.bytes)).toBeGreaterThan(5000);

    const csv = await download(page, 'Export comparison chart data as CSV');
    const rows = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8').replace(/^\ufeff/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(Object.keys(rows[0]!).join(',')).toBe(
      'source,group,reliability,valueKind,value,low,high,unit,statedOn,scope,via,reportedBy,credibility,quote,citationUrl,notes,findings',
    );
    expect(rows.map((r) => r.source).sort()).toEqual(comparison.entries.map((e) => e.source.name).sort());
    // Each row names the findings that name its claim: the superseded figure, and the revision it was measured by.
    const named = (shortName: string) => comparison.entries.find((e) => e.source.shortName === shortName)!.source.name;
    expect(Object.fromEntries(rows.map((r) => [r.source, r.findings]))).toEqual({
      [named('KCNA')]: 'note: part of scope',
      [named('Western officials')]: 'warning: superseded',
      [named('NIS')]: 'warning: superseded',
      [named('Seoul officials')]: '',
    });
    expect(rows.find((r) => r.source === 'Korean Central News Agency (KCNA)')).toMatchObject({
      group: 'North Korea',
      reliability: 'F',
      valueKind: 'exact',
      value: '9',
      unit: 'soldiers',
      statedOn: '2025-12-12',
    });

    const timelineCsv = await download(page, 'Export timeline chart data as CSV');
    expect(timelineCsv.name).toBe('north-korean-soldiers-killed-timeline-2026-01-01.csv');
    const timelineRows = Papa.parse<Record<string, string>>(timelineCsv.bytes.toString('utf8').replace(/^\ufeff/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    // The timeline plots NIS's 300 too, which the superseded finding names as the figure repeated.
    expect(
      timelineRows
        .filter((r) => r.findings === 'warning: superseded')
        .map((r) => r.value)
        .sort(),
    ).toEqual(['2000', '300', '300']);
    const timelineSvg = (await download(page, 'Export timeline chart as SVG')).bytes.toString('utf8');
    expect(timelineSvg).toContain('Warning: ');
    await page.context().close();
  });

  it('keeps the chart labels readable and carries the page key: groups, marks and each source line', async () => {
    const page = await openPage(t.browser, `${t.server.baseUrl}/metrics/${id}?asOf=2026-01-01`);
    await page.locator('.recharts-surface').first().waitFor();

    for (const chart of ['comparison', 'timeline']) {
      const svg = (await download(page, `Export ${chart} chart as SVG`)).bytes.toString('utf8');
      const exported = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const texts = [...doc.querySelectorAll('text')];
        return {
          // A halo painted after its text hides it: every haloed label must paint its stroke first.
          haloedOverText: texts
            .filter((t) => /stroke:\s*rgb\(255, 255, 255\)/.test(t.getAttribute('style') ?? ''))
            .filter((t) => !/paint-order:\s*stroke/.test(t.getAttribute('style') ?? '')).length,
          labels: texts.filter((t) => /paint-order:\s*stroke/.test(t.getAttribute('style') ?? '')).length,
          texts: texts.map((t) => t.textContent),
          dashedKeyLines: [...doc.documentElement.children]
            .filter((e) => e.tagName === 'svg')
            .flatMap((e) => [...e.querySelectorAll('line')])
            .filter((l) => l.getAttribute('stroke-dasharray')).length,
        };
      }, svg);
      expect(exported.haloedOverText, chart).toBe(0);
      expect(exported.labels, chart).toBeGreaterThan(0);
      expect(exported.texts, chart).toEqual(expect.arrayContaining(['Marks:', 'at least', 'North Korea']));
      // Only a figure for part of the scope says which part; whole-scope figures' wordings raise nothing.
      if (chart === 'comparison') {
        expect(exported.texts).toContain('at least 6,000');
        expect(exported.texts.some((t) => t?.startsWith('9 · one unit'))).toBe(true);
      } else {
        const tracks = await page.getByRole('list', { name: 'Sources' }).getByRole('listitem').allTextContents();
        expect(tracks.length).toBeGreaterThan(1);
        expect(exported.texts).toEqual(expect.arrayContaining(['Sources:', ...tracks]));
        expect(exported.dashedKeyLines).toBeGreaterThan(0);
      }
    }
    await page.context().close();
  });
});
