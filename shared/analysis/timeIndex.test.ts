import { describe, expect, it } from 'vitest';
import { byDate, daysApart, latestPerSource, sortedByDate } from './claims.js';
import { claim, exact } from './testClaims.js';
import { timeIndex } from './timeIndex.js';

const datedClaim = (sourceId: number, value: number, statedOn: string) => ({
  ...claim(sourceId, exact(value), statedOn),
  statedOn,
});

/** Dates of every precision, year-long ones among day-long ones, as real histories mix them. */
function randomHistory(seed: number, size: number) {
  let state = seed;
  const next = (n: number) => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) % n;
  const pad = (n: number) => String(n).padStart(2, '0');
  return Array.from({ length: size }, () => {
    const year = 2023 + next(3);
    const date = [`${year}`, `${year}-${pad(1 + next(12))}`, `${year}-${pad(1 + next(12))}-${pad(1 + next(28))}`][
      next(10) === 0 ? 0 : next(4) === 0 ? 1 : 2
    ]!;
    return datedClaim(1 + next(6), 1 + next(100), date);
  }).sort(byDate);
}

describe('the claims near a date', () => {
  const history = randomHistory(7, 600);
  const index = timeIndex(history);
  const dates = [
    '2023',
    '2024-02',
    '2024-02-29',
    '2025-12-31',
    '2022-06-01',
    ...history.slice(0, 40).map((c) => c.statedOn),
  ];

  it.each([0, 7, 91, 400])(
    "are each source's latest within %i days, sources in the order the claims first come",
    (days) => {
      for (const date of dates) {
        const near = history.filter((c) => daysApart(c.statedOn, date) <= days);
        expect(index.latestNear(date, days)).toEqual(latestPerSource(near));
      }
    },
  );

  it.each([0, 91, 183])('are all of them within %i days, in the order of the history', (days) => {
    for (const date of dates)
      expect(index.allNear(date, days)).toEqual(history.filter((c) => daysApart(c.statedOn, date) <= days));
  });

  it.each([0, 7, 91])("are all of one source's within %i days, oldest first", (days) => {
    for (const date of dates) {
      for (const sourceId of [1, 4, 9]) {
        const near = history.filter((c) => c.sourceId === sourceId && daysApart(c.statedOn, date) <= days);
        expect(index.ofSourceNear(sourceId, date, days)).toEqual(near);
      }
    }
  });

  it('take a year-long date as near any day of that year, though it sorts before them', () => {
    const year = datedClaim(1, 5, '2024');
    const later = datedClaim(2, 6, '2024-03-01');
    expect(timeIndex([year, later]).latestNear('2024-12-20', 7)).toEqual([year]);
  });
});

describe('claims sorted by date', () => {
  it('are given back as they are when already in order, and sorted otherwise', () => {
    const inOrder = randomHistory(3, 50);
    expect(sortedByDate(inOrder)).toBe(inOrder);
    const shuffled = [...inOrder].reverse();
    expect(sortedByDate(shuffled)).toEqual(inOrder);
    expect(shuffled[0]).toBe(inOrder.at(-1));
  });
});
