/** A spreadsheet runs a cell starting with one of these as a formula (a tab or carriage return can hide one). */
const formulaStart = /^'*[=+\-@\t\r]/;
const neutralised = /^'+[=+\-@\t\r]/;

/**
 * Prefixes a single quote to text a spreadsheet would run as a formula, so that it shows the text
 * and runs nothing. Text that already starts with quotes before such a character gets one more:
 * that keeps the rule reversible, so `restoreFormula` gives back every text exactly.
 */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/**
 * Undoes `neutraliseFormula`: drops the quote it added and nothing else. A quote that text had of
 * its own before a letter ("'Tis") is kept, as is one typed by hand in a spreadsheet's CSV.
 */
export function restoreFormula(cell: string): string {
  // The first character alone rules out almost every cell, without running the pattern.
  return cell.charCodeAt(0) === 39 && neutralised.test(cell) ? cell.slice(1) : cell;
}

/**
 * One RFC 4180 field: quoted when it holds a comma, quote or line break, and when it holds a
 * semicolon, the separator spreadsheets use in much of Europe: split there, the rest of a cell
 * could start a formula.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = neutraliseFormula(value);
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line, CRLF-terminated as RFC 4180 has it. */
export const csvLine = (cells: readonly (string | number | null | undefined)[]): string =>
  cells.map(csvField).join(',') + '\r\n';

export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return [header, ...rows].map(csvLine).join('');
}
