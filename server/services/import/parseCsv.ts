import Papa from 'papaparse';
import { maxImportRows } from '../../../shared/dataset/transfer.js';
import { ProblemError } from '../errors.js';
import { checkRowCount } from './plan.js';
import { withoutByteOrderMark } from '../../../shared/dataset/fileText.js';

/** A row of the file, numbered as a spreadsheet numbers rows: the header is line 1. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface CsvRecords {
  header: string[];
  /** Hands the rows after the header on in order, a piece at a time, without the blank ones. */
  eachPiece(take: (piece: CsvRecord[]) => void): void;
}

/**
 * Commas, or semicolons when the header says so: Excel and LibreOffice separate with semicolons
 * where the comma is the decimal mark. No column's name holds either character, so a header line
 * with semicolons and no comma can only be such a file; nothing else is guessed.
 */
function delimiterOf(body: string): ',' | ';' {
  const header = body.slice(0, body.search(/[\r\n]|$/));
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

function throwIfMalformed(errors: readonly Papa.ParseError[], line: number): void {
  const broken = errors.find((e) => e.type === 'Quotes');
  if (!broken) return;
  const message = `${broken.message} on line ${line}`;
  throw new ProblemError(400, 'Malformed CSV', message, [{ path: 'body', message }]);
}

/** Parses the rows after the header one by one, handing them on `perPiece` at a time. */
function parsePieces(body: string, delimiter: string, perPiece: number, take: (piece: CsvRecord[]) => void): void {
  let line = 0;
  let piece: CsvRecord[] = [];
  Papa.parse<string[]>(body, {
    delimiter,
    step({ data: cells, errors }) {
      line++;
      throwIfMalformed(errors, line);
      // Blank rows, such as a spreadsheet leaves at the end, hold no claim.
      if (line === 1 || !cells.some((cell) => cell.trim() !== '')) return;
      piece.push({ line, cells });
      if (piece.length < perPiece) return;
      take(piece);
      piece = [];
    },
  });
  if (piece.length > 0) take(piece);
}

function occurrences(text: string, of: string): number {
  let count = 0;
  for (let at = text.indexOf(of); at !== -1; at = text.indexOf(of, at + of.length)) count++;
  return count;
}

/**
 * At most how many rows after the header the text can hold: one per line break, whichever kind the
 * file uses (CRLF, LF, or the CR of old spreadsheets), less a blank last line.
 */
function mostRows(body: string): number {
  const breaks = occurrences(body, '\n') + occurrences(body, '\r') - occurrences(body, '\r\n');
  return /[\r\n]$/.test(body) ? breaks - 1 : breaks;
}

/**
 * A CSV file's header and its rows, parsed as they are handed on, so that the first rows can be
 * checked before the last are read. A file that may hold more rows than an import takes is parsed
 * whole first, to refuse it before any row is checked.
 */
export function readCsvRecords(text: string, perPiece: number): CsvRecords {
  const body = withoutByteOrderMark(text);
  const delimiter = delimiterOf(body);
  const first = Papa.parse<string[]>(body, { delimiter, preview: 1 });
  throwIfMalformed(first.errors, 1);
  const header = first.data[0] ?? [];
  if (mostRows(body) <= maxImportRows)
    return { header, eachPiece: (take) => parsePieces(body, delimiter, perPiece, take) };
  const pieces: CsvRecord[][] = [];
  parsePieces(body, delimiter, perPiece, (piece) => pieces.push(piece));
  checkRowCount(pieces.reduce((rows, piece) => rows + piece.length, 0));
  return { header, eachPiece: (take) => pieces.forEach((piece) => take(piece)) };
}
