import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, csvLine, neutraliseFormula, restoreFormula } from './csv.js';

const payloads = ['=HYPERLINK("http://evil","x")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'];

describe('csv', () => {
  it.each(payloads)('neutralises %j so a spreadsheet shows it as text', (payload) => {
    expect(neutraliseFormula(payload)).toBe(`'${payload}`);
  });

  it('leaves ordinary text and numbers alone', () => {
    expect(neutraliseFormula('more than 6,000')).toBe('more than 6,000');
    expect(neutraliseFormula("'Tis the season")).toBe("'Tis the season");
    expect(csvField(-5)).toBe('-5');
  });

  it('adds one more quote to text that starts with quotes before a formula character', () => {
    expect(neutraliseFormula("'=1+1")).toBe("''=1+1");
    expect(neutraliseFormula("''@x")).toBe("'''@x");
  });

  it.each([...payloads, "'=1+1", "''+2", "'Tis", "'", "''", '', 'plain', "a'=b", "'\t"])(
    'restores %j exactly from its neutralised form',
    (text) => {
      expect(restoreFormula(neutraliseFormula(text))).toBe(text);
    },
  );

  it('keeps quotes that the neutralisation did not add', () => {
    expect(restoreFormula("'Tis")).toBe("'Tis");
    expect(restoreFormula("'")).toBe("'");
    expect(restoreFormula('=1+1')).toBe('=1+1');
  });

  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvLine(['=x, y', 2, null])).toBe(`"'=x, y",2,\r\n`);
    expect(csvDocument(['x', 'y'], [[1, null]])).toBe('x,y\r\n1,\r\n');
  });

  it('quotes fields with semicolons, which spreadsheets set to that separator would split', () => {
    // Split there, "x;=1+1" would leave a cell "=1+1" that runs as a formula.
    expect(csvField('x;=1+1')).toBe('"x;=1+1"');
  });
});
