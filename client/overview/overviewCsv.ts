import type { DivergenceRow } from '../../shared/schemas/index.js';
import { csvDocument } from '../../shared/csv.js';

/** Exactly what the overview chart plots: one row per source's latest figure per metric. */
export function overviewCsv(rows: readonly DivergenceRow[]): string {
  return csvDocument(
    ['metric', 'unit', 'source', 'group', 'reliability', 'valueKind', 'plottedValue', 'statedOn', 'citationUrl'],
    rows.flatMap((r) =>
      r.points.map((p) => [
        r.metric.name,
        r.metric.unit,
        p.sourceName,
        p.group,
        p.reliability,
        p.kind,
        p.point,
        p.statedOn,
        p.citationUrl,
      ]),
    ),
  );
}
