import { describe, expect, it } from 'vitest';
import { figureText } from '../figures.js';
import { ClaimValue } from '../schemas/index.js';
import { cellsOfKind, cellsToFigure, figureCells, figureToCells } from './figureCells.js';

const figures: [string, ClaimValue][] = [
  ['exact', { kind: 'exact', value: 9 }],
  ['approximate', { kind: 'approximate', value: 1.234 }],
  ['at least', { kind: 'at_least', value: 6000 }],
  ['at most', { kind: 'at_most', value: 0 }],
  ['range', { kind: 'range', low: 11000, high: 12000 }],
  ['no number', { kind: 'statement' }],
];

describe('a figure in cells', () => {
  it.each(figures)('comes back from numbers in cells as it went in: %s', (_, figure) => {
    const cells = figureToCells(figure, (n) => n, null);
    expect(cellsToFigure(cells.kind, (cell) => cells[cell]!)).toEqual(figure);
  });

  it.each(figures)('comes back from text in cells as it went in: %s', (_, figure) => {
    const cells = figureToCells(figure, figureText, '');
    const back = cellsToFigure(cells.kind, (cell) => Number(cells[cell]));
    expect(ClaimValue.parse(back)).toEqual(figure);
  });

  it.each(figures)('fills only the cells of its kind, leaving the rest blank: %s', (_, figure) => {
    const cells = figureToCells(figure, String, '');
    const filled = cellsOfKind(figure.kind);
    for (const cell of figureCells) expect(cells[cell] !== '').toBe(filled.includes(cell));
  });

  it('reads only the cells its kind fills', () => {
    const read: string[] = [];
    cellsToFigure('range', (cell) => read.push(cell));
    cellsToFigure('at_most', (cell) => read.push(cell));
    cellsToFigure('statement', (cell) => read.push(cell));
    expect(read).toEqual(['low', 'high', 'value']);
  });
});
