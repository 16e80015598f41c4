import { describe, expect, it } from 'vitest';
import type { DivergencePoint } from '../../shared/schemas/index.js';
import { spreadText } from './spreadText.js';

const points = (n: number) => Array.from({ length: n }, () => ({}) as DivergencePoint);

describe('overview spread wording', () => {
  it('gives the spread of two or more figures, and says when there is one or none', () => {
    expect(spreadText({ points: points(3), spread: 666.67, sourceCount: 3 })).toBe('×667 (2.8 orders of magnitude)');
    expect(spreadText({ points: points(1), spread: 1, sourceCount: 1 })).toBe('one figure only');
    expect(spreadText({ points: [], spread: null, sourceCount: 0 })).toBe('no figures by this date');
  });

  it('counts the sources whose latest word is a statement, which have no mark', () => {
    expect(spreadText({ points: points(3), spread: 1, sourceCount: 4 })).toBe(
      '×1 (0.0 orders of magnitude); 1 source gave no figure',
    );
    expect(spreadText({ points: points(1), spread: 1, sourceCount: 3 })).toBe(
      'one figure only; 2 sources gave no figure',
    );
    expect(spreadText({ points: [], spread: null, sourceCount: 2 })).toBe('no figures by this date, only 2 statements');
  });
});
