import { roundedBest } from '../../shared/estimate/rules.js';
import type { DivergenceRow } from '../../shared/schemas/index.js';

const noBestWords = { no_consensus: 'no consensus', only_bounds: 'bounds only', no_figures: 'no figure' } as const;

/** "about 1,100 (90%: 1,000–1,200)", or why there is no best figure: as the row's cell and its CSV say it. */
export function estimateText({ estimate }: Pick<DivergenceRow, 'estimate'>): string {
  const { best, noBest } = estimate;
  if (best) {
    const { median, interval90 } = roundedBest(best);
    return `about ${median} (90%: ${interval90})`;
  }
  return noBestWords[noBest ?? 'no_figures'];
}
