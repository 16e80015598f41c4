import { describe, expect, it } from 'vitest';
import { SourceInput, SourcePatch } from './source.js';

describe('SourceInput', () => {
  it('defaults kind to other, reliability to F, party to false, aliases to none, and optional fields to null', () => {
    expect(SourceInput.parse({ name: 'KCNA' })).toEqual({
      name: 'KCNA',
      shortName: null,
      aliases: [],
      kind: 'other',
      country: null,
      group: null,
      reliability: 'F',
      party: false,
      url: null,
      notes: null,
    });
  });

  it('trims the name and blank optional text becomes null', () => {
    expect(SourceInput.parse({ name: '  KCNA  ', shortName: '  ', country: ' North Korea ' })).toMatchObject({
      name: 'KCNA',
      shortName: null,
      country: 'North Korea',
    });
  });

  it.each([
    ['name', {}],
    ['name', { name: '   ' }],
    ['name', { name: 'x'.repeat(201) }],
    ['shortName', { name: 'a', shortName: 'x'.repeat(61) }],
    ['kind', { name: 'a', kind: 'blog' }],
    ['reliability', { name: 'a', reliability: 'G' }],
    ['reliability', { name: 'a', reliability: 'a' }],
    ['party', { name: 'a', party: 'true' }],
    ['party', { name: 'a', party: 1 }],
    ['party', { name: 'a', party: null }],
    ['url', { name: 'a', url: 'javascript:alert(1)' }],
    ['url', { name: 'a', url: 'data:text/plain,hi' }],
    ['url', { name: 'a', url: 'ftp://example.org' }],
    ['notes', { name: 'a', notes: 'x'.repeat(5001) }],
  ])('refuses a bad %s: %j', (path, input) => {
    expect(SourceInput.safeParse(input).error?.issues[0]?.path).toEqual([path]);
  });

  it('refuses unknown fields', () => {
    expect(SourceInput.safeParse({ name: 'a', claimCount: 3 }).error?.issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      keys: ['claimCount'],
    });
  });
});

describe('SourcePatch', () => {
  it('has no defaults, so a patch leaves unnamed fields alone', () => {
    expect(SourcePatch.parse({ version: 2, country: 'Russia' })).toEqual({ version: 2, country: 'Russia' });
  });

  it('needs the version', () => {
    expect(SourcePatch.safeParse({ name: 'x' }).error?.issues[0]?.path).toEqual(['version']);
  });
});
