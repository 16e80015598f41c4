import type { TimelineTrack } from '../../shared/charts/timelineSeries.js';
import { valueKinds } from '../../shared/schemas/index.js';
import { valueKindLabels } from '../claims/valueKindLabels';
import { useChartInk } from '../ui/colours';
import { useGroupColour } from '../ui/groupColours';
import { GroupLegend } from '../ui/GroupLegend';
import { PeriodBracket } from './TimelineMark';
import { trackStyles } from './trackStyles';
import { VerticalValueMark } from './VerticalValueMark';

const figureKinds = valueKinds.filter((k) => k !== 'statement');

/** Which line is which source, and how the upright marks read. */
export function TimelineLegend({ tracks }: { tracks: readonly TimelineTrack[] }) {
  const styles = trackStyles(tracks, useGroupColour());
  const ink = useChartInk();
  return (
    <div className="legends">
      <GroupLegend groups={tracks.map((t) => t.source.group)} />
      <ul className="legend" aria-label="Sources">
        {tracks.map((track) => (
          <li key={track.key}>
            <svg width="30" height="12" aria-hidden="true">
              <line
                x1="1"
                x2="29"
                y1="6"
                y2="6"
                stroke={styles.get(track.key)!.colour}
                strokeWidth="2"
                strokeDasharray={styles.get(track.key)!.dash}
              />
            </svg>
            {track.label}
          </li>
        ))}
      </ul>
      <ul className="legend" aria-label="Marks">
        {figureKinds.map((kind) => (
          <li key={kind}>
            <svg width="16" height="26" aria-hidden="true">
              <VerticalValueMark
                kind={kind}
                x={8}
                y={13}
                colour={ink('label')}
                r={4.5}
                arrowLength={11}
                rangeHalfWidth={9}
              />
            </svg>
            {valueKindLabels[kind].toLowerCase()}
          </li>
        ))}
        <li>
          <svg width="30" height="14" aria-hidden="true">
            <PeriodBracket from={3} to={27} y={7} colour={ink('label')} />
          </svg>
          dated to a month or year only
        </li>
      </ul>
    </div>
  );
}
