import { describe, expect, it } from 'vitest';
import { growth, linearGrowth } from '../../tests/support/growth.js';
import { findDates } from './dates.js';

// Published on Saturday 13 December 2025.
const resolve = (text: string, publishedOn: string | null = '2025-12-13') =>
  findDates(text, publishedOn).map((d) => [d.text, d.resolved, d.bound]);

describe('findDates', () => {
  it.each([
    ['said on December 12 that', 'on December 12', '2025-12-12'],
    ['on Dec. 9, 2024', 'on Dec. 9, 2024', '2024-12-09'],
    ['on 12 December 2025', 'on 12 December 2025', '2025-12-12'],
    ['in March 2025', 'in March 2025', '2025-03'],
    ['in March', 'in March', '2025-03'],
    ['on December 20', 'on December 20', '2024-12-20'],
    ['on Friday', 'on Friday', '2025-12-12'],
    ['on Saturday', 'on Saturday', '2025-12-13'],
    ['last Saturday', 'last Saturday', '2025-12-06'],
    ['yesterday', 'yesterday', '2025-12-12'],
    ['today', 'today', '2025-12-13'],
    ['last month', 'last month', '2025-11'],
    ['earlier this month', 'earlier this month', '2025-12'],
    ['last year', 'last year', '2024'],
    ['in 2024', 'in 2024', '2024'],
    ['two days ago', 'two days ago', '2025-12-11'],
    ['2025-12-01', '2025-12-01', '2025-12-01'],
    ['on 13/12/2025', '13/12/2025', '2025-12-13'],
  ])('%j → %j is %j', (text, phrase, resolved) => {
    expect(resolve(text)[0]?.slice(0, 2)).toEqual([phrase, resolved]);
  });

  it('knows "last week" and "in recent months" but gives them no date', () => {
    expect(resolve('last week, in recent months').map((d) => d[1])).toEqual([null, null]);
  });

  it('needs the publication day for relative and year-less dates', () => {
    expect(resolve('on Friday, last month, on December 12, in March 2025', null).map((d) => d[1])).toEqual([
      null,
      null,
      null,
      '2025-03',
    ]);
  });

  it('marks "by", "since" and "as of" dates as bounds on the count', () => {
    expect(resolve('by mid-January, since March 2025, as of December 1')).toEqual([
      ['by mid-January', '2025-01', true],
      ['since March 2025', '2025-03', true],
      ['as of December 1', '2025-12-01', true],
    ]);
  });

  it('leaves a bare "May" and "march" alone', () => {
    expect(resolve('May said the troops march on')).toEqual([]);
  });

  it('gives offsets in the text it was given plus the offset', () => {
    const [d] = findDates('KCNA said on Friday', '2025-12-13', 100);
    expect([d!.start, d!.end]).toEqual([110, 119]);
  });
});

describe('findDates on a sentence of nothing but dates', () => {
  it.each([
    ['months', (n: number) => 'in March '.repeat(n / 9)],
    ['days and months', (n: number) => '12 December '.repeat(n / 12)],
    ['ISO dates', (n: number) => '2025-12-13 '.repeat(n / 11)],
  ])('reads %s in time that grows linearly with its length', (_name, input) => {
    expect(growth((text) => findDates(text, '2025-12-13'), input, 4_000)).toBeLessThan(linearGrowth);
  });
});
