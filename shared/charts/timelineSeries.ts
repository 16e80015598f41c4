import { isPartial } from '../analysis/claims.js';
import { isImprobable, type Claim } from '../schemas/claim.js';
import { compareStatedOn } from '../divergence.js';
import { datePeriod, type DatePeriod } from './datePeriod.js';
import {
  extremes,
  hasFigure,
  plotClaim,
  sourceLabel,
  spreadOf,
  zerosOf,
  type PlottedClaim,
  type SourceRef,
} from './plottedClaim.js';
import { timeAxis, type TimeAxis } from './timeAxis.js';
import { valueAxis, type ScaleKind, type ValueAxis } from './valueAxis.js';

export interface TimelinePoint extends PlottedClaim {
  period: DatePeriod;
  /** Where the mark sits in time: the day, or the middle of a month or year. */
  t: number;
}

/**
 * One source's figures of one coverage, oldest first, joined by a line: a source's figure for one
 * weekend joined to its figure for the whole contingent would draw a fall that never happened.
 */
export interface TimelineTrack {
  /** Unique among the tracks: a source with figures for part of the scope has a track for those. */
  key: string;
  source: SourceRef;
  partial: boolean;
  label: string;
  points: TimelinePoint[];
}

/** A claim the timeline cannot place: no date, or no figure. */
export interface OffTimelineClaim {
  claim: Claim;
  source: SourceRef;
  reason: 'undated' | 'no figure';
}

export interface Timeline {
  valueAxis: ValueAxis;
  timeAxis: TimeAxis;
  tracks: TimelineTrack[];
  offTimeline: OffTimelineClaim[];
  /** Over the figures for the whole scope or a scope not said, as in the comparison. */
  spread: number | null;
  /** The lowest and highest positive of those figures, between which the spread is measured, and those of 0. */
  lowest: TimelinePoint[];
  highest: TimelinePoint[];
  zeros: TimelinePoint[];
  /** Figures for part of the scope: drawn, and left out of the spread. */
  partial: TimelinePoint[];
}

const byGroupThenLabel = (a: TimelineTrack, b: TimelineTrack) =>
  (a.source.group ?? '\uffff').localeCompare(b.source.group ?? '\uffff') ||
  sourceLabel(a.source).localeCompare(sourceLabel(b.source)) ||
  Number(a.partial) - Number(b.partial);

/**
 * Every claim of a metric over time, one track per source and coverage, grouped so a group's tracks
 * sit together; claims graded improbable only when the comparison counts them too.
 */
export function timelineSeries(
  every: readonly Claim[],
  sourceOf: (id: number) => SourceRef,
  { scale, includeImprobable }: { scale: ScaleKind; includeImprobable: boolean },
): Timeline {
  const claims = includeImprobable ? every : every.filter((c) => !isImprobable(c));
  const placeable = claims.filter(hasFigure).filter((c) => c.statedOn !== null);
  const offTimeline: OffTimelineClaim[] = claims
    .filter((c) => !hasFigure(c) || c.statedOn === null)
    .sort((a, b) => compareStatedOn(a.statedOn, b.statedOn))
    .map((claim) => ({
      claim,
      source: sourceOf(claim.sourceId),
      reason: hasFigure(claim) ? 'undated' : 'no figure',
    }));

  const axis = valueAxis(
    placeable.map((c) => c.value),
    scale,
  );
  const byTrack = new Map<string, TimelineTrack>();
  for (const claim of placeable) {
    const period = datePeriod(claim.statedOn!);
    const source = sourceOf(claim.sourceId);
    const point = { ...plotClaim(claim, source, axis), period, t: period.mid };
    const partial = isPartial(claim);
    const key = `${claim.sourceId}${partial ? ':part' : ''}`;
    const track = byTrack.get(key);
    if (track) track.points.push(point);
    else {
      const label = partial ? `${sourceLabel(source)} (part of the scope)` : sourceLabel(source);
      byTrack.set(key, { key, source, partial, label, points: [point] });
    }
  }
  const tracks = [...byTrack.values()].sort(byGroupThenLabel);
  for (const track of tracks) track.points.sort((a, b) => a.t - b.t || a.claim.id - b.claim.id);

  const all = tracks.flatMap((t) => t.points);
  const whole = tracks.filter((t) => !t.partial).flatMap((t) => t.points);
  return {
    valueAxis: axis,
    timeAxis: timeAxis(all.map((p) => p.period)),
    tracks,
    offTimeline,
    spread: spreadOf(whole),
    ...extremes(whole),
    zeros: zerosOf(whole),
    partial: tracks.filter((t) => t.partial).flatMap((t) => t.points),
  };
}
