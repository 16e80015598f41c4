import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimInput, ClaimListQuery, ClaimPatch, ClaimValue } from './claim.js';

const base = { metricId: 1, sourceId: 2, value: { kind: 'exact', value: 9 } };

describe('ClaimValue', () => {
  it.each([
    { kind: 'exact', value: 9 },
    { kind: 'approximate', value: 1100 },
    { kind: 'at_least', value: 6000 },
    { kind: 'at_most', value: 0 },
    { kind: 'range', low: 11000, high: 12000 },
    { kind: 'range', low: 40, high: 40 },
    { kind: 'statement' },
  ])('accepts %j', (value) => {
    expect(ClaimValue.parse(value)).toEqual(value);
  });

  it('refuses a range whose high end is below its low end, at value.high', () => {
    const result = ClaimInput.safeParse({ ...base, value: { kind: 'range', low: 12000, high: 11000 } });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['value.high']);
    expect(result.error?.issues[0]?.message).toBe('The high end must not be below the low end');
  });

  it.each([
    [{ kind: 'exact', value: -1 }, 'value.value'],
    [{ kind: 'exact', value: 1e16 }, 'value.value'],
    [{ kind: 'exact', value: Infinity }, 'value.value'],
    [{ kind: 'exact', value: Number.NaN }, 'value.value'],
    [{ kind: 'exact', value: '9' }, 'value.value'],
    [{ kind: 'exact' }, 'value.value'],
    [{ kind: 'range', low: -5, high: 5 }, 'value.low'],
    [{ kind: 'range', low: 5 }, 'value.high'],
    [{ kind: 'several', value: 9 }, 'value.kind'],
    [{ kind: 'statement', value: 9 }, 'value'],
    [{ kind: 'exact', value: 9, low: 1 }, 'value'],
  ])('refuses %j at %s', (value, path) => {
    const result = ClaimInput.safeParse({ ...base, value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe(path);
  });
});

describe('ClaimInput', () => {
  it('defaults credibility to 6 and every optional field to null', () => {
    expect(ClaimInput.parse(base)).toEqual({
      ...base,
      scope: null,
      coverage: null,
      statedOn: null,
      via: null,
      reportedBy: null,
      citationUrl: null,
      quote: null,
      credibility: 6,
      repeatsClaimId: null,
      notes: null,
    });
  });

  it('trims text and keeps partial dates', () => {
    const parsed = ClaimInput.parse({ ...base, scope: '  one unit ', quote: ' Nine died ', statedOn: '2025-11' });
    expect(parsed).toMatchObject({ scope: 'one unit', quote: 'Nine died', statedOn: '2025-11' });
  });

  it.each(['whole', 'part'] as const)('keeps coverage %j', (coverage) => {
    expect(ClaimInput.parse({ ...base, coverage }).coverage).toBe(coverage);
  });

  it.each([
    ['', null],
    [null, null],
    [undefined, null],
  ])('reads coverage %j as not known', (coverage, expected) => {
    expect(ClaimInput.parse({ ...base, coverage }).coverage).toBe(expected);
  });

  it.each(['most', 'Whole', 1])('refuses coverage %j', (coverage) => {
    expect(ClaimInput.safeParse({ ...base, coverage }).error?.issues[0]?.path).toEqual(['coverage']);
  });

  it.each([0, 7, 2.5, '3'])('refuses credibility %j', (credibility) => {
    expect(ClaimInput.safeParse({ ...base, credibility }).error?.issues[0]?.path).toEqual(['credibility']);
  });

  it.each([
    ['metricId', { metricId: undefined }],
    ['sourceId', { sourceId: 0 }],
    ['value', { value: undefined }],
    ['statedOn', { statedOn: '2025-02-30' }],
    ['citationUrl', { citationUrl: 'javascript:alert(1)' }],
    ['scope', { scope: 'x'.repeat(501) }],
    ['quote', { quote: 'x'.repeat(5001) }],
    ['notes', { notes: 'x'.repeat(5001) }],
    ['reportedBy', { reportedBy: 'x'.repeat(301) }],
    ['repeatsClaimId', { repeatsClaimId: -3 }],
  ])('refuses a bad %s', (path, change) => {
    expect(ClaimInput.safeParse({ ...base, ...change }).error?.issues[0]?.path).toEqual([path]);
  });

  describe('a date that has not come yet', () => {
    // Noon UTC on 27 November 2026 is already the 28th in Kiribati (UTC+14).
    const now = new Date('2026-11-27T12:00:00Z');
    afterEach(() => vi.useRealTimers());

    it.each(['2026', '2026-11', '2026-11-27', '2026-11-28'])('takes %s, begun somewhere on Earth', (statedOn) => {
      vi.useFakeTimers({ now });
      expect(ClaimInput.safeParse({ ...base, statedOn }).success).toBe(true);
    });

    it.each(['2026-11-29', '2026-12', '2027'])('refuses %s, with one message', (statedOn) => {
      vi.useFakeTimers({ now });
      expect(ClaimInput.safeParse({ ...base, statedOn }).error?.issues).toEqual([
        expect.objectContaining({ path: ['statedOn'], message: 'Cannot be later than today' }),
      ]);
    });

    it('names an impossible date as such, not as a future one', () => {
      vi.useFakeTimers({ now });
      expect(ClaimInput.safeParse({ ...base, statedOn: '2099-02-30' }).error?.issues).toEqual([
        expect.objectContaining({
          path: ['statedOn'],
          message: 'Must be a real date written YYYY-MM-DD, YYYY-MM or YYYY',
        }),
      ]);
    });
  });

  it('takes text at its length limit', () => {
    expect(ClaimInput.safeParse({ ...base, scope: 'x'.repeat(500), quote: 'x'.repeat(5000) }).success).toBe(true);
  });

  it('refuses unknown fields, including record bookkeeping', () => {
    for (const extra of [{ colour: 'red' }, { id: 4 }, { version: 1 }]) {
      const result = ClaimInput.safeParse({ ...base, ...extra });
      expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
    }
  });
});

describe('ClaimPatch', () => {
  it('carries only the fields given, and the version', () => {
    expect(ClaimPatch.parse({ version: 3, notes: ' checked ' })).toEqual({ version: 3, notes: 'checked' });
  });

  it('needs a positive whole version', () => {
    for (const patch of [{ notes: 'x' }, { version: 0 }, { version: 1.5 }, { version: '2' }]) {
      expect(ClaimPatch.safeParse(patch).error?.issues[0]?.path).toEqual(['version']);
    }
  });

  it('validates the fields it carries as a create does', () => {
    const result = ClaimPatch.safeParse({ version: 1, value: { kind: 'range', low: 2, high: 1 } });
    expect(result.error?.issues[0]?.path).toEqual(['value', 'high']);
  });
});

describe('ClaimListQuery', () => {
  it('defaults to 100 live claims', () => {
    expect(ClaimListQuery.parse({})).toEqual({ includeDeleted: false, limit: 100 });
  });

  it('reads numbers and booleans from query strings', () => {
    expect(ClaimListQuery.parse({ metricId: '3', limit: '500', includeDeleted: 'true', cursor: '42' })).toEqual({
      metricId: 3,
      limit: 500,
      includeDeleted: true,
      cursor: '42',
    });
  });

  it.each([
    ['limit', { limit: '0' }],
    ['limit', { limit: '501' }],
    ['limit', { limit: 'NaN' }],
    ['kind', { kind: 'foo' }],
    ['includeDeleted', { includeDeleted: 'yes' }],
    ['cursor', { cursor: 'xyz' }],
    ['cursor', { cursor: '99999999999' }],
    ['cursor', { cursor: '042' }],
    ['metricId', { metricId: '007' }],
    ['metricId', { metricId: 'abc' }],
    ['from', { from: '2025-13-40' }],
    ['q', { q: 'x'.repeat(201) }],
  ])('refuses a bad %s', (path, query) => {
    expect(ClaimListQuery.safeParse(query).error?.issues[0]?.path).toEqual([path]);
  });
});
