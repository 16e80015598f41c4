import { describe, expect, it } from 'vitest';
import { datePeriod } from './datePeriod.js';
import { labelsFit } from './tickLabels.js';
import { formatTimeTick, timeAxis, timeTicksThatFit } from './timeAxis.js';

const periods = (...dates: string[]) => dates.map(datePeriod);

describe('timeAxis', () => {
  it('covers every period with a little margin', () => {
    const axis = timeAxis(periods('2024-12-19', '2025-11'));
    expect(axis.domain[0]).toBeLessThan(Date.UTC(2024, 11, 19));
    expect(axis.domain[1]).toBeGreaterThan(Date.UTC(2025, 11, 1));
  });

  it('puts ticks on the first of months, no more than eight of them', () => {
    const axis = timeAxis(periods('2024-10-18', '2026-02-12'));
    expect(axis.ticks.length).toBeLessThanOrEqual(8);
    expect(axis.ticks.length).toBeGreaterThanOrEqual(4);
    expect(axis.ticks.every((t) => new Date(t).getUTCDate() === 1)).toBe(true);
    expect(axis.tickFormat).toBe('month');
    expect(axis.ticks.map((t) => formatTimeTick(t, axis.tickFormat))).toContain('Jan 2025');
  });

  it('labels by year once claims span many years', () => {
    const axis = timeAxis(periods('2001', '2025-06-01'));
    expect(axis.tickFormat).toBe('year');
    expect(axis.ticks.length).toBeLessThanOrEqual(8);
    expect(formatTimeTick(axis.ticks[0]!, 'year')).toMatch(/^\d{4}$/);
  });

  it('spreads a single day over a readable stretch of calendar', () => {
    const axis = timeAxis(periods('2025-06-17'));
    expect(axis.domain[1] - axis.domain[0]).toBeGreaterThanOrEqual(60 * 86_400_000);
    expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps ticks within the domain for centuries of claims', () => {
    const axis = timeAxis(periods('1800', '2025'));
    expect(axis.ticks.length).toBeLessThanOrEqual(8);
    expect(axis.ticks.every((t) => t >= axis.domain[0] && t <= axis.domain[1])).toBe(true);
  });
});

describe('timeTicksThatFit', () => {
  const axis = timeAxis(periods('2024-12-19', '2025-12-12'));
  const labels = ({ ticks, tickFormat }: ReturnType<typeof timeTicksThatFit>) =>
    ticks.map((t) => formatTimeTick(t, tickFormat));

  it("keeps the axis's own ticks where a desktop-wide plot has room for them", () => {
    expect(timeTicksThatFit(axis.domain, 1000)).toEqual({ ticks: axis.ticks, tickFormat: axis.tickFormat });
    expect(labels(axis)).toEqual(['Jan 2025', 'Mar 2025', 'May 2025', 'Jul 2025', 'Sept 2025', 'Nov 2025']);
  });

  it('spaces months further apart on a phone-wide plot, so that labels do not run together', () => {
    const narrow = timeTicksThatFit(axis.domain, 230);
    expect(labels(narrow)).toEqual(['Jan 2025', 'Jul 2025']);
    const span = axis.domain[1] - axis.domain[0];
    const at = (t: number) => ((t - axis.domain[0]) / span) * 230;
    expect(labelsFit(narrow.ticks.map((t, i) => ({ at: at(t), label: labels(narrow)[i]! })))).toBe(true);
  });

  it('moves on to years, and to one tick, as the plot narrows further', () => {
    const decades = timeAxis(periods('1990', '2025'));
    expect(timeTicksThatFit(decades.domain, 150).tickFormat).toBe('year');
    expect(timeTicksThatFit(decades.domain, 150).ticks.length).toBeLessThan(decades.ticks.length);
    expect(timeTicksThatFit(axis.domain, 10).ticks).toHaveLength(1);
  });
});
