import { describe, expect, it } from 'vitest';
import type { Reliability } from '../schemas/index.js';
import { estimateInputs, type LatestClaim } from './inputs.js';

const latest = (id: number, more: Partial<LatestClaim> = {}): LatestClaim => ({
  id,
  sourceId: id,
  value: { kind: 'exact', value: 100 * id },
  credibility: 2,
  statedOn: '2025-05-01',
  repeatsClaimId: null,
  ...more,
});
const grades: Record<number, Reliability> = { 1: 'A', 2: 'D', 3: 'F', 4: 'E', 5: 'B', 6: 'B', 7: 'B' };
const parties = new Set([2, 3]);
const judged = {
  reliabilityOf: (id: number) => grades[id]!,
  isParty: (id: number) => parties.has(id),
  isSuperseded: (id: number) => id === 7,
};

describe('the claims an estimate combines', () => {
  const claims = [
    latest(1),
    latest(2),
    latest(3),
    latest(4, { statedOn: null }),
    latest(5, { repeatsClaimId: 1 }),
    latest(6, { coverage: 'part' }),
    latest(7),
  ];

  it('are dated figures in their own right, for the whole scope, each left out with its reason', () => {
    const { inputs, leftOut } = estimateInputs(claims, judged, { includePartial: false });
    expect(inputs.map((c) => [c.id, c.reliability])).toEqual([
      [1, 'A'],
      [2, 'D'],
      [3, 'F'],
    ]);
    expect(leftOut).toEqual([
      { claimId: 4, reason: 'undated' },
      { claimId: 5, reason: 'repeat' },
      { claimId: 6, reason: 'part_of_scope' },
      { claimId: 7, reason: 'superseded' },
    ]);
  });

  it('take part-scope figures when asked, and leave out the sources and grades asked', () => {
    const { inputs, leftOut } = estimateInputs(claims, judged, {
      includePartial: true,
      minReliability: 'C',
      excludeSourceIds: [1, 4],
    });
    expect(inputs.map((c) => c.id)).toEqual([3, 6]);
    // An ungraded source (F) is below no grade; the first reason is the one given.
    expect(leftOut.slice(0, 3)).toEqual([
      { claimId: 1, reason: 'excluded_source' },
      { claimId: 2, reason: 'below_grade' },
      { claimId: 4, reason: 'excluded_source' },
    ]);
  });

  it("leave out the parties' claims when asked, with that reason before a low grade's", () => {
    const { inputs, leftOut } = estimateInputs(claims, judged, {
      includePartial: false,
      excludeParties: true,
      minReliability: 'C',
    });
    expect(inputs.map((c) => c.id)).toEqual([1]);
    // Source 2 is a party graded D: it is left out as a party.
    expect(leftOut.slice(0, 2)).toEqual([
      { claimId: 2, reason: 'party' },
      { claimId: 3, reason: 'party' },
    ]);
    // A source left out by name is named so, party or not.
    const named = estimateInputs(claims, judged, {
      includePartial: false,
      excludeParties: true,
      excludeSourceIds: [3],
    });
    expect(named.leftOut[1]).toEqual({ claimId: 3, reason: 'excluded_source' });
    expect(estimateInputs(claims, judged, { includePartial: false }).inputs.map((c) => c.id)).toEqual([1, 2, 3]);
  });
});
