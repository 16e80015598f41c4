import { describe, expect, it } from 'vitest';
import { findingsSet } from '../fixtures/findings-set.js';
import { analyseCase } from '../fixtures/findingsScore.js';

describe('the labelled findings set', () => {
  it('has at least forty comparisons', () => {
    expect(findingsSet.length).toBeGreaterThanOrEqual(40);
  });

  it.each(findingsSet.map((c) => [c.covers, c] as const))('%s', (_covers, labelled) => {
    const raised = analyseCase(labelled).findings.map((f) => f.kind);
    expect([...raised].sort()).toEqual([...labelled.raises].sort());
    for (const kind of labelled.silent) expect(raised).not.toContain(kind);
  });
});
