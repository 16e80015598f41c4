import type { ClaimValue, ValueKind } from '../schemas/index.js';

/**
 * A claim's figure laid out flat, as a table row, a CSV line or a form holds it: its kind, and a
 * cell for each number a figure may have. Which cells a kind fills is decided here only.
 */
export const figureCells = ['value', 'low', 'high'] as const;
export type FigureCell = (typeof figureCells)[number];
export type FigureCells<C> = { kind: ValueKind } & Record<FigureCell, C>;

/** A figure whose numbers are read from cells, as what was read may be (a number, or nothing). */
export type FigureOf<N> =
  | { kind: Exclude<ValueKind, 'range' | 'statement'>; value: N }
  | { kind: 'range'; low: N; high: N }
  | { kind: 'statement' };

/** The cells a kind of figure fills: a point its value, a range its two ends, a statement none. */
export function cellsOfKind(kind: ValueKind): readonly FigureCell[] {
  if (kind === 'statement') return [];
  return kind === 'range' ? ['low', 'high'] : ['value'];
}

/** The figure's cells, each number as `write` writes it and the cells its kind leaves as `blank`. */
export function figureToCells<C>(figure: ClaimValue, write: (n: number) => C, blank: C): FigureCells<C> {
  return {
    kind: figure.kind,
    value: figure.kind === 'range' || figure.kind === 'statement' ? blank : write(figure.value),
    low: figure.kind === 'range' ? write(figure.low) : blank,
    high: figure.kind === 'range' ? write(figure.high) : blank,
  };
}

/**
 * The figure of this kind, its numbers read by `read` from the cells the kind fills and no other,
 * so that a reader that reports what it can't read speaks only of cells that matter.
 */
export function cellsToFigure<N>(kind: ValueKind, read: (cell: FigureCell) => N): FigureOf<N> {
  if (kind === 'statement') return { kind };
  if (kind === 'range') return { kind, low: read('low'), high: read('high') };
  return { kind, value: read('value') };
}
