import { describe, expect, it } from 'vitest';
import { describePoint, dotPlotLabel } from './dotPlotLabel.js';

describe('dot plot wording', () => {
  it('keeps each figure’s qualifier, and says when a mark stands for a range', () => {
    expect(describePoint({ kind: 'at_least', point: 6000 }, 'soldiers')).toBe('at least 6,000 soldiers');
    expect(describePoint({ kind: 'approximate', point: 2000 })).toBe('about 2,000');
    expect(describePoint({ kind: 'range', point: 650 }, 'soldiers')).toBe('a range around 650 soldiers');
  });

  it('lists every source smallest first, with the unit once at the end', () => {
    const label = dotPlotLabel(
      [
        { sourceName: 'SK/UA/Western sources', kind: 'at_least', point: 6000 },
        { sourceName: 'KCNA', kind: 'exact', point: 9 },
        { sourceName: 'NIS', kind: 'approximate', point: 2000 },
      ],
      'soldiers',
    );
    expect(label).toBe(
      '3 sources on a log scale: KCNA 9; NIS about 2,000; SK/UA/Western sources at least 6,000 soldiers',
    );
  });

  it('says so when there is nothing to plot', () => {
    expect(dotPlotLabel([], 'soldiers')).toBe('No figures by this date');
    expect(dotPlotLabel([{ sourceName: 'KCNA', kind: 'exact', point: 120 }], 'days')).toBe(
      '1 source on a log scale: KCNA 120 days',
    );
  });
});
