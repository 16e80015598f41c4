import { countOf, formatNumber } from '../../shared/wording.js';

/**
 * What the overview's status line says it shows: how many metrics, which of them when there is more
 * than a page, and that they are the ones matching when a filter is set.
 */
export function overviewStatus({
  total,
  offset,
  shown,
  filtered,
}: {
  total: number;
  offset: number;
  shown: number;
  filtered: boolean;
}): string {
  const matching = filtered ? ' matching' : '';
  if (shown === total) {
    return filtered ? `${countOf(total, 'metric matches', 'metrics match')}` : countOf(total, 'metric', 'metrics');
  }
  return `Metrics ${formatNumber(offset + 1)}–${formatNumber(offset + shown)} of ${formatNumber(total)}${matching}`;
}
