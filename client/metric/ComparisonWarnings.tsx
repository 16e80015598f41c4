import { useId } from 'react';
import { listInWords } from '../../shared/wording.js';
import {
  comparisonWarnings,
  STALE_AFTER_DAYS,
  type ComparisonWarning,
} from '../../shared/charts/comparisonWarnings.js';
import { formatStatedOn } from '../../shared/charts/datePeriod.js';
import { sourceLabel } from '../../shared/charts/plottedClaim.js';
import type { Comparison } from '../../shared/schemas/index.js';
import { describeValue } from '../../shared/wording.js';

function WarningText({ warning, unit }: { warning: ComparisonWarning; unit: string }) {
  switch (warning.kind) {
    case 'disjoint': {
      const { highestFloor: floor, lowestCeiling: ceiling } = warning;
      return (
        <>
          <strong>No single figure fits every source.</strong> The highest lower bound ({sourceLabel(floor.source)}:{' '}
          {describeValue(floor.claim.value, unit)}) is above the lowest upper bound ({sourceLabel(ceiling.source)}:{' '}
          {describeValue(ceiling.claim.value, unit)}).
        </>
      );
    }
    case 'stale':
      return (
        <>
          <strong>Some latest claims are old.</strong> The newest is {sourceLabel(warning.newest.source)}, from{' '}
          {formatStatedOn(warning.newest.claim.statedOn)}; these are more than {STALE_AFTER_DAYS} days older and may
          describe an earlier state of affairs:{' '}
          {listInWords(
            warning.stale.map(
              (s) => `${sourceLabel(s.source)} (${formatStatedOn(s.claim.statedOn)}, ${s.daysOlder} days older)`,
            ),
          )}
          .
        </>
      );
  }
}

/** What to keep in mind before reading the figures side by side; shown above the chart, not in it. */
export function ComparisonWarnings({ comparison }: { comparison: Comparison }) {
  const headingId = useId();
  const warnings = comparisonWarnings(comparison);
  if (warnings.length === 0) return null;
  return (
    <section className="warnings" aria-labelledby={headingId}>
      <h3 id={headingId}>Read with care</h3>
      <ul>
        {warnings.map((w) => (
          <li key={w.kind} className={`warning warning-${w.kind}`}>
            <WarningText warning={w} unit={comparison.metric.unit} />
          </li>
        ))}
      </ul>
    </section>
  );
}
