import { sourceLabel } from '../../shared/charts/plottedClaim.js';
import type { TimelineTrack } from '../../shared/charts/timelineSeries.js';
import { valueKinds } from '../../shared/schemas/index.js';
import { listInWords } from '../../shared/wording.js';
import { valueKindLabels } from '../claims/valueKindLabels';
import { useChartInk } from '../ui/colours';
import { useGroupColour } from '../ui/groupColours';
import { GroupLegend } from '../ui/GroupLegend';
import { gapLook } from './EstimateBand';
import { PeriodBracket } from './TimelineMark';
import { trackStyles } from './trackStyles';
import { VerticalValueMark } from './VerticalValueMark';

const figureKinds = valueKinds.filter((k) => k !== 'statement');

/** How the estimate over time is drawn, keyed only when it is. */
function EstimateKey({ noConsensus }: { noConsensus: boolean }) {
  const ink = useChartInk();
  return (
    <ul className="legend" aria-label="Estimate over time">
      <li>
        <svg width="30" height="14" aria-hidden="true">
          <rect x="1" y="1" width="28" height="12" fill={ink('estimate')} fillOpacity={0.1} />
          <rect x="1" y="4" width="28" height="6" fill={ink('estimate')} fillOpacity={0.18} />
          <line x1="1" x2="29" y1="7" y2="7" stroke={ink('estimate')} strokeWidth="2" strokeDasharray="5 3" />
        </svg>
        estimate as it stood: best figure dashed, middle half and nine-tenths shaded
      </li>
      {noConsensus && (
        <li>
          <svg width="30" height="14" aria-hidden="true">
            <rect x="1" y="1" width="28" height="12" {...gapLook(ink)} />
          </svg>
          no consensus: no best figure
        </li>
      )}
    </ul>
  );
}

/**
 * Which line is which source, and how the upright marks read. Each source's entry is a toggle that
 * leaves the source out of the estimate, and the band with it, or puts it back.
 */
export function TimelineLegend({
  tracks,
  leftOut,
  onToggle,
  band,
}: {
  tracks: readonly TimelineTrack[];
  /** The sources the estimate is asked to leave out. */
  leftOut: readonly number[];
  onToggle(sourceId: number): void;
  /** What the band behind the timeline shows, when one is drawn. */
  band: { noConsensus: boolean } | null;
}) {
  const styles = trackStyles(tracks, useGroupColour());
  const ink = useChartInk();
  const left = new Set(leftOut);
  const leftNames = [...new Set(tracks.filter((t) => left.has(t.source.id)).map((t) => sourceLabel(t.source)))];
  // Only what is drawn is keyed: five shapes and a bracket for two exact, fully dated figures taught nothing.
  const points = tracks.flatMap((t) => t.points);
  const used = new Set(points.map((p) => p.claim.value.kind));
  const bracketed = points.some((p) => p.period.precision !== 'day');
  return (
    <div className="legends">
      <GroupLegend groups={tracks.map((t) => t.source.group)} />
      <ul className="legend" aria-label="Sources">
        {tracks.map((track) => (
          <li key={track.key}>
            <button
              type="button"
              className="legend-toggle"
              aria-pressed={left.has(track.source.id)}
              aria-label={`${track.label}: leave out of the estimate`}
              onClick={() => onToggle(track.source.id)}
            >
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
              {left.has(track.source.id) && <span className="legend-left-out"> (left out of the estimate)</span>}
            </button>
          </li>
        ))}
      </ul>
      <p className="legend-note" role="status">
        {leftNames.length > 0
          ? `Left out of the estimate: ${listInWords(leftNames)}. Press an entry again to put its source back.`
          : 'Press a source to see the estimate without it.'}
      </p>
      {band && <EstimateKey noConsensus={band.noConsensus} />}
      <ul className="legend" aria-label="Marks">
        {figureKinds
          .filter((kind) => used.has(kind))
          .map((kind) => (
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
        {bracketed && (
          <li>
            <svg width="30" height="14" aria-hidden="true">
              <PeriodBracket from={3} to={27} y={7} colour={ink('label')} />
            </svg>
            dated to a month or year only
          </li>
        )}
      </ul>
    </div>
  );
}
