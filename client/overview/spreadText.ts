import { possessive } from '../../shared/analysis/claims.js';
import type { DivergenceRow } from '../../shared/schemas/index.js';
import { countOf, describeSpread, describeValue, listInWords } from '../../shared/wording.js';
import { findingKindLabels } from '../ui/findingLabels';

/** "South Korean officials’ at least 600 (superseded)": each figure by its source, its wording and what explains it away. */
function leftOutFigures(row: Pick<DivergenceRow, 'points' | 'ranked'>): string {
  return listInWords(
    row.ranked.leftOut.map(({ claimId, kind }) => {
      const point = row.points.find((p) => p.claimId === claimId);
      const figure = point ? `${possessive(point.sourceName)} ${describeValue(point.value)}` : 'one figure';
      return `${figure} (${findingKindLabels[kind].one})`;
    }),
  );
}

/**
 * Which figures the ranking left out of a row's spread, and the spread with them, as the metric
 * page measures it; null when it left none out.
 */
export function leftOutText(row: Pick<DivergenceRow, 'points' | 'spread' | 'ranked'>): string | null {
  const { leftOut } = row.ranked;
  if (leftOut.length === 0) return null;
  return `leaving out ${leftOutFigures(row)}; ${describeSpread(row.spread)} with ${leftOut.length === 1 ? 'it' : 'them'}`;
}

/**
 * A row's spread in words, as the overview ranks it, and how many of its sources gave no figure.
 * The Sources column counts every source whose latest claim is in, statements too; without this a
 * row counting 4 sources beside 3 marks left the reader to guess where the fourth went.
 */
export function spreadText(row: Pick<DivergenceRow, 'points' | 'sourceCount' | 'ranked'>): string {
  const withoutFigure = row.sourceCount - row.points.length;
  if (row.points.length === 0) {
    return withoutFigure > 0
      ? `no figures by this date, only ${countOf(withoutFigure, 'statement', 'statements')}`
      : 'no figures by this date';
  }
  const spread = row.points.length === 1 ? 'one figure only' : describeSpread(row.ranked.spread);
  return withoutFigure > 0 ? `${spread}; ${countOf(withoutFigure, 'source', 'sources')} gave no figure` : spread;
}
