import type { DivergenceRow } from '../../shared/schemas/index.js';
import { countOf, describeSpread } from '../../shared/wording.js';

/**
 * A row's spread in words, and how many of its sources gave no figure. The Sources column counts
 * every source whose latest claim is in, statements too; without this a row counting 4 sources
 * beside 3 marks left the reader to guess where the fourth went.
 */
export function spreadText(row: Pick<DivergenceRow, 'points' | 'spread' | 'sourceCount'>): string {
  const withoutFigure = row.sourceCount - row.points.length;
  if (row.points.length === 0) {
    return withoutFigure > 0
      ? `no figures by this date, only ${countOf(withoutFigure, 'statement', 'statements')}`
      : 'no figures by this date';
  }
  const spread = row.points.length === 1 ? 'one figure only' : describeSpread(row.spread);
  return withoutFigure > 0 ? `${spread}; ${countOf(withoutFigure, 'source', 'sources')} gave no figure` : spread;
}
