import type { Finding } from '../schemas/finding.js';
import { formatStatedOn } from '../charts/datePeriod.js';
import { byDate, claimPhrase, figurePhrase, possessive, type AnalysedClaim, type Dated, type Namer } from './claims.js';
import { sameFigure } from './tolerance.js';

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
export function supersessionFinder<C extends AnalysedClaim>(history: readonly Dated<C>[], tolerance: number) {
  const place = new Map(history.map((c, i) => [c.id, i]));
  const placesBySource = new Map<number, number[]>();
  history.forEach((c, i) => {
    if (c.value.kind !== 'statement') placesBySource.set(c.sourceId, [...(placesBySource.get(c.sourceId) ?? []), i]);
  });
  /** The source's last figure placed before `end`. */
  function lastFigureBefore(sourceId: number, end: number): Dated<C> | undefined {
    const places = placesBySource.get(sourceId) ?? [];
    let [low, high] = [0, places.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (places[mid]! < end) low = mid + 1;
      else high = mid;
    }
    return low > 0 ? history[places[low - 1]!] : undefined;
  }
  const found = new Map<number, Supersession<C> | null>();

  function search(claim: Dated<C>): Supersession<C> | null {
    const end = place.get(claim.id)!;
    for (let i = end - 1; i >= 0; i--) {
      const earlier = history[i]!;
      if (!sameFigure(earlier.value, claim.value, tolerance)) continue;
      const revision = lastFigureBefore(earlier.sourceId, end);
      if (revision && byDate(revision, earlier) > 0 && !sameFigure(revision.value, claim.value, tolerance))
        return { claim, earlier, revision };
    }
    return null;
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
