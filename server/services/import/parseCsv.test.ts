import { describe, expect, it } from 'vitest';
import { maxImportRows } from '../../../shared/dataset/transfer.js';
import { readCsvRecords, type CsvRecord } from './parseCsv.js';
import { ProblemError } from '../errors.js';

const piecesOf = (text: string, perPiece: number) => {
  const { header, eachPiece } = readCsvRecords(text, perPiece);
  const pieces: CsvRecord[][] = [];
  eachPiece((piece) => pieces.push(piece));
  return { header, pieces };
};

const problemOf = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    if (error instanceof ProblemError) return { status: error.status, detail: error.message };
    throw error;
  }
  throw new Error('Expected a ProblemError');
};

describe('readCsvRecords', () => {
  it('hands the rows on in pieces, numbered as a spreadsheet numbers them, blank rows left out', () => {
    const text = '\uFEFFsource,quote\r\nA,"two\r\nlines"\r\n\r\nB,"say ""hi"""\r\nC,x\r\n,\r\nD,y\r\n';
    const { header, pieces } = piecesOf(text, 2);
    expect(header).toEqual(['source', 'quote']);
    expect(pieces).toEqual([
      [
        { line: 2, cells: ['A', 'two\r\nlines'] },
        { line: 4, cells: ['B', 'say "hi"'] },
      ],
      [
        { line: 5, cells: ['C', 'x'] },
        { line: 7, cells: ['D', 'y'] },
      ],
    ]);
  });

  it('reads semicolons as the separator when the header has them and no comma, and only then', () => {
    const excel = '\uFEFFsource;quote\r\nA;"x; y, z"\r\n;\r\n';
    expect(piecesOf(excel, 10)).toEqual({
      header: ['source', 'quote'],
      pieces: [[{ line: 2, cells: ['A', 'x; y, z'] }]],
    });
    const commas = 'source,quote\r\nA;B,x;y\r\n';
    expect(piecesOf(commas, 10).pieces).toEqual([[{ line: 2, cells: ['A;B', 'x;y'] }]]);
  });

  it('reads files with bare line feeds or carriage returns, and without a last line break, alike', () => {
    for (const text of ['a,b\n1,2\n3,4', 'a,b\r1,2\r3,4\r']) {
      expect(piecesOf(text, 10).pieces).toEqual([
        [
          { line: 2, cells: ['1', '2'] },
          { line: 3, cells: ['3', '4'] },
        ],
      ]);
    }
  });

  it('names the line of an unclosed quote, in the header or further down', () => {
    expect(problemOf(() => piecesOf('a,"b\n1,2\n', 5))).toMatchObject({ status: 400, detail: /on line 1$/ });
    expect(problemOf(() => piecesOf('a,b\n1,2\n3,"4\n5,6\n', 1))).toMatchObject({ status: 400, detail: /on line 3$/ });
  });

  it('refuses more rows than an import takes before handing any on, whatever the line breaks', () => {
    for (const newline of ['\r\n', '\n', '\r']) {
      const rows = (count: number) => `a,b${newline}` + `1,2${newline}`.repeat(count);
      expect(problemOf(() => readCsvRecords(rows(maxImportRows + 1), 2000))).toMatchObject({ status: 413 });
      expect(readCsvRecords(rows(maxImportRows), 2000).header).toEqual(['a', 'b']);
    }
    // A quoted line break makes more lines than rows: such a file is counted by its rows, not its lines.
    const withQuotedBreaks = 'a,b\r\n' + '"1\n",2\r\n'.repeat(maxImportRows);
    const { pieces } = piecesOf(withQuotedBreaks, 50_000);
    expect(pieces.map((piece) => piece.length)).toEqual([50_000, 50_000]);
    expect(pieces[1]!.at(-1)).toEqual({ line: maxImportRows + 1, cells: ['1\n', '2'] });
  });
});
