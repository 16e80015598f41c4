import { describe, expect, it } from 'vitest';
import { datePeriod, DAY_MS, formatStatedOn, periodOverlaps } from './datePeriod.js';

describe('datePeriod', () => {
  it('covers one day for a full date, marked at its start', () => {
    const p = datePeriod('2025-12-12');
    expect(p).toMatchObject({ precision: 'day', start: Date.UTC(2025, 11, 12), mid: Date.UTC(2025, 11, 12) });
    expect(p.end - p.start).toBe(DAY_MS);
  });

  it('covers the whole month for a month, marked at its middle', () => {
    const p = datePeriod('2025-11');
    expect(p).toMatchObject({ precision: 'month', start: Date.UTC(2025, 10, 1), end: Date.UTC(2025, 11, 1) });
    expect(p.mid).toBe((Date.UTC(2025, 10, 1) + Date.UTC(2025, 11, 1)) / 2);
  });

  it('covers the whole year for a year, across the December boundary', () => {
    expect(datePeriod('2024')).toMatchObject({
      precision: 'year',
      start: Date.UTC(2024, 0, 1),
      end: Date.UTC(2025, 0, 1),
    });
    expect(datePeriod('2025-12').end).toBe(Date.UTC(2026, 0, 1));
  });
});

describe('formatStatedOn', () => {
  it('writes a date no more precisely than it is known', () => {
    expect(formatStatedOn('2025-12-12')).toBe('12 Dec 2025');
    expect(formatStatedOn('2025-11')).toBe('Nov 2025');
    expect(formatStatedOn('2025')).toBe('2025');
    expect(formatStatedOn(null)).toBe('undated');
  });
});

describe('periodOverlaps', () => {
  it('keeps a month-dated claim when the range touches any day of that month', () => {
    expect(periodOverlaps('2025-11', '2025-11-30', null)).toBe(true);
    expect(periodOverlaps('2025-11', null, '2025-11-01')).toBe(true);
    expect(periodOverlaps('2025-11', '2025-12-01', null)).toBe(false);
    expect(periodOverlaps('2025-11', null, '2025-10-31')).toBe(false);
  });

  it('treats both ends as inclusive days', () => {
    expect(periodOverlaps('2025-01-13', '2025-01-13', '2025-01-13')).toBe(true);
    expect(periodOverlaps('2025-01-13', '2025-01-14', '2025-02-01')).toBe(false);
  });

  it('keeps everything with no range', () => {
    expect(periodOverlaps('2024', null, null)).toBe(true);
  });
});
