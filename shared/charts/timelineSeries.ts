import type { Claim } from '../schemas/claim.js';
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

/** One source's figures, oldest first, joined by a line. */
export interface TimelineTrack {
  source: SourceRef;
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
  spread: number | null;
  /** The lowest and highest positive figures, between which the spread is measured, and those of 0. */
  lowest: TimelinePoint[];
  highest: TimelinePoint[];
  zeros: TimelinePoint[];
}

const byGroupThenLabel = (a: SourceRef, b: SourceRef) =>
  (a.group ?? '\uffff').localeCompare(b.group ?? '\uffff') || sourceLabel(a).localeCompare(sourceLabel(b));

/** Every claim of a metric over time, one track per source, grouped so a group's tracks sit together. */
export function timelineSeries(
  claims: readonly Claim[],
  sourceOf: (id: number) => SourceRef,
  scale: ScaleKind,
): Timeline {
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
  const bySource = new Map<number, TimelinePoint[]>();
  for (const claim of placeable) {
    const period = datePeriod(claim.statedOn!);
    const point = { ...plotClaim(claim, sourceOf(claim.sourceId), axis), period, t: period.mid };
    bySource.set(claim.sourceId, [...(bySource.get(claim.sourceId) ?? []), point]);
  }

  const sources = [...bySource.keys()].map(sourceOf).sort(byGroupThenLabel);
  const tracks = sources.map((source) => {
    const points = bySource.get(source.id)!.sort((a, b) => a.t - b.t || a.claim.id - b.claim.id);
    return { source, label: sourceLabel(source), points };
  });

  const all = tracks.flatMap((t) => t.points);
  return {
    valueAxis: axis,
    timeAxis: timeAxis(all.map((p) => p.period)),
    tracks,
    offTimeline,
    spread: spreadOf(all),
    ...extremes(all),
    zeros: zerosOf(all),
  };
}
