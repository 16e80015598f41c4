import type { DivergenceRow } from '../../shared/schemas/index.js';
import { csvDocument } from '../../shared/csv.js';
import { plottedClaimCells, plottedClaimsHeader } from '../export/plottedClaims';
import { findingCountText, findingKindLabels } from '../ui/findingLabels';
import { estimateText } from './estimateText';

/** An estimate's bound at the two significant figures the estimate is given in; blank when none. */
const twoFigures = (n: number | undefined) => (n === undefined ? null : Number(n.toPrecision(2)));

const countOfSeverity = (row: DivergenceRow, severity: 'warning' | 'note') =>
  row.findings.filter((f) => f.severity === severity).reduce((sum, f) => sum + f.count, 0);

/**
 * Exactly what the overview chart plots: one row per source's latest figure per metric, with the
 * metric page's columns, so that a range keeps its bounds and every figure its scope and citation.
 * Each row then says whether the ranking left its figure out and why, and gives its metric's
 * findings, counted in numbers a spreadsheet can sum and in words, and its estimate.
 */
export function overviewCsv(rows: readonly DivergenceRow[]): string {
  return csvDocument(
    [
      'metric',
      ...plottedClaimsHeader,
      'leftOutOfRanking',
      'metricWarnings',
      'metricNotes',
      'metricFindings',
      'metricEstimate',
      'metricEstimateLow90',
      'metricEstimateHigh90',
    ],
    rows.flatMap((r) => {
      const findings = r.findings.map(findingCountText).join('; ');
      return r.points.map((p) => {
        const leftOut = r.ranked.leftOut.find((l) => l.claimId === p.claimId);
        return [
          r.metric.name,
          ...plottedClaimCells(p, { name: p.sourceName, group: p.group, reliability: p.reliability }, r.metric.unit),
          leftOut ? findingKindLabels[leftOut.kind].one : null,
          countOfSeverity(r, 'warning'),
          countOfSeverity(r, 'note'),
          findings,
          estimateText(r),
          twoFigures(r.estimate.best?.interval90.low),
          twoFigures(r.estimate.best?.interval90.high),
        ];
      });
    }),
  );
}
