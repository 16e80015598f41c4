import { DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import { bandRuns, type BandSegment } from '../../shared/charts/estimateBand.js';
import type { ValueAxis } from '../../shared/charts/valueAxis.js';
import type { ValueRange } from '../../shared/schemas/index.js';
import { useChartInk } from '../ui/colours';

/** How a stretch of no consensus is drawn, on the chart and in its key. */
export const gapLook = (ink: ReturnType<typeof useChartInk>) => ({
  fill: ink('muted'),
  fillOpacity: 0.1,
  stroke: ink('muted'),
  strokeOpacity: 0.5,
  strokeDasharray: '2 3',
});

/** Narrower than this, a gap's label would run over the next; the legend names it instead. */
const MIN_LABELLED_GAP = 84;

/**
 * The estimate over time behind the timeline's marks: where there was a best figure, its middle
 * nine-tenths and half as shaded steps and the figure as a dashed step line; where the credible
 * figures could not all be right, no line but a grey gap across the plot, labelled when it has room.
 */
export function EstimateBand({ segments, axis }: { segments: readonly BandSegment[]; axis: ValueAxis }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const ink = useChartInk();
  if (!xScale || !yScale || !plot) return null;
  // A log axis's 0 lane is for figures of 0, which no estimate is: the band stops at its break.
  const lowest = axis.zeroLane?.edge ?? axis.domain[0];
  const y = (n: number) => yScale(Math.min(axis.domain[1], Math.max(lowest, n))) ?? 0;
  const x = (t: number) => xScale(t) ?? 0;
  const runs = bandRuns(segments);

  const area = (run: readonly BandSegment[], range: (s: BandSegment) => ValueRange) => {
    const top = run.flatMap((s) => [`${x(s.from)},${y(range(s).high)}`, `${x(s.to)},${y(range(s).high)}`]);
    const bottom = [...run]
      .reverse()
      .flatMap((s) => [`${x(s.to)},${y(range(s).low)}`, `${x(s.from)},${y(range(s).low)}`]);
    return `M${[...top, ...bottom].join('L')}Z`;
  };
  const line = (run: readonly BandSegment[]) =>
    `M${run.flatMap((s) => [`${x(s.from)},${y(s.step.best!.median)}`, `${x(s.to)},${y(s.step.best!.median)}`]).join('L')}`;

  return (
    <ZIndexLayer zIndex={DefaultZIndexes.area}>
      <g className="estimate-band">
        {runs.noConsensus.map((run) => {
          const [from, to] = [x(run[0]!.from), x(run.at(-1)!.to)];
          return (
            <g key={`gap-${run[0]!.from}`} className="estimate-gap">
              <rect x={from} y={plot.y} width={to - from} height={plot.height} {...gapLook(ink)} />
              {to - from >= MIN_LABELLED_GAP && (
                <text x={(from + to) / 2} y={plot.y + 14} textAnchor="middle" fontSize={11} fill={ink('tick')}>
                  no consensus
                </text>
              )}
            </g>
          );
        })}
        {runs.best.map((run) => (
          <g key={`best-${run[0]!.from}`}>
            <path d={area(run, (s) => s.step.best!.interval90)} fill={ink('estimate')} fillOpacity={0.1} />
            <path d={area(run, (s) => s.step.best!.interval50)} fill={ink('estimate')} fillOpacity={0.18} />
            <path d={line(run)} fill="none" stroke={ink('estimate')} strokeWidth={2} strokeDasharray="5 3" />
          </g>
        ))}
      </g>
    </ZIndexLayer>
  );
}
