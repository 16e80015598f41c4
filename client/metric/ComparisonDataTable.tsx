import { Fragment } from 'react';
import type { ComparisonRow, LaneHeading } from '../../shared/charts/comparisonSeries.js';
import { formatStatedOn } from '../../shared/charts/datePeriod.js';
import { credibilityGrades } from '../../shared/schemas/index.js';
import { describeValue } from '../../shared/wording.js';
import { GroupSwatch } from '../ui/GroupSwatch';
import { CitationLink } from '../ui/CitationLink';
import { ScrollRegion } from '../ui/ScrollRegion';

/** The comparison chart's rows as a table: the chart's text alternative and its keyboard route to citations. */
export function ComparisonDataTable({
  rows,
  headings,
  unit,
}: {
  rows: readonly ComparisonRow[];
  headings: readonly LaneHeading[];
  unit: string;
}) {
  const headingAt = new Map(headings.map((h) => [h.y, h]));
  // A column only when some claim has a note: a column of blanks would say nothing.
  const withNotes = rows.some((row) => row.claim.notes);
  return (
    <ScrollRegion label="Latest figure from each source">
      <table className="data-table">
        <caption className="visually-hidden">
          Latest figure from each source, highest first as in the chart, figures not compared in groups below
        </caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Group</th>
            <th scope="col">Figure</th>
            <th scope="col">Stated</th>
            <th scope="col">Credibility</th>
            <th scope="col">Scope</th>
            <th scope="col">Citation</th>
            {withNotes && <th scope="col">Notes</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            // A lane's heading takes the place just above its first row, as in the chart.
            const heading = headingAt.get(row.y - 1);
            return (
              <Fragment key={row.claim.id}>
                {heading && (
                  <tr className="lane-row">
                    <th scope="rowgroup" colSpan={withNotes ? 8 : 7}>
                      {heading.title}
                    </th>
                  </tr>
                )}
                <tr>
                  <th scope="row">{row.label}</th>
                  <td>
                    <GroupSwatch group={row.source.group} />
                  </td>
                  <td className="nowrap">{describeValue(row.value, unit)}</td>
                  <td className="nowrap">
                    <time dateTime={row.claim.statedOn ?? undefined}>{formatStatedOn(row.claim.statedOn)}</time>
                  </td>
                  {/* A claim graded improbable is plotted only when asked for: the table says which it is. */}
                  <td>
                    {row.claim.credibility} —{' '}
                    {credibilityGrades[row.claim.credibility as keyof typeof credibilityGrades]}
                  </td>
                  <td>{row.claim.scope ?? '—'}</td>
                  <td>{row.claim.citationUrl ? <CitationLink url={row.claim.citationUrl} /> : '—'}</td>
                  {withNotes && <td className="claim-notes">{row.claim.notes}</td>}
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
