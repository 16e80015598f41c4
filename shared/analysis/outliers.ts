import type { Finding } from '../schemas/finding.js';
import { intervalOf, pointOf } from '../divergence.js';
import { formatNumber, listInWords } from '../wording.js';
import { claimPhrase, type AnalysedClaim, type Dated, type Namer } from './claims.js';
import type { TimeIndex } from './timeIndex.js';

/**
 * Figures are measured against those of the same months: counts of losses or troops grow over a
 * war, so a figure from half a year earlier is no yardstick, while a quarter either side still
 * finds the other estimates made around one event.
 */
export const outlierWindowDays = 91;

/**
 * How many times larger (or smaller) than every other figure of those months a figure must be to
 * stand out. Estimates of one count by different governments differ by two or three times in the
 * demo data and in public reporting generally (1,100 against 3,000 casualties in one week); beyond
 * three times every other, a typing error or a different count is the likelier reading.
 */
export const outlierRatio = 3;

/** A lone yardstick is another opinion, not a consensus: at least this many other origins. */
export const outlierMinOthers = 2;

/**
 * A figure far from every figure of the other independent origins of the same months: each other
 * source's latest of `yardsticks` within the window counts once, unless it is superseded, since a
 * figure its own source had revised is no measure of anything.
 */
export function outlierFinding<C extends AnalysedClaim>(
  claim: Dated<C>,
  yardsticks: TimeIndex<C>,
  isSuperseded: (claim: Dated<C>) => boolean,
  names: Namer,
): Finding | null {
  const interval = intervalOf(claim.value);
  if (interval === null) return null;
  const near = yardsticks
    .latestNear(claim.statedOn, outlierWindowDays)
    .filter((c) => c.sourceId !== claim.sourceId)
    .flatMap((c) => {
      const p = pointOf(c.value);
      return p === null ? [] : [{ claim: c, point: p }];
    });
  // Whether a yardstick is superseded is asked only of the highest and lowest, until one counts:
  // they alone decide whether the figure stands out, and asking it of every yardstick was most of
  // the overview's time on a metric of fifty sources.
  const counts = (o: (typeof near)[number]) => !isSuperseded(o.claim);
  const byPoint = [...near].sort((a, b) => a.point - b.point);
  const highest = byPoint.findLastIndex(counts);
  const lowest = byPoint.findIndex(counts);
  if (highest === -1) return null;
  const [least, most] = [byPoint[lowest]!.point, byPoint[highest]!.point];
  // A bound is far only on the side it bounds: "at least 600" agrees with any figure above it.
  const above = interval.low > outlierRatio * most;
  const below = interval.high !== null && interval.high * outlierRatio < least;
  if (!above && !below) return null;
  const others = near.filter(counts);
  if (others.length < outlierMinOthers) return null;
  const ratio = above ? interval.low / most : interval.high === 0 ? null : least / interval.high!;
  const times = ratio === null ? 'far' : `${formatNumber(Math.round(ratio * 10) / 10)} times`;
  return {
    kind: 'outlier',
    severity: 'warning',
    claimIds: [claim.id, ...others.map((o) => o.claim.id)],
    sourceIds: [claim.sourceId, ...others.map((o) => o.claim.sourceId)],
    message:
      `${claimPhrase(claim, names)} is ${times} ${above ? 'above' : 'below'} every other figure within ` +
      `${outlierWindowDays} days: ${listInWords(others.map((o) => claimPhrase(o.claim, names)))}. ` +
      'It may be an error, or count something else.',
  };
}
