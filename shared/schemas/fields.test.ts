import { describe, expect, it } from 'vitest';
import {
  id,
  idText,
  isoDay,
  maxId,
  optionalText,
  optionalWebUrl,
  partialDate,
  queryBoolean,
  requiredText,
} from './fields.js';

describe('partialDate', () => {
  it.each(['2025', '2025-11', '2025-02-28', '2024-02-29', '2025-12-31', ' 2025-11 ', '0004-02-29', '0001'])(
    'accepts %j',
    (date) => {
      expect(partialDate.parse(date)).toBe(date.trim());
    },
  );

  it.each([
    '2025-13-40',
    '2025-02-30',
    '2025-02-29',
    '25-01-01',
    '2025-13',
    '2025-00',
    '2025-01-00',
    '2025-1-1',
    '0000',
    '0000-01-01',
    '0100-02-29',
    '',
    'soon',
  ])('rejects %j', (date) => {
    const result = partialDate.safeParse(date);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Must be a real date written YYYY-MM-DD, YYYY-MM or YYYY');
  });
});

describe('isoDay', () => {
  it('takes whole days only', () => {
    expect(isoDay.parse('2026-01-01')).toBe('2026-01-01');
    expect(isoDay.safeParse('2026-01').success).toBe(false);
    expect(isoDay.safeParse('2026').success).toBe(false);
    expect(isoDay.safeParse('2026-02-30').success).toBe(false);
  });
});

describe('optionalWebUrl', () => {
  it.each(['https://www.themoscowtimes.com/2025/12/13/a91432', 'http://example.org/x?y=1#z'])('accepts %s', (url) => {
    expect(optionalWebUrl.parse(url)).toBe(url);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/file', 'not a url'])(
    'rejects %s',
    (url) => {
      const result = optionalWebUrl.safeParse(url);
      expect(result.success).toBe(false);
      expect(JSON.stringify(result.error?.issues)).toContain('Must be an http or https URL');
    },
  );

  it('reads blank, null and missing as no URL, and trims', () => {
    expect(optionalWebUrl.parse('')).toBeNull();
    expect(optionalWebUrl.parse(null)).toBeNull();
    expect(optionalWebUrl.parse(undefined)).toBeNull();
    expect(optionalWebUrl.parse('  https://example.org/  ')).toBe('https://example.org/');
  });

  it('refuses URLs over 2,000 characters', () => {
    expect(optionalWebUrl.safeParse(`https://example.org/${'a'.repeat(2000)}`).success).toBe(false);
  });
});

describe('requiredText and optionalText', () => {
  it('trims, and refuses blank or over-long required text', () => {
    expect(requiredText(5).parse('  KCNA ')).toBe('KCNA');
    expect(
      requiredText(5)
        .safeParse('   ')
        .error?.issues.map((i) => i.message),
    ).toEqual(['Required']);
    expect(requiredText(5).safeParse('abcdef').success).toBe(false);
    expect(requiredText(5).safeParse('  abcde  ').success).toBe(true);
  });

  it('stores blank optional text as null', () => {
    const text = optionalText(10);
    expect(text.parse('  note ')).toBe('note');
    expect(text.parse('   ')).toBeNull();
    expect(text.parse('')).toBeNull();
    expect(text.parse(null)).toBeNull();
    expect(text.parse(undefined)).toBeNull();
    expect(text.safeParse('x'.repeat(11)).success).toBe(false);
  });

  it('says how long text may be in words an analyst reads, not in the validator’s', () => {
    expect(optionalText(5000).safeParse('x'.repeat(5001)).error?.issues[0]?.message).toBe('At most 5,000 characters');
    expect(requiredText(200).safeParse('x'.repeat(201)).error?.issues[0]?.message).toBe('At most 200 characters');
  });

  it('refuses NUL characters, which PostgreSQL text cannot hold', () => {
    expect(requiredText(10).safeParse('a\u0000b').success).toBe(false);
    expect(optionalText(10).safeParse('a\u0000b').success).toBe(false);
    expect(optionalWebUrl.safeParse('https://example.org/a\u0000b').success).toBe(false);
  });

  it('refuses unpaired surrogates, which are not Unicode, and keeps paired ones', () => {
    expect(optionalText(10).safeParse('a\ud800b').error?.issues[0]?.message).toMatch(/unpaired surrogate/);
    expect(requiredText(10).safeParse('\udfffx').success).toBe(false);
    expect(optionalText(10).parse('KCNA \u{1F1F0}\u{1F1F5}')).toBe('KCNA \u{1F1F0}\u{1F1F5}');
  });

  it('refuses control characters but keeps tabs and line breaks', () => {
    for (const bad of ['ctrl\u0001', 'red\u001b[31m', 'del\u007f', 'c1\u0085'])
      expect(optionalText(20).safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    expect(optionalText(20).parse('line one\r\nline\ttwo')).toBe('line one\r\nline\ttwo');
  });

  it('refuses a required text of invisible characters only', () => {
    for (const invisible of ['\u200b', '\u200e\u200f', '\u202e', '\ufeff \u2060'])
      expect(requiredText(10).safeParse(invisible).success, JSON.stringify(invisible)).toBe(false);
    expect(requiredText(20).parse('\u202bשלום\u202c')).toBe('\u202bשלום\u202c');
  });
});

describe('id', () => {
  it('takes positive whole numbers up to the largest PostgreSQL integer', () => {
    expect(id.parse(1)).toBe(1);
    expect(id.parse(maxId)).toBe(2_147_483_647);
    for (const bad of [0, -1, 1.5, maxId + 1, '1', null]) expect(id.safeParse(bad).success, String(bad)).toBe(false);
  });
});

describe('queryBoolean', () => {
  it('takes only the words true and false, missing meaning false', () => {
    expect(queryBoolean.parse('true')).toBe(true);
    expect(queryBoolean.parse('false')).toBe(false);
    expect(queryBoolean.parse(undefined)).toBe(false);
    for (const bad of ['yes', '1', 'TRUE', '']) expect(queryBoolean.safeParse(bad).success, bad).toBe(false);
  });
});

describe('idText', () => {
  it('reads an id as the server writes it', () => {
    expect(idText.parse('7')).toBe(7);
  });

  it.each([
    ['007', 'Must be written without leading zeros'],
    ['0', 'Must be a positive id'],
    ['0x7', 'Must be a whole number written in digits'],
  ])('refuses %j once, saying why', (text, message) => {
    expect(idText.safeParse(text).error?.issues.map((issue) => issue.message)).toEqual([message]);
  });
});
