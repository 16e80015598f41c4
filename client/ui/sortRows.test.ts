import { describe, expect, it } from 'vitest';
import { sortRows } from './sortRows.js';

describe('sortRows', () => {
  const rows = [{ v: 10 }, { v: null }, { v: 9 }, { v: 100 }];
  it('compares numbers as numbers, empties last either way', () => {
    expect(sortRows(rows, (r) => r.v, 'ascending').map((r) => r.v)).toEqual([9, 10, 100, null]);
    expect(sortRows(rows, (r) => r.v, 'descending').map((r) => r.v)).toEqual([100, 10, 9, null]);
  });
  it('compares text naturally', () => {
    const dates = [{ d: '2025-11' }, { d: '2024-12-19' }, { d: '' }, { d: '2025-01-13' }];
    expect(sortRows(dates, (r) => r.d, 'ascending').map((r) => r.d)).toEqual([
      '2024-12-19',
      '2025-01-13',
      '2025-11',
      '',
    ]);
  });
});
