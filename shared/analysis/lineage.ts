import { byDate, type AnalysedClaim } from './claims.js';
import { originsOf } from './origins.js';

/** One origin and the claims that repeat it, directly or through other repeats, oldest first. */
export interface Lineage<C extends AnalysedClaim> {
  originId: number;
  /** The claim the chain starts from, unless it is not among the claims given (deleted, or another metric's). */
  origin: C | undefined;
  repeats: C[];
}

/**
 * Which claims repeat which, as the metric page draws it: how many reports there are, from how
 * many independent origins, and for each origin that was repeated, the chain of its echoes.
 */
export function lineagesOf<C extends AnalysedClaim>(
  claims: readonly C[],
): { reports: number; origins: number; lineages: Lineage<C>[] } {
  const origins = originsOf(claims);
  const byId = new Map(claims.map((c) => [c.id, c]));
  const repeatsOf = new Map<number, C[]>();
  for (const claim of [...claims].sort(byDate)) {
    const origin = origins.get(claim.id)!;
    if (origin === claim.id) continue;
    repeatsOf.set(origin, [...(repeatsOf.get(origin) ?? []), claim]);
  }
  const lineages = [...repeatsOf].map(([originId, repeats]) => ({ originId, origin: byId.get(originId), repeats }));
  return { reports: claims.length, origins: new Set(origins.values()).size, lineages };
}
