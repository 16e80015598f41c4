import type { Finding } from '../schemas/finding.js';
import { formatStatedOn } from '../charts/datePeriod.js';
import { pointOf } from '../divergence.js';
import type { ClaimValue } from '../schemas/claim.js';
import {
  byDate,
  claimPhrase,
  figurePhrase,
  isPartial,
  possessive,
  type AnalysedClaim,
  type Dated,
  type Namer,
} from './claims.js';
import { sameFigure, sameFigureReach, sameStatedFigure } from './tolerance.js';

/** A figure that repeats one its source had revised by then, and the revision. */
export interface Supersession<C extends AnalysedClaim> {
  claim: Dated<C>;
  earlier: Dated<C>;
  revision: Dated<C>;
}

/**
 * Finds whether a claim gives a figure that another claim had given earlier and whose source had
 * revised it by the time the claim was made: "at least 600" in November, when the source of the 600
 * had said about 2,000 in September. The newest such earlier figure is the one named. `history` is
 * sorted by date; each answer is kept, and each look-up walks back from the claim's place only to the
 * first earlier claim of the same figure, so that a metric of thousands of claims stays quick.
 */
const firstNumber = (value: ClaimValue) =>
  value.kind === 'statement' ? null : value.kind === 'range' ? value.low : value.value;

/** How far apart two figures are, as a share of the larger. */
function apart(a: ClaimValue, b: ClaimValue): number {
  const [x, y] = [pointOf(a) ?? 0, pointOf(b) ?? 0];
  return x === y ? 0 : Math.abs(x - y) / Math.max(x, y);
}

/**
 * Whether `claim` repeats `earlier` rather than agreeing with `revision`: "about 11,000" is within
 * a tenth of an old "about 10,000", but closer still to the "11,000–12,000" that replaced it.
 */
function closerTo<C extends AnalysedClaim>(claim: C, earlier: C, revision: C, tolerance: number): boolean {
  return (
    !sameFigure(revision.value, claim.value, tolerance) &&
    apart(claim.value, earlier.value) < apart(claim.value, revision.value)
  );
}

/** Where a claim is in a history sorted by date, by binary search: the searches are few, the claims many. */
function placeIn<C extends AnalysedClaim>(history: readonly C[], claim: C): number {
  let [low, high] = [0, history.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (byDate(history[mid]!, claim) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function supersessionFinder<C extends AnalysedClaim>(history: readonly Dated<C>[], tolerance: number) {
  // A figure for part of the scope revises no whole-scope figure, nor the other way round.
  const lane = (c: AnalysedClaim) => c.sourceId * 2 + Number(isPartial(c));
  const placesByLane = new Map<number, number[]>();
  const figures: number[] = [];
  history.forEach((c, i) => {
    const n = firstNumber(c.value);
    if (n === null) return;
    figures.push(i);
    const places = placesByLane.get(lane(c));
    if (places) places.push(i);
    else placesByLane.set(lane(c), [i]);
  });
  // Places by the first number each claim states, for finding the claims that may give the same
  // figure without walking the whole history before each claim.
  const numbers = history.map((c) => firstNumber(c.value) ?? 0);
  const byFigure = figures.sort((a, b) => numbers[a]! - numbers[b]!);
  /**
   * The latest place before `end` that passes `test`, of claims whose first number is within a
   * tenth of `n`: found in one pass in the order of their figures, with no list of them sorted by
   * place, since the estimate over time searches for every claim of a metric, not only the latest.
   */
  function latestNear(n: number, end: number, test: (place: number) => boolean): number | undefined {
    let [low, high] = [0, byFigure.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (numbers[byFigure[mid]!]! < n * (1 - sameFigureReach)) low = mid + 1;
      else high = mid;
    }
    let latest: number | undefined;
    for (let k = low; k < byFigure.length && numbers[byFigure[k]!]! * (1 - sameFigureReach) <= n; k++) {
      const place = byFigure[k]!;
      if (place < end && (latest === undefined || place > latest) && test(place)) latest = place;
    }
    return latest;
  }
  /** The last figure before `end` in one lane: a source's, for the whole scope or for part of it. */
  function lastInLane(key: number, end: number): Dated<C> | undefined {
    const places = placesByLane.get(key) ?? [];
    let [low, high] = [0, places.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (places[mid]! < end) low = mid + 1;
      else high = mid;
    }
    return low > 0 ? history[places[low - 1]!] : undefined;
  }
  /**
   * Whether, when `claim` was made, another source's figure of the time agreed with it, other than
   * by repeating the revised figure too: then it may be that estimate, not the revised one, that it
   * gives. On a metric of hundreds of claims some earlier figure nearly always matches by chance,
   * and naming it would be a warning on every claim.
   */
  function agreesWithCurrent(claim: Dated<C>, stale: Dated<C>, end: number): boolean {
    for (const key of placesByLane.keys()) {
      if (key === lane(claim) || key % 2 !== Number(isPartial(claim))) continue;
      const current = lastInLane(key, end);
      if (
        current &&
        current.repeatsClaimId === null &&
        !sameStatedFigure(current.value, stale.value) &&
        sameFigure(current.value, claim.value, tolerance)
      )
        return true;
    }
    return false;
  }
  const found = new Map<number, Supersession<C> | null>();

  function search(claim: Dated<C>): Supersession<C> | null {
    const end = placeIn(history, claim);
    const n = firstNumber(claim.value);
    if (n === null) return null;
    // The newest earlier claim of the same figure whose source had revised it since, if any.
    const place = latestNear(n, end, (i) => {
      const earlier = history[i]!;
      if (isPartial(earlier) !== isPartial(claim) || !sameStatedFigure(earlier.value, claim.value)) return false;
      const revision = lastInLane(lane(earlier), end);
      return revision !== undefined && byDate(revision, earlier) > 0 && closerTo(claim, earlier, revision, tolerance);
    });
    if (place === undefined) return null;
    const earlier = history[place]!;
    const revision = lastInLane(lane(earlier), end)!;
    return agreesWithCurrent(claim, earlier, end) ? null : { claim, earlier, revision };
  }

  return (claim: Dated<C>): Supersession<C> | null => {
    if (!found.has(claim.id)) found.set(claim.id, search(claim));
    return found.get(claim.id)!;
  };
}

export function supersededFinding<C extends AnalysedClaim>(
  { claim, earlier, revision }: Supersession<C>,
  names: Namer,
): Finding {
  const own = earlier.sourceId === claim.sourceId;
  const whose = own ? 'its own' : possessive(names.source(earlier.sourceId));
  const reviser = own ? 'it' : names.source(earlier.sourceId);
  return {
    kind: 'superseded',
    severity: 'warning',
    claimIds: [claim.id, earlier.id, revision.id],
    sourceIds: [...new Set([claim.sourceId, earlier.sourceId])],
    message:
      `${claimPhrase(claim, names)} matches ${whose} figure of ${formatStatedOn(earlier.statedOn)}, ` +
      `which ${reviser} had since revised: ${figurePhrase(revision, names)} on ${formatStatedOn(revision.statedOn)}.`,
  };
}
