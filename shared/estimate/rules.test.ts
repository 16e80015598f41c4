import { describe, expect, it } from 'vitest';
import type { ClaimValue } from '../schemas/index.js';
import { estimate } from './estimate.js';
import { estimateRules, roundedBest, roundedRange, type NamedClaim } from './rules.js';

const names = { source: (id: number) => ['NIS', 'UK MoD', 'KCNA', 'Pentagon'][id - 1]!, unit: 'soldiers' };
const claim = (id: number, value: ClaimValue, statedOn: string) => ({ id, sourceId: id, value, statedOn });
const run = (claims: (NamedClaim & { value: ClaimValue })[]) =>
  estimateRules(
    estimate(
      claims.map((c) => ({ ...c, credibility: 2, reliability: 'B' as const })),
      { tolerance: 0.1 },
    ),
    claims,
    names,
  );

describe('the rules an estimate states', () => {
  it('name the claim behind each bound and every claim behind the best figure, rounded to two figures', () => {
    const rules = run([
      claim(1, { kind: 'at_least', value: 6000 }, '2025-06-15'),
      claim(2, { kind: 'approximate', value: 7000 }, '2025-07-01'),
    ]);
    expect(rules[0]).toBe(
      'Not below 6,000 soldiers: the highest lower bound given by a credible claim, NIS’s “at least 6,000 soldiers” (15 Jun 2025).',
    );
    expect(rules[1]).toMatch(/^Best estimate about 7,\d00 soldiers .* from NIS’s .* at 0\.72 and UK MoD’s .* at 0\.72/);
    expect(roundedRange(6987.2, 6987.2)).toBe('7,000');
  });

  it('say that bounds cross, and that groups of later months may be the count grown', () => {
    const rules = run([
      claim(4, { kind: 'range', low: 200, high: 999 }, '2024-12-17'),
      claim(2, { kind: 'at_least', value: 6000 }, '2025-06-15'),
    ]);
    expect(rules[0]).toMatch(
      /^The credible bounds cross: UK MoD’s “at least 6,000 soldiers” \(15 Jun 2025\) is above Pentagon’s/,
    );
    expect(rules[1]).toMatch(
      /^No best figure: the credible claims cannot all be right at once\. They fall into 2 groups/,
    );
    expect(rules[1]).toMatch(/the count may have grown between them\.$/);
  });

  it('say why there is no best figure when there are only bounds', () => {
    expect(run([claim(1, { kind: 'at_least', value: 600 }, '2025-04-30')]).at(-1)).toBe(
      'No best figure: the claims give only bounds, no figure.',
    );
  });
});

describe('figures rounded for reading', () => {
  const interval = (low: number, high: number) => ({ low, high });

  it('are two significant figures where the ends read apart at two', () => {
    expect(roundedRange(9_600, 12_400)).toBe('9,600–12,000');
    expect(roundedBest({ median: 1_094, interval50: interval(880, 1_300), interval90: interval(610, 1_900) })).toEqual({
      median: '1,100',
      interval50: '880–1,300',
      interval90: '610–1,900',
    });
  });

  it('take more figures, all alike, where two would print different ends the same', () => {
    expect(roundedRange(10_960, 11_040)).toBe('10,960–11,040');
    // At two figures the middle half would read as the nine-tenths: 1,000–1,100 both.
    expect(
      roundedBest({ median: 1_049, interval50: interval(1_021, 1_078), interval90: interval(1_001, 1_138) }),
    ).toEqual({
      median: '1,050',
      interval50: '1,020–1,080',
      interval90: '1,000–1,140',
    });
    expect(roundedBest({ median: 120, interval90: interval(110, 140) })).toEqual({
      median: '120',
      interval50: undefined,
      interval90: '110–140',
    });
  });

  it('stop at four figures, and print an interval of one value once', () => {
    expect(roundedRange(123_401, 123_402)).toBe('123,400');
    expect(roundedRange(5, 5)).toBe('5');
  });
});
