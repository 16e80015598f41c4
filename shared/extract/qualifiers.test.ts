import { describe, expect, it } from 'vitest';
import { qualifierAfter, qualifierBefore } from './qualifiers.js';

describe('qualifierBefore', () => {
  it.each([
    ['more than ', 'at_least'],
    ['well over ', 'at_least'],
    ['at least ', 'at_least'],
    ['in excess of ', 'at_least'],
    ['upwards of ', 'at_least'],
    ['has already exceeded ', 'at_least'],
    ['no fewer than ', 'at_least'],
    ['as many as ', 'at_most'],
    ['up to ', 'at_most'],
    ['nearly ', 'at_most'],
    ['almost ', 'at_most'],
    ['fewer than ', 'at_most'],
    ['under ', 'at_most'],
    ['at most ', 'at_most'],
    ['no more than ', 'at_most'],
    ['are approaching ', 'at_most'],
    ['about ', 'approximate'],
    ['Around ', 'approximate'],
    ['the some ', 'approximate'],
    ['roughly ', 'approximate'],
    ['approximately ', 'approximate'],
    ['an estimated ', 'approximate'],
    ['an estimated total of ', 'approximate'],
    ['circa ', 'approximate'],
  ])('%j → %s', (before, kind) => {
    expect(qualifierBefore(`sent ${before}`)?.kind).toBe(kind);
  });

  it('measures the wording so the figure span can include it', () => {
    expect(qualifierBefore('killed more than ')).toEqual({ kind: 'at_least', length: 'more than '.length });
  });

  it.each([['sent '], ['handsome '], ['a total of '], ['moreover ']])('finds nothing in %j', (before) => {
    expect(qualifierBefore(before)).toBeNull();
  });
});

describe('qualifierAfter', () => {
  it.each([
    [' or more troops', 'at_least'],
    ['-plus troops', 'at_least'],
    ['+ troops', 'at_least'],
    [' or so engineers', 'approximate'],
    [' or fewer', 'at_most'],
  ])('%j → %s', (after, kind) => {
    expect(qualifierAfter(after)?.kind).toBe(kind);
  });

  it('finds nothing in plain text', () => {
    expect(qualifierAfter(' troops or officers')).toBeNull();
  });
});
