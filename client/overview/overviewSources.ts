import type { DivergenceRow } from '../../shared/schemas/index.js';
import { shortCitation } from '../export/provenance';

/**
 * The exported overview's footer, one line per metric: each source's grade, date and citation.
 * A metric with no figure by the as-of date still gets its line, saying so, rather than a bare
 * name that reads as if its sources had been cut off.
 */
export function overviewSources(rows: readonly DivergenceRow[]): string[] {
  return rows.map((r) => {
    if (r.points.length === 0) return `${r.metric.name}: no figures by this date`;
    const cited = r.points.map(
      (p) => `${p.sourceName} (${p.reliability}) ${p.statedOn ?? 'undated'} ${shortCitation(p.citationUrl)}`,
    );
    return `${r.metric.name}: ${cited.join('; ')}`;
  });
}
