import { describe, expect, it } from 'vitest';
import { dotPlotLabel } from './dotPlotLabel.js';

describe('dot plot wording', () => {
  it('lists every source smallest first, each figure as worded, with the unit once at the end', () => {
    const label = dotPlotLabel(
      [
        { sourceName: 'SK/UA/Western sources', value: { kind: 'at_least', value: 6000 }, point: 6000 },
        { sourceName: 'KCNA', value: { kind: 'exact', value: 9 }, point: 9 },
        { sourceName: 'NIS', value: { kind: 'approximate', value: 2000 }, point: 2000 },
      ],
      'soldiers',
    );
    expect(label).toBe(
      '3 sources on a log scale: KCNA 9; NIS about 2,000; SK/UA/Western sources at least 6,000 soldiers',
    );
  });

  it('gives a range its two ends, not the middle its mark sits at', () => {
    expect(
      dotPlotLabel([{ sourceName: 'US DoD', value: { kind: 'range', low: 200, high: 999 }, point: 599.5 }], 'soldiers'),
    ).toBe('1 source on a log scale: US DoD 200–999 soldiers');
  });

  it('says so when there is nothing to plot', () => {
    expect(dotPlotLabel([], 'soldiers')).toBe('No figures by this date');
    expect(dotPlotLabel([{ sourceName: 'KCNA', value: { kind: 'exact', value: 120 }, point: 120 }], 'days')).toBe(
      '1 source on a log scale: KCNA 120 days',
    );
  });
});
