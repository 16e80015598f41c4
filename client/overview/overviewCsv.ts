import type { DivergenceRow } from '../../shared/schemas/index.js';
import { csvDocument } from '../../shared/csv.js';
import { plottedClaimCells, plottedClaimsHeader } from '../export/plottedClaims';

/**
 * Exactly what the overview chart plots: one row per source's latest figure per metric, with the
 * metric page's columns, so that a range keeps its bounds and every figure its scope and citation.
 */
export function overviewCsv(rows: readonly DivergenceRow[]): string {
  return csvDocument(
    ['metric', ...plottedClaimsHeader],
    rows.flatMap((r) =>
      r.points.map((p) => [
        r.metric.name,
        ...plottedClaimCells(p, { name: p.sourceName, group: p.group, reliability: p.reliability }, r.metric.unit),
      ]),
    ),
  );
}
