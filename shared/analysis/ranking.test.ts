import { describe, expect, it } from 'vitest';
import type { Finding } from '../schemas/finding.js';
import { analyse } from './analyse.js';
import { headlineStats } from './compared.js';
import { findingCounts, rankedSpread } from './ranking.js';
import { about, atLeast, claim, exact, names } from './testClaims.js';
import { defaultTolerance } from './tolerance.js';

type TestClaim = ReturnType<typeof claim>;

/** The overview's reading of a metric: each source's latest claim, ranked with the findings of all of them. */
function ranked(claims: TestClaim[]) {
  const { findings } = analyse(claims, { tolerance: defaultTolerance, names });
  const latest = [...new Map(claims.map((c) => [c.sourceId, c])).values()];
  const headline = headlineStats(latest, defaultTolerance);
  return { ranked: rankedSpread(latest, findings, headline, defaultTolerance), headline };
}

describe('rankedSpread', () => {
  it('leaves out a superseded figure: South Korean officials’ 600 after NIS revised it to 2,000', () => {
    const officials = claim(2, atLeast(600), '2025-11-04');
    const { ranked: spread, headline } = ranked([
      claim(1, about(600), '2025-04-30'),
      claim(1, about(2000), '2025-09-02'),
      claim(4, about(1000), '2025-10-20'),
      officials,
    ]);
    expect(headline.spread).toBeCloseTo(2000 / 600, 9);
    expect(spread.spread).toBe(2);
    expect(spread.leftOut).toEqual([{ claimId: officials.id, kind: 'superseded' }]);
  });

  it('leaves out an outlier, and the figures it was measured against stay', () => {
    const far = claim(5, exact(9000), '2025-11-20');
    const { ranked: spread, headline } = ranked([
      claim(1, about(1000), '2025-11-01'),
      claim(2, about(1100), '2025-11-10'),
      claim(4, about(1200), '2025-11-15'),
      far,
    ]);
    expect(headline.spread).toBe(9);
    expect(headline.disjoint).toBe(true);
    expect(spread).toEqual({
      spread: 1.2,
      ordersOfMagnitude: Math.log10(1.2),
      disjoint: false,
      leftOut: [{ claimId: far.id, kind: 'outlier' }],
    });
  });

  it('keeps a real disagreement: two sources a hundred times apart explain nothing away', () => {
    const { ranked: spread, headline } = ranked([
      claim(1, exact(10), '2025-11-01'),
      claim(3, exact(1000), '2025-11-02'),
    ]);
    expect(spread).toEqual({ ...headline, leftOut: [] });
    expect(spread.spread).toBe(100);
  });

  it('leaves nothing out for notes, or for a warning that names no figure at fault', () => {
    const [a, b] = [claim(1, exact(10), '2025-11-01'), claim(3, exact(1000), '2025-11-02')];
    const findings: Finding[] = [
      { kind: 'echo', severity: 'note', claimIds: [a.id], sourceIds: [1], message: '' },
      { kind: 'relayed_qualifiers', severity: 'warning', claimIds: [b.id, a.id], sourceIds: [3, 1], message: '' },
    ];
    expect(rankedSpread([a, b], findings, headlineStats([a, b], defaultTolerance), defaultTolerance)).toMatchObject({
      spread: 100,
      leftOut: [],
    });
  });

  it('names a figure once, and only one the spread measures', () => {
    const [a, b, c] = [claim(1, exact(10), '2025-11-01'), claim(3, exact(20), '2025-11-02'), claim(4, exact(30), null)];
    const findings: Finding[] = [
      { kind: 'superseded', severity: 'warning', claimIds: [a.id, b.id], sourceIds: [1, 3], message: '' },
      { kind: 'outlier', severity: 'warning', claimIds: [a.id, b.id], sourceIds: [1, 3], message: '' },
      { kind: 'superseded', severity: 'warning', claimIds: [c.id, b.id], sourceIds: [4, 3], message: '' },
    ];
    expect(rankedSpread([a, b, c], findings, headlineStats([a, b, c], defaultTolerance), defaultTolerance)).toEqual({
      spread: 1,
      ordersOfMagnitude: 0,
      disjoint: false,
      leftOut: [{ claimId: a.id, kind: 'superseded' }],
    });
  });
});

describe('findingCounts', () => {
  it('counts findings by kind and severity in the order they come', () => {
    const finding = (kind: Finding['kind'], severity: Finding['severity']): Finding => ({
      kind,
      severity,
      claimIds: [],
      sourceIds: [],
      message: '',
    });
    expect(
      findingCounts([
        finding('superseded', 'warning'),
        finding('outlier', 'warning'),
        finding('superseded', 'warning'),
        finding('echo', 'note'),
      ]),
    ).toEqual([
      { kind: 'superseded', severity: 'warning', count: 2 },
      { kind: 'outlier', severity: 'warning', count: 1 },
      { kind: 'echo', severity: 'note', count: 1 },
    ]);
    expect(findingCounts([])).toEqual([]);
  });
});
