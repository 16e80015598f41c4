import { DAY_MS } from '../charts/datePeriod.js';
import { periodOf, type AnalysedClaim, type Dated } from './claims.js';

/** One source's claims, oldest first, with what a search by date needs of each. */
interface SourceLine<C extends AnalysedClaim> {
  claims: Dated<C>[];
  /** Where each claim is in the whole history, which decides the order sources are listed in. */
  places: number[];
  starts: number[];
  /** The latest end of any claim up to each one: a year-long "2025" ends after "2025-03-04" does. */
  endsSoFar: number[];
}

/** The first index whose value is more than `limit` in ascending `values`. */
function firstAbove(values: readonly number[], limit: number): number {
  let [low, high] = [0, values.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! <= limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first index whose value is at least `limit` in ascending `values`. */
function firstAtLeast(values: readonly number[], limit: number): number {
  let [low, high] = [0, values.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The claims near a date, source by source, found by binary search rather than by reading every
 * claim of the metric for each figure compared: on a metric of thousands of claims the rules that
 * look at "the same months" asked for millions of date comparisons.
 *
 * `history` must be sorted by date. Near means `daysApart` of at most the days given; dates sort
 * by their start, so the claims that start too late are a suffix of each source's line, and those
 * that end too early can be told from the latest end so far.
 */
export function timeIndex<C extends AnalysedClaim>(history: readonly Dated<C>[]) {
  const lines = new Map<number, SourceLine<C>>();
  history.forEach((claim, place) => {
    const { start, end } = periodOf(claim.statedOn);
    let line = lines.get(claim.sourceId);
    if (!line) lines.set(claim.sourceId, (line = { claims: [], places: [], starts: [], endsSoFar: [] }));
    line.claims.push(claim);
    line.places.push(place);
    line.starts.push(start);
    line.endsSoFar.push(Math.max(end, line.endsSoFar.at(-1) ?? end));
  });

  /** The first and one past the last index of a line that can be near, and the earliest end allowed. */
  function bounds(line: SourceLine<C>, statedOn: string, days: number) {
    const { start, end } = periodOf(statedOn);
    const earliestEnd = start - days * DAY_MS;
    // Ends are exclusive: a period that ends on the day another starts is 0 days from it.
    return {
      first: firstAtLeast(line.endsSoFar, earliestEnd),
      past: firstAbove(line.starts, end + days * DAY_MS),
      earliestEnd,
    };
  }

  const endOf = (claim: Dated<C>) => periodOf(claim.statedOn).end;

  return {
    /** One source's claims within `days` of a date, oldest first. */
    ofSourceNear(sourceId: number, statedOn: string, days: number): Dated<C>[] {
      const line = lines.get(sourceId);
      if (!line) return [];
      const { first, past, earliestEnd } = bounds(line, statedOn, days);
      return line.claims.slice(first, past).filter((c) => endOf(c) >= earliestEnd);
    },

    /** Every claim within `days` of a date, in the history's order. */
    allNear(statedOn: string, days: number): Dated<C>[] {
      const found: { claim: Dated<C>; place: number }[] = [];
      for (const line of lines.values()) {
        const { first, past, earliestEnd } = bounds(line, statedOn, days);
        for (let i = first; i < past; i++)
          if (endOf(line.claims[i]!) >= earliestEnd) found.push({ claim: line.claims[i]!, place: line.places[i]! });
      }
      return found.sort((a, b) => a.place - b.place).map((f) => f.claim);
    },

    /**
     * Each source's latest claim within `days` of a date, the sources in the order their first
     * claim in that window comes in the history.
     */
    latestNear(statedOn: string, days: number): Dated<C>[] {
      const found: { claim: Dated<C>; firstPlace: number }[] = [];
      for (const line of lines.values()) {
        const { first, past, earliestEnd } = bounds(line, statedOn, days);
        let last = past - 1;
        while (last >= first && endOf(line.claims[last]!) < earliestEnd) last--;
        if (last >= first) found.push({ claim: line.claims[last]!, firstPlace: line.places[first]! });
      }
      return found.sort((a, b) => a.firstPlace - b.firstPlace).map((f) => f.claim);
    },
  };
}

export type TimeIndex<C extends AnalysedClaim> = ReturnType<typeof timeIndex<C>>;
