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
 * Whether `claim` gives a figure that another claim had given earlier and whose source had revised
 * it by the time `claim` was made: "at least 600" in November, when the source of the 600 had
 * said about 2,000 in September. The newest such earlier figure is the one named.
 */
export function supersessionOf<C extends AnalysedClaim>(
  claim: Dated<C>,
  history: readonly Dated<C>[],
  tolerance: number,
): Supersession<C> | null {
  const before = history.filter((c) => c.id !== claim.id && byDate(c, claim) < 0).sort(byDate);
  for (let i = before.length - 1; i >= 0; i--) {
    const earlier = before[i]!;
    if (!sameFigure(earlier.value, claim.value, tolerance)) continue;
    const revision = before.findLast((c) => c.sourceId === earlier.sourceId && c.value.kind !== 'statement');
    if (revision && byDate(revision, earlier) > 0 && !sameFigure(revision.value, claim.value, tolerance))
      return { claim, earlier, revision };
  }
  return null;
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
