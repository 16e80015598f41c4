import { describe, expect, it } from 'vitest';
import { overviewSeries } from './overviewSeries.js';
import { divergenceRowOf, metric, source } from './testData.js';

const kcna = source(1, 'KCNA', 'North Korea', 'Korean Central News Agency');
const nis = source(2, 'NIS', 'South Korea', 'National Intelligence Service');
const western = source(3, null, null, 'Western officials');

const killed = divergenceRowOf(metric(1, 'Killed', 'soldiers'), [
  { source: kcna, value: { kind: 'exact', value: 9 }, statedOn: '2025-12-12' },
  { source: western, value: { kind: 'at_least', value: 6000 }, statedOn: '2025-11' },
]);
const sent = divergenceRowOf(metric(2, 'Troops sent', 'troops'), [
  { source: nis, value: { kind: 'range', low: 10, high: 990 } },
  { source: kcna, value: { kind: 'exact', value: 0 } },
]);

describe('overviewSeries', () => {
  it('puts every row on one log axis that covers all their figures, rows kept in their rank', () => {
    const series = overviewSeries([killed, sent], 600);
    expect(series.axis).toMatchObject({ scale: 'log', domain: [10 ** -0.6, 10_000] });
    expect(series.rows.map((r) => r.row.metric.name)).toEqual(['Killed', 'Troops sent']);
    // A range is placed by its middle, and zero has a lane of its own below the smallest gridline.
    expect(overviewSeries([sent], 600).axis.domain).toEqual([10 ** 1.4, 1000]);
    expect(overviewSeries([sent], 600).ticks[0]).toEqual({ value: 10 ** 1.4, label: '0', along: 0 });
  });

  it("places each mark by its figure's order of magnitude, a range by its middle and zero in its lane", () => {
    const [killedRow, sentRow] = overviewSeries([killed, sent], 600).rows;
    expect(killedRow!.marks.map((m) => m.along)).toEqual([
      expect.closeTo((Math.log10(9) + 0.6) / 4.6),
      expect.closeTo((Math.log10(6000) + 0.6) / 4.6),
    ]);
    expect(sentRow!.marks.map((m) => [m.point, m.along])).toEqual([
      [500, expect.closeTo((Math.log10(500) + 0.6) / 4.6)],
      [0, 0],
    ]);
  });

  it('keeps what each mark is drawn with: the wording, the group and the source', () => {
    const [mark] = overviewSeries([killed], 600).rows[0]!.marks;
    expect(mark).toMatchObject({
      claimId: killed.points[0]!.claimId,
      sourceName: 'Korean Central News Agency',
      value: { kind: 'exact', value: 9 },
      group: 'North Korea',
    });
  });

  it("titles each mark with its source, its figure as worded in the row's unit, and its date when it has one", () => {
    const [killedRow, sentRow] = overviewSeries([killed, sent], 600).rows;
    expect(killedRow!.marks.map((m) => m.title)).toEqual([
      'Korean Central News Agency: 9 soldiers (2025-12-12)',
      'Western officials: at least 6,000 soldiers (2025-11)',
    ]);
    expect(sentRow!.marks[0]!.title).toBe('National Intelligence Service: 10–990 troops');
  });

  it('labels the ticks a plot of the given length can hold, at the same places as the marks', () => {
    const wide = overviewSeries([killed], 600);
    expect(wide.ticks.map((t) => [t.label, t.along])).toEqual([
      ['1', 0],
      ['10', 0.25],
      ['100', 0.5],
      ['1k', 0.75],
      ['10k', 1],
    ]);
    expect(overviewSeries([killed], 40).ticks.map((t) => t.label)).toEqual(['1', '1k']);
  });

  it('draws no marks and a default axis for no rows, or rows without figures', () => {
    const empty = divergenceRowOf(metric(3, 'Wounded', 'soldiers'), []);
    expect(overviewSeries([], 600)).toMatchObject({ axis: { domain: [1, 10] }, rows: [] });
    expect(overviewSeries([empty], 600).rows).toEqual([{ row: empty, marks: [] }]);
  });
});
