/** Prints rows as an aligned plain-text table: first column left-aligned, the figures right-aligned. */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const all = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((row) => (row[col] ?? '').length)));
  const line = (row: readonly string[]) =>
    row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** A figure with thousands separators and a fixed number of decimals. */
export const figure = (n: number, decimals = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

export const megabytes = (bytes: number) => `${figure(bytes / 1024 / 1024, 1)} MiB`;

export const milliseconds = (ms: number) => `${figure(ms, ms < 10 ? 2 : 1)} ms`;
