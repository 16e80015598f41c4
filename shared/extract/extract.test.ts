import { describe, expect, it } from 'vitest';
import { labelledSet } from '../../tests/fixtures/extraction-set.js';
import { asExpected, normalized, runCase } from '../../tests/fixtures/extractionScore.js';
import { extractCandidates } from './extract.js';

describe('the labelled extraction set', () => {
  it('has at least 60 cases, 15 of them with nothing to propose', () => {
    expect(labelledSet.length).toBeGreaterThanOrEqual(60);
    expect(labelledSet.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(15);
  });

  for (const c of labelledSet) {
    const check = () => {
      const got = runCase(c).map(asExpected);
      const want = c.expected.map(normalized);
      // The metric is compared only where the case names one.
      const comparable = got.map((g, i) => (want[i] && 'metric' in want[i] ? g : { ...g, metric: undefined }));
      expect(comparable).toEqual(want.map((w) => ('metric' in w ? w : { ...w, metric: undefined })));
    };
    if (c.knownGap) it.fails(`${c.covers} — known gap: ${c.knownGap}`, check);
    else it(c.covers, check);
  }
});

describe('extractCandidates', () => {
  const options = {
    publishedOn: '2025-12-13',
    sources: [{ id: 7, name: 'Korean Central News Agency (KCNA)', shortName: 'KCNA' }],
    metrics: [],
  };

  it('proposes no figure a claim could not hold', () => {
    const text = `${'1'.repeat(400)} soldiers were killed. 99999999999999999999 soldiers were wounded. 12 were missing.`;
    expect(extractCandidates(text, options).candidates.map((c) => c.value)).toEqual([{ kind: 'exact', value: 12 }]);
  });

  it('gives offsets of the sentence and of the figure in the input', () => {
    const text = 'Share\n\nOn Friday, KCNA said more than 6,000 troops had left. Nothing else.';
    const [c] = extractCandidates(text, options).candidates;
    expect(text.slice(c!.quote.start, c!.quote.end)).toBe('On Friday, KCNA said more than 6,000 troops had left.');
    expect(c!.quote.text).toBe('On Friday, KCNA said more than 6,000 troops had left.');
    expect(text.slice(c!.figure.start, c!.figure.end)).toBe('more than 6,000');
    expect(c!.figure.text).toBe('more than 6,000');
    expect(c!.counted).toBe('troops had left');
    expect(c!.source).toEqual({ id: 7, name: 'Korean Central News Agency (KCNA)' });
    expect(c!.statedOn).toBe('2025-12-12');
  });

  it('resolves nothing relative without a publication day', () => {
    const [c] = extractCandidates('KCNA said on Friday that nine soldiers were killed.', {
      ...options,
      publishedOn: null,
    }).candidates;
    expect(c!.statedOn).toBeNull();
    const [d] = extractCandidates('KCNA said on 12 December 2025 that nine soldiers were killed.', {
      ...options,
      publishedOn: null,
    }).candidates;
    expect(d!.statedOn).toBe('2025-12-12');
  });

  it('returns nothing for text without figures', () => {
    expect(extractCandidates('No numbers here at all.', options)).toEqual({ candidates: [], total: 0 });
  });

  it('reads the figures past the limit only to count them', () => {
    const text = 'On Friday, KCNA said 300 troops arrived. Then 40 more came. '.repeat(5);
    const all = extractCandidates(text, options);
    expect(all.total).toBe(10);
    expect(extractCandidates(text, { ...options, limit: 3 })).toEqual({
      candidates: all.candidates.slice(0, 3),
      total: 10,
    });
  });

  it('reads 200,000 characters of dense figures quickly', () => {
    const sentence = 'The NIS said 1,200 soldiers, 3 to 4,000 troops and about 600 engineers arrived on Friday. ';
    const text = sentence.repeat(Math.ceil(200_000 / sentence.length)).slice(0, 200_000);
    const started = performance.now();
    const found = extractCandidates(text, options);
    expect(found.candidates.length).toBeGreaterThan(6000);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('stays fast on one 200,000-character run with no sentence breaks', () => {
    const text = 'A B C said 1 2 3 '.repeat(12_000).slice(0, 200_000);
    const started = performance.now();
    extractCandidates(text, options);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
