import type { Reliability } from '../schemas/source.js';

/**
 * How much a source's grade counts, on the Admiralty scale. A source whose reliability cannot be
 * judged (F) counts as a fairly reliable one would, not as an unreliable one: not knowing is no
 * evidence against it. An unreliable source (E) still counts a little, since it is sometimes right.
 */
export const reliabilityWeights: Record<Reliability, number> = {
  A: 1,
  B: 0.85,
  C: 0.65,
  D: 0.4,
  E: 0.15,
  F: 0.65,
};

/**
 * How much a claim's credibility counts: confirmed (1) fully, improbable (5) not at all, and one
 * that cannot be judged (6) as a possibly true one (3) would, for the same reason as F above.
 */
export const credibilityWeights: ReadonlyMap<number, number> = new Map([
  [1, 1],
  [2, 0.85],
  [3, 0.65],
  [4, 0.3],
  [5, 0],
  [6, 0.65],
]);

/** A claim's weight in the estimate: its source's reliability times its own credibility. */
export const weightOf = (reliability: Reliability, credibility: number) =>
  reliabilityWeights[reliability] * (credibilityWeights.get(credibility) ?? 0);

/**
 * The grades a bound must have to set the estimate's bounds: "at least 600" from a doubtful claim
 * or an unreliable source says too little to rule every lower figure out.
 */
export const isCredibleBound = (reliability: Reliability, credibility: number) =>
  reliability !== 'E' && credibility !== 4 && credibility !== 5;
