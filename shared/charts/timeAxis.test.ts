import { describe, expect, it } from 'vitest';
import { datePeriod } from './datePeriod.js';
import { formatTimeTick, timeAxis } from './timeAxis.js';

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
