import type { ClaimValue } from '../schemas/claim.js';

/** The standard normal distribution function, to within 1.5e-7 (Abramowitz and Stegun 7.1.26). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * How wide each wording's likelihood is on the log scale, from the metric's tolerance: "about X"
 * puts one standard deviation at ±tolerance, "exactly X" half that, since a count given exactly
 * can still be wrong; a bound's or a range's edge is soft over half the tolerance, so that a figure
 * just past "at least 600" is unlikely rather than impossible.
 */
export function widths(tolerance: number) {
  const about = Math.log1p(Math.max(tolerance, 0.01));
  return { about, exact: about / 2, edge: about / 2 };
}

/**
 * The log of how likely a claim's wording makes each true value, for values given as their logs:
 * a log-normal around an exact or approximate figure, a soft step for a bound, a band with soft
 * edges for a range. Null for a statement, or for a figure of 0, which no log scale can place.
 */
export function logLikelihood(value: ClaimValue, tolerance: number): ((logValue: number) => number) | null {
  const w = widths(tolerance);
  // Each term's log is taken once, not at every point of the grid it is summed on.
  const above = (limit: number) => {
    const edge = Math.log(limit);
    return (x: number) => Math.log(Math.max(normalCdf((x - edge) / w.edge), 1e-300));
  };
  const below = (limit: number) => {
    const edge = Math.log(limit);
    return (x: number) => Math.log(Math.max(normalCdf((edge - x) / w.edge), 1e-300));
  };
  const around = (figure: number, sigma: number) => {
    const centre = Math.log(figure);
    return (x: number) => -(((x - centre) / sigma) ** 2) / 2;
  };
  switch (value.kind) {
    case 'statement':
      return null;
    case 'exact':
      return value.value > 0 ? around(value.value, w.exact) : null;
    case 'approximate':
      return value.value > 0 ? around(value.value, w.about) : null;
    case 'at_least':
      return value.value > 0 ? above(value.value) : null;
    case 'at_most':
      return value.value > 0 ? below(value.value) : null;
    case 'range': {
      if (value.low <= 0) return value.high > 0 ? below(value.high) : null;
      const [low, high] = [above(value.low), below(value.high)];
      return (x) => low(x) + high(x);
    }
  }
}
