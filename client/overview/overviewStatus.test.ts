import { describe, expect, it } from 'vitest';
import { overviewStatus } from './overviewStatus.js';

describe('overview status line', () => {
  it('counts every metric when one page holds them', () => {
    expect(overviewStatus({ total: 5, offset: 0, shown: 5, filtered: false })).toBe('5 metrics');
    expect(overviewStatus({ total: 1, offset: 0, shown: 1, filtered: true })).toBe('1 metric matches');
    expect(overviewStatus({ total: 0, offset: 0, shown: 0, filtered: true })).toBe('0 metrics match');
  });

  it('says which of many metrics the page shows', () => {
    expect(overviewStatus({ total: 7514, offset: 50, shown: 50, filtered: false })).toBe('Metrics 51–100 of 7,514');
    expect(overviewStatus({ total: 120, offset: 100, shown: 20, filtered: true })).toBe(
      'Metrics 101–120 of 120 matching',
    );
  });
});
