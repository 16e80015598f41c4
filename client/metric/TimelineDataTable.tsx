import { formatStatedOn } from '../../shared/charts/datePeriod.js';
import type { TimelineTrack } from '../../shared/charts/timelineSeries.js';
import { describeValue } from '../../shared/wording.js';
import { ClaimNote } from '../claims/ClaimNote';
import { GroupSwatch } from '../ui/GroupSwatch';
import { ScrollRegion } from '../ui/ScrollRegion';

/** How each source's figure moved, in words: the timeline's text alternative. */
export function TimelineDataTable({ tracks, unit }: { tracks: readonly TimelineTrack[]; unit: string }) {
  return (
    <ScrollRegion label="Each source's figures over time">
      <table className="data-table">
        <caption className="visually-hidden">Each source's figures over time, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Group</th>
            <th scope="col">Figures, oldest first</th>
          </tr>
        </thead>
        <tbody>
          {tracks.map((track) => (
            <tr key={track.key}>
              <th scope="row">{track.label}</th>
              <td>
                <GroupSwatch group={track.source.group} />
              </td>
              <td>
                <ol className="trajectory">
                  {track.points.map((p) => (
                    <li key={p.claim.id}>
                      {describeValue(p.value, unit)}{' '}
                      <time className="muted" dateTime={p.claim.statedOn ?? undefined}>
                        ({formatStatedOn(p.claim.statedOn)})
                      </time>
                      <ClaimNote notes={p.claim.notes} />
                    </li>
                  ))}
                </ol>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
