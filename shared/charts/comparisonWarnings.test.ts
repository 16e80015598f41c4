import { describe, expect, it } from 'vitest';
import { comparisonWarnings } from './comparisonWarnings.js';
import { claim, comparisonOf, source } from './testData.js';

const kcna = source(1, 'KCNA', 'North Korea');
const nis = source(2, 'NIS', 'South Korea');
const western = source(3, 'Western officials', null);
const rumod = source(4, 'Russian MoD', 'Russia');

describe('comparisonWarnings', () => {
  it('says nothing about free-text scopes that differ only in wording', () => {
    const warnings = comparisonWarnings(
      comparisonOf(
        [
          claim(1, { kind: 'approximate', value: 14000 }, '2025-12-12', { scope: 'whole contingent in Kursk' }),
          claim(2, { kind: 'approximate', value: 15000 }, '2025-09-02', { scope: 'whole contingent in Kursk region' }),
          claim(4, { kind: 'approximate', value: 14500 }, '2025-11-14'),
        ],
        [kcna, nis, rumod],
      ),
    );
    expect(warnings).toEqual([]);
  });

  it('says nothing about scope when every source counts the same thing', () => {
    const warnings = comparisonWarnings(
      comparisonOf(
        [
          claim(1, { kind: 'at_least', value: 900 }, '2025-12-12', { scope: 'whole contingent' }),
          claim(2, { kind: 'approximate', value: 1000 }, '2025-09-02', { scope: 'whole contingent' }),
        ],
        [kcna, nis],
      ),
    );
    expect(warnings).toEqual([]);
  });

  it('names a source whose latest claim is more than 180 days older than the newest', () => {
    const old = claim(3, { kind: 'range', low: 500, high: 1000 }, '2025-01-23');
    const newest = claim(1, { kind: 'exact', value: 900 }, '2025-12-12');
    const warnings = comparisonWarnings(
      comparisonOf([newest, claim(2, { kind: 'at_most', value: 950 }, '2025-09-02'), old], [kcna, nis, western]),
    );
    expect(warnings).toEqual([
      {
        kind: 'stale',
        newest: { claim: newest, source: kcna },
        stale: [{ claim: old, source: western, daysOlder: 323 }],
      },
    ]);
  });

  it('counts a month- or year-dated claim as recent as it can be, and statements too', () => {
    const month = claim(2, { kind: 'approximate', value: 950 }, '2025-06');
    const year = claim(3, { kind: 'approximate', value: 950 }, '2024');
    const statement = claim(4, { kind: 'statement' }, '2025-12-20');
    const warnings = comparisonWarnings(
      comparisonOf(
        [claim(1, { kind: 'exact', value: 900 }, '2025-12-12'), month, year, statement],
        [kcna, nis, western, rumod],
      ),
    );
    const stale = warnings.find((w) => w.kind === 'stale');
    expect(stale).toMatchObject({ newest: { source: rumod }, stale: [{ claim: year }] });
  });

  it('ignores undated claims when judging age', () => {
    const warnings = comparisonWarnings(
      comparisonOf(
        [claim(1, { kind: 'exact', value: 900 }, '2025-12-12'), claim(2, { kind: 'at_least', value: 850 }, null)],
        [kcna, nis],
      ),
    );
    expect(warnings).toEqual([]);
  });

  it('names the two claims that cannot both hold when the intervals are disjoint', () => {
    const floor = claim(3, { kind: 'at_least', value: 6000 }, '2025-11-14');
    const ceiling = claim(1, { kind: 'exact', value: 9 }, '2025-12-12');
    const warnings = comparisonWarnings(
      comparisonOf(
        [ceiling, claim(2, { kind: 'range', low: 500, high: 2500 }, '2025-09-02'), floor],
        [kcna, nis, western],
      ),
    );
    expect(warnings[0]).toEqual({
      kind: 'disjoint',
      highestFloor: { claim: floor, source: western },
      lowestCeiling: { claim: ceiling, source: kcna },
    });
  });

  it('has nothing to say about one source', () => {
    expect(comparisonWarnings(comparisonOf([claim(1, { kind: 'exact', value: 9 }, '2025-12-12')], [kcna]))).toEqual([]);
  });
});
