import { describe, expect, it } from 'vitest';
import { listInWords } from '../wording.js';
import { comparisonCaption, timelineCaption, timelineSubtitle } from './captions.js';
import { comparisonSeries } from './comparisonSeries.js';
import { claim, comparisonOf, source } from './testData.js';
import { timelineSeries } from './timelineSeries.js';

const kcna = source(1, 'KCNA', 'North Korea');
const nis = source(2, 'NIS', 'South Korea');
const western = source(3, 'SK/UA/Western officials', null);
const sources = [kcna, nis, western];

describe('listInWords', () => {
  it('joins names as a sentence would', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['A'])).toBe('A');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('comparisonCaption', () => {
  it('gives the spread and who gives the lowest and highest figures', () => {
    const c = comparisonOf(
      [
        claim(1, { kind: 'exact', value: 9 }, '2025-12-12'),
        claim(2, { kind: 'approximate', value: 2000 }, '2025-09-02'),
        claim(3, { kind: 'at_least', value: 6000 }, '2025-11-14'),
      ],
      sources,
    );
    expect(comparisonCaption(comparisonSeries(c, { scale: 'log', includeUndated: false }), c)).toBe(
      'Latest figures from 3 sources as of 31 Dec 2025. Spread ×667 (2.8 orders of magnitude): ' +
        'lowest KCNA (9 soldiers); highest SK/UA/Western officials (at least 6,000 soldiers).',
    );
  });

  it('leaves out of the spread, and names apart, a figure for part of the scope', () => {
    const c = comparisonOf(
      [
        claim(1, { kind: 'exact', value: 9 }, '2025-12-12', { coverage: 'part' }),
        claim(2, { kind: 'approximate', value: 2000 }, '2025-09-02'),
        claim(3, { kind: 'at_least', value: 6000 }, '2025-11-14'),
      ],
      sources,
    );
    expect(comparisonCaption(comparisonSeries(c, { scale: 'log', includeUndated: false }), c)).toBe(
      'Latest figures from 3 sources as of 31 Dec 2025. Spread ×3 (0.5 orders of magnitude): ' +
        'lowest NIS (about 2,000 soldiers); highest SK/UA/Western officials (at least 6,000 soldiers). ' +
        'Not compared: KCNA (9 soldiers), which covers only part of the scope.',
    );
  });

  it('says when no figure drawn can be compared, and why', () => {
    const c = comparisonOf(
      [
        claim(1, { kind: 'exact', value: 9 }, '2025-12-12', { coverage: 'part' }),
        claim(3, { kind: 'at_least', value: 6000 }, null),
      ],
      sources,
    );
    expect(comparisonCaption(comparisonSeries(c, { scale: 'log', includeUndated: false }), c)).toBe(
      'No figure as of 31 Dec 2025 can be compared with another. Not compared: KCNA (9 soldiers), which covers ' +
        'only part of the scope. 1 undated claim is listed apart.',
    );
    expect(comparisonCaption(comparisonSeries(c, { scale: 'log', includeUndated: true }), c)).toBe(
      'No figure as of 31 Dec 2025 can be compared with another. Not compared: KCNA (9 soldiers), which covers ' +
        'only part of the scope and SK/UA/Western officials (at least 6,000 soldiers), which is undated.',
    );
  });

  it('counts undated claims apart, drawn or not, and never in the spread', () => {
    const c = comparisonOf(
      [
        claim(1, { kind: 'exact', value: 9 }, null),
        claim(2, { kind: 'approximate', value: 2000 }, '2025-09-02'),
        claim(3, { kind: 'at_least', value: 6000 }, '2025-11-14'),
      ],
      sources,
    );
    const spread =
      'Spread ×3 (0.5 orders of magnitude): lowest NIS (about 2,000 soldiers); highest SK/UA/Western officials (at least 6,000 soldiers).';
    expect(comparisonCaption(comparisonSeries(c, { scale: 'log', includeUndated: false }), c)).toBe(
      `Latest figures from 2 sources as of 31 Dec 2025. ${spread} 1 undated claim is listed apart.`,
    );
    expect(comparisonCaption(comparisonSeries(c, { scale: 'log', includeUndated: true }), c)).toBe(
      `Latest figures from 3 sources as of 31 Dec 2025. ${spread} Not compared: KCNA (9 soldiers), which is undated.`,
    );
    const onlyUndated = comparisonOf([claim(1, { kind: 'exact', value: 9 }, null)], sources);
    expect(comparisonCaption(comparisonSeries(onlyUndated, { scale: 'log', includeUndated: false }), onlyUndated)).toBe(
      'No dated claims as of 31 Dec 2025. 1 undated claim is listed apart.',
    );
  });

  it('counts the sources that gave only a statement when every figure agrees', () => {
    const c = comparisonOf(
      [
        claim(1, { kind: 'statement' }, '2025-12-12'),
        claim(2, { kind: 'approximate', value: 1000 }, '2025-09-02'),
        claim(3, { kind: 'at_least', value: 1000 }, '2025-12-13'),
      ],
      sources,
    );
    expect(comparisonCaption(comparisonSeries(c, { scale: 'linear', includeUndated: false }), c)).toBe(
      'All 2 sources give the same figure as of 31 Dec 2025: NIS (about 1,000 soldiers) and ' +
        'SK/UA/Western officials (at least 1,000 soldiers). 1 other source gives only a statement.',
    );
  });

  it('says so when every source gives the same figure, whatever the wording', () => {
    const c = comparisonOf(
      [
        claim(2, { kind: 'approximate', value: 1000 }, '2025-09-02'),
        claim(3, { kind: 'at_least', value: 1000 }, '2025-12-13'),
      ],
      sources,
    );
    expect(comparisonCaption(comparisonSeries(c, { scale: 'linear', includeUndated: false }), c)).toBe(
      'All 2 sources give the same figure as of 31 Dec 2025: NIS (about 1,000 soldiers) and SK/UA/Western officials (at least 1,000 soldiers).',
    );
  });

  it('measures the spread between figures above 0 and names a 0 apart, never as the lowest end', () => {
    const c = comparisonOf(
      [
        claim(1, { kind: 'exact', value: 0 }, '2025-12-12'),
        claim(2, { kind: 'approximate', value: 2000 }, '2025-09-02'),
        claim(3, { kind: 'at_least', value: 6000 }, '2025-11-14'),
      ],
      sources,
    );
    expect(comparisonCaption(comparisonSeries(c, { scale: 'log', includeUndated: false }), c)).toBe(
      'Latest figures from 3 sources as of 31 Dec 2025. Spread ×3 (0.5 orders of magnitude) ' +
        'between the figures above 0: lowest NIS (about 2,000 soldiers); highest SK/UA/Western officials ' +
        '(at least 6,000 soldiers). 0 is not in the spread: KCNA (0 soldiers).',
    );
  });

  it('has no spread to give when a 0 stands against a single figure above it', () => {
    const c = comparisonOf(
      [
        claim(1, { kind: 'exact', value: 0 }, '2025-12-12'),
        claim(2, { kind: 'approximate', value: 2000 }, '2025-09-02'),
      ],
      sources,
    );
    expect(comparisonCaption(comparisonSeries(c, { scale: 'log', includeUndated: false }), c)).toBe(
      'Latest figures from 2 sources as of 31 Dec 2025. No spread: every figure above 0 is the same, ' +
        'NIS (about 2,000 soldiers). 0 is not in the spread: KCNA (0 soldiers).',
    );
  });

  it('says so when only one source, or none, gives a figure, or there is no claim at all', () => {
    const one = comparisonOf([claim(2, { kind: 'approximate', value: 1000 }, '2025-09-02')], sources);
    expect(comparisonCaption(comparisonSeries(one, { scale: 'linear', includeUndated: false }), one)).toBe(
      'Only one source gives a figure as of 31 Dec 2025: NIS (about 1,000 soldiers).',
    );
    const none = comparisonOf([claim(1, { kind: 'statement' }, '2025-11')], sources);
    expect(comparisonCaption(comparisonSeries(none, { scale: 'linear', includeUndated: false }), none)).toBe(
      'No source gives a figure as of 31 Dec 2025, only statements.',
    );
    const nothing = comparisonOf([], sources);
    expect(comparisonCaption(comparisonSeries(nothing, { scale: 'linear', includeUndated: false }), nothing)).toBe(
      'No claims as of 31 Dec 2025.',
    );
  });
});

describe('timelineCaption', () => {
  it('counts the figures over their period and names the extremes with dates', () => {
    const t = timelineSeries(
      [
        claim(2, { kind: 'at_least', value: 100 }, '2024-12-19'),
        claim(2, { kind: 'approximate', value: 2000 }, '2025-09'),
        claim(1, { kind: 'exact', value: 9 }, '2025-12-12'),
      ],
      (id) => sources.find((s) => s.id === id)!,
      { scale: 'log', includeImprobable: false },
    );
    expect(timelineCaption(t, 'soldiers')).toBe(
      '3 figures from 2 sources, from 19 Dec 2024 to 12 Dec 2025. Spread over the whole period ×222 ' +
        '(2.3 orders of magnitude): lowest KCNA (9 soldiers, 12 Dec 2025); highest NIS (about 2,000 soldiers, Sept 2025).',
    );
  });

  it('says so when every figure is the same, whatever the wording, instead of naming each as lowest and highest', () => {
    const t = timelineSeries(
      [
        claim(2, { kind: 'approximate', value: 1000 }, '2025-09-02'),
        claim(3, { kind: 'at_least', value: 1000 }, '2025-12-13'),
      ],
      (id) => sources.find((s) => s.id === id)!,
      { scale: 'linear', includeImprobable: false },
    );
    expect(timelineCaption(t, 'troops')).toBe(
      '2 figures from 2 sources, from 2 Sept 2025 to 13 Dec 2025. All give the same figure: ' +
        'NIS (about 1,000 troops, 2 Sept 2025) and SK/UA/Western officials (at least 1,000 troops, 13 Dec 2025).',
    );
  });

  it('names a 0 apart from the spread over the whole period', () => {
    const t = timelineSeries(
      [
        claim(1, { kind: 'exact', value: 0 }, '2024-12-19'),
        claim(2, { kind: 'approximate', value: 300 }, '2025-01'),
        claim(2, { kind: 'approximate', value: 3000 }, '2025-09'),
      ],
      (id) => sources.find((s) => s.id === id)!,
      { scale: 'log', includeImprobable: false },
    );
    expect(timelineCaption(t, 'soldiers')).toBe(
      '3 figures from 2 sources, from 19 Dec 2024 to Sept 2025. Spread over the whole period ×10 ' +
        '(1.0 orders of magnitude) between the figures above 0: lowest NIS (about 300 soldiers, Jan 2025); highest NIS ' +
        '(about 3,000 soldiers, Sept 2025). 0 is not in the spread: KCNA (0 soldiers, 19 Dec 2024).',
    );
  });

  it('has a sentence for no figures and for one', () => {
    const sourceOf = (id: number) => sources.find((s) => s.id === id)!;
    expect(timelineCaption(timelineSeries([], sourceOf, { scale: 'log', includeImprobable: false }), 'x')).toBe(
      'No dated figures to draw over time.',
    );
    expect(
      timelineCaption(
        timelineSeries([claim(1, { kind: 'exact', value: 9 }, '2025-12-12')], sourceOf, {
          scale: 'log',
          includeImprobable: false,
        }),
        'x',
      ),
    ).toBe('1 figure from 1 source, on 12 Dec 2025.');
    const sameDay = timelineCaption(
      timelineSeries(
        [claim(1, { kind: 'exact', value: 9 }, '2025-12-12'), claim(2, { kind: 'exact', value: 9 }, '2025-12-12')],
        sourceOf,
        { scale: 'log', includeImprobable: false },
      ),
      'x',
    );
    expect(sameDay).toMatch(/^2 figures from 2 sources, all on 12 Dec 2025\./);
  });
});

describe('timelineSubtitle', () => {
  const t = timelineSeries(
    [claim(2, { kind: 'at_least', value: 100 }, '2024-12-19'), claim(1, { kind: 'exact', value: 9 }, '2025-12-12')],
    (id) => sources.find((s) => s.id === id)!,
    { scale: 'log', includeImprobable: false },
  );

  it('says the timeline holds every dated figure, and names the as-of line when it is drawn', () => {
    expect(timelineSubtitle(t, 'soldiers', '2025-03-01', 'log')).toBe(
      'soldiers · every dated figure · dashed line: as of 1 Mar 2025 · log scale',
    );
  });

  it('names no as-of line when the date falls outside the drawn period', () => {
    expect(timelineSubtitle(t, 'soldiers', '2026-11-27', 'linear')).toBe(
      'soldiers · every dated figure · linear scale',
    );
  });
});
