import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, neutraliseFormula } from './csv.js';

describe('csv', () => {
  it.each(['=HYPERLINK("http://evil","x")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralises %j so a spreadsheet shows it as text',
    (payload) => {
      expect(neutraliseFormula(payload)).toBe(`'${payload}`);
    },
  );

  it('leaves ordinary text and numbers alone', () => {
    expect(neutraliseFormula('more than 6,000')).toBe('more than 6,000');
    expect(csvField(-5)).toBe('-5');
  });

  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvDocument(['x', 'y'], [[1, null]])).toBe('x,y\r\n1,\r\n');
  });
});
