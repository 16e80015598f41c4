/** A claim as far as its origin matters: which claim, if any, it repeats. */
export interface Repeating {
  id: number;
  repeatsClaimId: number | null;
}

/**
 * Each claim's origin: the claim at the start of its chain of repeats (a repeat of a repeat goes
 * back to the first), itself for a claim that repeats none. A chain that leaves the claims given
 * ends at the last claim it names; a chain that loops ends where it would meet itself.
 */
export function originsOf(claims: readonly Repeating[]): Map<number, number> {
  // Only repeats are kept: a claim that repeats none ends a chain, as a claim not given does.
  const repeats = new Map(claims.flatMap((c) => (c.repeatsClaimId === null ? [] : [[c.id, c.repeatsClaimId]])));
  const origins = new Map<number, number>();
  for (const claim of claims) {
    if (claim.repeatsClaimId === null) {
      origins.set(claim.id, claim.id);
      continue;
    }
    const seen = new Set<number>([claim.id]);
    let origin = claim.id;
    for (
      let next: number | null = claim.repeatsClaimId;
      next !== null && !seen.has(next);
      next = repeats.get(next) ?? null
    ) {
      seen.add(next);
      origin = next;
      const known = origins.get(next);
      if (known !== undefined) {
        origin = known;
        break;
      }
    }
    origins.set(claim.id, origin);
  }
  return origins;
}
