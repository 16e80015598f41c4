import { describe, expect, it } from 'vitest';
import type { ExtractCandidate } from '../../shared/schemas/index.js';
import { draftFrom, toBatch } from './drafts.js';

const candidate = (over: Partial<ExtractCandidate> = {}): ExtractCandidate => ({
  value: { kind: 'at_least', value: 6000 },
  figure: { text: 'more than 6,000', start: 10, end: 25 },
  quote: { text: 'Sources say more than 6,000 were killed.', start: 0, end: 40 },
  counted: 'were killed',
  countedHead: 'killed',
  suggestedMetricId: 1,
  source: { id: null, name: 'Western sources' },
  statedOn: '2025-11-14',
  reportedBy: 'Reuters',
  citationUrl: 'https://example.org/a',
  ...over,
});

describe('reviewing extracted candidates', () => {
  it('prefills a draft from a candidate, proposing a new source by name', () => {
    expect(draftFrom(candidate())).toMatchObject({
      keep: true,
      kind: 'at_least',
      value: '6000',
      metricId: '1',
      sourceId: 'new',
      newSourceName: 'Western sources',
      statedOn: '2025-11-14',
      quote: 'Sources say more than 6,000 were killed.',
    });
    expect(draftFrom(candidate({ source: { id: 4, name: 'NIS' } })).sourceId).toBe('4');
  });

  it('writes a figure so that it reads back as itself, as the claim form does', () => {
    const draft = draftFrom(candidate({ value: { kind: 'approximate', value: 1.234 } }));
    expect(draft.value).toBe('1.2340');
    const batch = toBatch([{ ...draft, sourceId: '4' }]);
    expect(batch.ok && batch.items[0]!.claim.value).toEqual({ kind: 'approximate', value: 1.234 });
  });

  it('turns kept drafts into a batch, edits included, and leaves the rest out', () => {
    const drafts = [
      { ...draftFrom(candidate()), value: '6,500' },
      { ...draftFrom(candidate({ source: { id: 4, name: 'NIS' } })), keep: false },
    ];
    const batch = toBatch(drafts);
    expect(batch.ok).toBe(true);
    if (batch.ok) {
      expect(batch.items).toHaveLength(1);
      expect(batch.items[0]).toMatchObject({
        newSourceName: 'Western sources',
        claim: { metricId: 1, value: { kind: 'at_least', value: 6500 }, citationUrl: 'https://example.org/a' },
      });
    }
  });

  it('names the problem of each draft that cannot be saved', () => {
    const batch = toBatch([
      { ...draftFrom(candidate()), metricId: '' },
      { ...draftFrom(candidate()), kind: 'range', low: '12,000', high: '11,000' },
      { ...draftFrom(candidate()), value: 'lots' },
    ]);
    expect(batch.ok).toBe(false);
    if (!batch.ok) {
      expect([...batch.errors.keys()]).toEqual([0, 1, 2]);
      expect(batch.errors.get(1)).toContain('high');
    }
  });
});
