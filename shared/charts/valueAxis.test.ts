import { describe, expect, it } from 'vitest';
import type { ClaimValue } from '../schemas/claim.js';
import { clampToAxis, defaultScale, formatTick, tickLabeller, ticksThatFit, valueAxis } from './valueAxis.js';

const exact = (value: number): ClaimValue => ({ kind: 'exact', value });

describe('defaultScale', () => {
  it('is log only when the figures are more than ten times apart', () => {
    expect(defaultScale(667)).toBe('log');
    expect(defaultScale(10)).toBe('linear');
    expect(defaultScale(1.2)).toBe('linear');
    expect(defaultScale(null)).toBe('linear');
  });
});

describe('log axis', () => {
  it('covers figures from 1 to 1,000,000 with one tick per decade', () => {
    const axis = valueAxis([exact(1), exact(1_000_000)], 'log');
    expect(axis.domain).toEqual([1, 1_000_000]);
    expect(axis.ticks).toEqual([1, 10, 100, 1000, 10_000, 100_000, 1_000_000]);
    expect(axis.ticks.map(formatTick)).toEqual(['1', '10', '100', '1k', '10k', '100k', '1M']);
  });

  it('widens to whole powers of ten around figures that are not', () => {
    expect(valueAxis([exact(9), { kind: 'approximate', value: 2000 }], 'log').domain).toEqual([1, 10_000]);
  });

  it('leaves an "at least" arrow room to run right of its bound', () => {
    expect(valueAxis([exact(9), { kind: 'at_least', value: 6000 }], 'log').domain).toEqual([1, 100_000]);
    expect(valueAxis([exact(10), { kind: 'at_least', value: 1000 }], 'log').domain[1]).toBe(10_000);
  });

  it('leaves an "at most" arrow room to run left of its bound', () => {
    expect(valueAxis([{ kind: 'at_most', value: 100 }, exact(5000)], 'log').domain).toEqual([10, 10_000]);
  });

  it('reaches both ends of a range', () => {
    expect(valueAxis([{ kind: 'range', low: 200, high: 999 }, exact(4000)], 'log').domain).toEqual([100, 10_000]);
  });

  it('adds 2 and 5 ticks when the figures span only a decade or two', () => {
    const axis = valueAxis([exact(1000), { kind: 'approximate', value: 1100 }], 'log');
    expect(axis.domain).toEqual([1000, 10_000]);
    expect(axis.ticks).toEqual([1000, 2000, 5000, 10_000]);
    expect(axis.ticks.map(formatTick)).toEqual(['1k', '2k', '5k', '10k']);
  });

  it('skips decades when there are too many to label', () => {
    const axis = valueAxis([exact(1), exact(1e15)], 'log');
    expect(axis.domain).toEqual([1, 1e15]);
    expect(axis.ticks.length).toBeLessThanOrEqual(11);
    expect(axis.ticks[0]).toBe(1);
  });

  it('ignores statements, and has a default with no figure', () => {
    expect(valueAxis([{ kind: 'statement' }, exact(50)], 'log')).toMatchObject({ domain: [10, 100], zeroLane: null });
    expect(valueAxis([], 'log').domain).toEqual([1, 10]);
  });
});

describe('the 0 lane of a log axis', () => {
  it('sits below the smallest gridline, ticked and labelled 0, with a break between', () => {
    const axis = valueAxis([exact(0), exact(50)], 'log');
    const { at, edge } = axis.zeroLane!;
    expect(axis.domain).toEqual([at, 100]);
    expect(at).toBeCloseTo(10 ** 0.4);
    expect(edge).toBeGreaterThan(at);
    expect(edge).toBeLessThan(10);
    expect(axis.ticks.map(tickLabeller(axis))).toEqual(['0', '10', '20', '50', '100']);
  });

  it('puts a 0, and the low end of a range from 0, in the lane and never on the "1" gridline', () => {
    const axis = valueAxis([exact(0), { kind: 'range', low: 0, high: 40 }, exact(1), exact(6000)], 'log');
    expect(clampToAxis(0, axis)).toBe(axis.zeroLane!.at);
    expect(clampToAxis(0, axis)).toBeLessThan(1);
    expect(clampToAxis(1, axis)).toBe(1);
    expect(axis.ticks.map(tickLabeller(axis))).toEqual(['0', '1', '10', '100', '1k', '10k']);
  });

  it('has a lane and a scale of one decade when every figure is 0', () => {
    const axis = valueAxis([exact(0)], 'log');
    expect(axis.domain[1]).toBe(10);
    expect(axis.ticks.map(tickLabeller(axis))[0]).toBe('0');
  });

  it('takes a share of a wide axis, so that the lane still shows', () => {
    const axis = valueAxis([exact(0), exact(1), exact(1e10)], 'log');
    expect(Math.log10(1 / axis.zeroLane!.at)).toBeCloseTo(1.2);
  });

  it('keeps its tick on a phone-wide axis when other ticks are dropped', () => {
    const axis = valueAxis([exact(0), exact(9), { kind: 'at_least', value: 6000 }], 'log');
    const fitted = ticksThatFit(axis, 130);
    expect(fitted.length).toBeLessThan(axis.ticks.length);
    expect(fitted.map(tickLabeller(axis))[0]).toBe('0');
  });

  it('is not needed on a linear axis, which starts at 0', () => {
    expect(valueAxis([exact(0), exact(50)], 'linear').zeroLane).toBeNull();
  });
});

describe('linear axis', () => {
  it('starts at zero with round ticks and headroom above the largest figure', () => {
    const axis = valueAxis([exact(1000), { kind: 'approximate', value: 1100 }], 'linear');
    expect(axis.domain[0]).toBe(0);
    expect(axis.domain[1]).toBeGreaterThan(1100);
    expect(axis.ticks).toEqual([0, 250, 500, 750, 1000, 1250]);
  });

  it('handles a single figure and all zeros', () => {
    expect(valueAxis([exact(9)], 'linear').ticks).toEqual([0, 2, 4, 6, 8, 10]);
    expect(valueAxis([exact(0)], 'linear').domain).toEqual([0, 1]);
  });

  it('covers 1 to 1,000,000', () => {
    const axis = valueAxis([exact(1), exact(1_000_000)], 'linear');
    expect(axis.domain).toEqual([0, 1_250_000]);
    expect(axis.ticks.map(formatTick)).toEqual(['0', '250k', '500k', '750k', '1M', '1.25M']);
  });
});

describe('clampToAxis', () => {
  it('keeps figures inside a log axis', () => {
    const axis = valueAxis([exact(10), exact(1000)], 'log');
    expect(clampToAxis(5, axis)).toBe(10);
    expect(clampToAxis(500, axis)).toBe(500);
  });
});

describe('ticksThatFit', () => {
  it('keeps every tick where the axis has room for their labels', () => {
    const axis = valueAxis([exact(9), { kind: 'at_least', value: 6000 }], 'log');
    expect(ticksThatFit(axis, 900)).toEqual(axis.ticks);
  });

  it('keeps every other power of ten on a phone-wide log axis, not "1k10k100k1M"', () => {
    const axis = valueAxis([exact(9), { kind: 'at_least', value: 6000 }], 'log');
    expect(axis.ticks.map(formatTick)).toEqual(['1', '10', '100', '1k', '10k', '100k']);
    expect(ticksThatFit(axis, 110).map(formatTick)).toEqual(['1', '100', '10k']);
    expect(ticksThatFit(valueAxis([exact(1), exact(1e8)], 'log'), 140).map(formatTick)).toEqual([
      '1',
      '100',
      '10k',
      '1M',
      '100M',
    ]);
  });

  it('drops the 2s and 5s of a log axis before any power of ten', () => {
    const axis = valueAxis([exact(1000), { kind: 'approximate', value: 1100 }], 'log');
    expect(ticksThatFit(axis, 100)).toEqual([1000, 2000, 5000, 10_000]);
    expect(ticksThatFit(axis, 60)).toEqual([1000, 10_000]);
  });

  it('keeps every other step of a narrow linear axis, from zero', () => {
    const axis = valueAxis([exact(1000), { kind: 'approximate', value: 1100 }], 'linear');
    expect(ticksThatFit(axis, 600)).toEqual(axis.ticks);
    expect(ticksThatFit(axis, 150)).toEqual([0, 500, 1000]);
  });

  it('leaves one tick when nothing else fits', () => {
    expect(ticksThatFit(valueAxis([exact(1), exact(1e8)], 'log'), 5)).toEqual([1]);
  });
});

describe('formatTick', () => {
  it('keeps fractions and large units short', () => {
    expect(formatTick(0.1)).toBe('0.1');
    expect(formatTick(2500)).toBe('2.5k');
    expect(formatTick(3e9)).toBe('3B');
  });
});
