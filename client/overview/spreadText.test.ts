import { describe, expect, it } from 'vitest';
import type { ClaimValue, DivergencePoint, RankedSpread } from '../../shared/schemas/index.js';
import { leftOutText, spreadText } from './spreadText.js';

const point = (claimId: number, sourceName: string, value: ClaimValue): DivergencePoint => ({
  claimId,
  sourceId: claimId,
  sourceName,
  reliability: 'B',
  group: null,
  point: value.kind === 'statement' || value.kind === 'range' ? 0 : value.value,
  value,
  scope: null,
  statedOn: '2025-11-04',
  via: null,
  reportedBy: null,
  credibility: 2,
  quote: null,
  citationUrl: null,
});
const points = (n: number) =>
  Array.from({ length: n }, (_, i) => point(i + 1, `Source ${i + 1}`, { kind: 'exact', value: 1 }));
const asRanked = (spread: number | null, leftOut: RankedSpread['leftOut'] = []): RankedSpread => ({
  spread,
  ordersOfMagnitude: spread === null ? null : Math.log10(spread),
  disjoint: false,
  leftOut,
});
const row = (shown: DivergencePoint[], spread: number | null, sourceCount: number, ranked = asRanked(spread)) => ({
  points: shown,
  spread,
  sourceCount,
  ranked,
});

describe('overview spread wording', () => {
  it('gives the spread of two or more figures, and says when there is one or none', () => {
    expect(spreadText(row(points(3), 666.67, 3))).toBe('×667 (2.8 orders of magnitude)');
    expect(spreadText(row(points(1), 1, 1))).toBe('one figure only');
    expect(spreadText(row([], null, 0))).toBe('no figures by this date');
  });

  it('counts the sources whose latest word is a statement, which have no mark', () => {
    expect(spreadText(row(points(3), 1, 4))).toBe('×1 (0.0 orders of magnitude); 1 source gave no figure');
    expect(spreadText(row(points(1), 1, 3))).toBe('one figure only; 2 sources gave no figure');
    expect(spreadText(row([], null, 2))).toBe('no figures by this date, only 2 statements');
  });

  it('ranks by the spread without the figures it left out, naming each, and gives the spread with them', () => {
    const shown = [
      point(1, 'NIS', { kind: 'approximate', value: 2000 }),
      point(2, 'South Korean officials', { kind: 'at_least', value: 600 }),
      point(3, 'UK MoD', { kind: 'at_least', value: 6000 }),
    ];
    const one = row(shown, 10, 3, asRanked(3, [{ claimId: 2, kind: 'superseded' }]));
    expect(spreadText(one)).toBe('×3 (0.5 orders of magnitude)');
    expect(leftOutText(one)).toBe(
      'leaving out South Korean officials’ at least 600 (superseded); ×10 (1.0 orders of magnitude) with it',
    );
    expect(leftOutText(row(shown, 10, 3))).toBeNull();
    const both = asRanked(1, [
      { claimId: 2, kind: 'superseded' },
      { claimId: 3, kind: 'outlier' },
    ]);
    expect(spreadText(row(shown, 10, 4, both))).toBe('×1 (0.0 orders of magnitude); 1 source gave no figure');
    expect(leftOutText(row(shown, 10, 4, both))).toBe(
      'leaving out South Korean officials’ at least 600 (superseded) and UK MoD’s at least 6,000 (outlier); ' +
        '×10 (1.0 orders of magnitude) with them',
    );
  });
});
