import type { ClaimValue } from '../schemas/claim.js';
import { labelsFit } from './tickLabels.js';

export type ScaleKind = 'log' | 'linear';
export const scaleKinds: readonly ScaleKind[] = ['log', 'linear'];

export interface ValueAxis {
  scale: ScaleKind;
  domain: [number, number];
  ticks: number[];
  /**
   * A log scale has no place for 0, and a denial drawn on its lowest gridline would read as a
   * figure of 1 or 10. With a 0 to draw, the axis reaches below its smallest gridline to a lane of
   * its own: figures of 0 sit `at` it (the domain's low end, ticked and labelled "0"), and `edge`
   * is where the chart draws the break between the lane and the scale. Null on a linear axis.
   */
  zeroLane: { at: number; edge: number } | null;
}

/** A log scale once the largest figure is more than ten times the smallest: below that, linear reads better. */
export function defaultScale(spread: number | null): ScaleKind {
  return spread !== null && spread > 10 ? 'log' : 'linear';
}

/** Past this many decades, ticks skip decades so that labels do not collide. */
const MAX_LOG_TICKS = 10;

/**
 * The numbers an axis must reach for a claim to be drawn whole. An "at least" arrow needs room to
 * run right of its bound and an "at most" arrow room to run left, or it would read as an exact figure.
 */
function reach(value: ClaimValue, scale: ScaleKind): number[] {
  switch (value.kind) {
    case 'statement':
      return [];
    case 'range':
      return [value.low, value.high];
    case 'at_least':
      return scale === 'log' ? [value.value, value.value * 2] : [value.value];
    case 'at_most':
      return scale === 'log' ? [value.value, value.value / 2] : [value.value];
    default:
      return [value.value];
  }
}

/**
 * How far below the smallest gridline the 0 lane sits, in decades: at least enough for "0" and the
 * gridline's label to stand apart on a phone, and a share of a wide axis so that it still shows.
 */
const zeroLaneDecades = (decades: number) => Math.max(0.6, decades * 0.12);

/** Whole powers of ten around the figures, so that every tick is 1, 10, 100, 1k… */
function logAxis(numbers: number[]): ValueAxis {
  const positive = numbers.filter((n) => n > 0);
  const hasZero = positive.length < numbers.length;
  const lowExp = positive.length ? Math.floor(Math.log10(Math.min(...positive)) + 1e-9) : 0;
  let highExp = positive.length ? Math.ceil(Math.log10(Math.max(...positive)) - 1e-9) : 1;
  if (highExp === lowExp) highExp += 1;
  const decades = highExp - lowExp;
  const step = Math.ceil(decades / MAX_LOG_TICKS);
  const ticks: number[] = [];
  for (let e = lowExp; e <= highExp; e += step) {
    ticks.push(10 ** e);
    // Over one or two decades, powers of ten alone leave the reader without a scale.
    if (decades <= 2 && e < highExp) ticks.push(2 * 10 ** e, 5 * 10 ** e);
  }
  const domain: [number, number] = [10 ** lowExp, 10 ** highExp];
  if (!hasZero) return { scale: 'log', domain, ticks: ticks.map(tidy), zeroLane: null };
  const lane = zeroLaneDecades(decades);
  const at = 10 ** (lowExp - lane);
  return {
    scale: 'log',
    domain: [at, domain[1]],
    ticks: [at, ...ticks.map(tidy)],
    zeroLane: { at, edge: 10 ** (lowExp - lane / 2) },
  };
}

/** From zero, because a count's bar or dot compared against zero is what readers expect. */
function linearAxis(numbers: number[]): ValueAxis {
  const max = Math.max(0, ...numbers);
  if (max === 0) return { scale: 'linear', domain: [0, 1], ticks: [0, 1], zeroLane: null };
  // A little headroom keeps the largest dot, and any arrow from it, inside the plot.
  const step = niceStep((max * 1.08) / 5);
  const top = tidy(Math.ceil((max * 1.08) / step) * step);
  const ticks: number[] = [];
  for (let t = 0; t <= top + step / 2; t += step) ticks.push(tidy(t));
  return { scale: 'linear', domain: [0, top], ticks, zeroLane: null };
}

function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Removes floating-point dust such as 0.30000000000000004 from computed ticks. */
const tidy = (n: number) => Number(n.toPrecision(12));

export function valueAxis(values: readonly ClaimValue[], scale: ScaleKind): ValueAxis {
  const numbers = values.flatMap((v) => reach(v, scale));
  return scale === 'log' ? logAxis(numbers) : linearAxis(numbers);
}

/** A figure moved inside the axis: on a log scale, 0 into its lane. */
export function clampToAxis(n: number, axis: ValueAxis): number {
  return Math.min(axis.domain[1], Math.max(axis.domain[0], n));
}

const units = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
] as const;

/** Where a tick falls along an axis `length` pixels long. */
function tickPosition({ scale, domain: [min, max] }: ValueAxis, tick: number, length: number): number {
  const along = scale === 'log' ? Math.log10 : (n: number) => n;
  return ((along(tick) - along(min)) / (along(max) - along(min))) * length;
}

const isPowerOfTen = (n: number) => Math.abs(Math.log10(n) - Math.round(Math.log10(n))) < 1e-9;

/** Every `stride`-th tick, from the first. */
const everyNth = (ticks: readonly number[], stride: number) => ticks.filter((_, i) => i % stride === 0);

/**
 * The axis's ticks that an axis `length` pixels long can label without labels running together, so
 * that a phone-wide chart, and the image exported from it, stays legible. A log axis drops its 2s
 * and 5s first, then keeps every other power of ten, every third and so on; a linear axis keeps every
 * other step, every third... Each choice stays evenly spaced and every label stays a round number.
 */
export function ticksThatFit(axis: ValueAxis, length: number): number[] {
  const powersOfTen = axis.scale === 'log' ? axis.ticks.filter(isPowerOfTen) : axis.ticks;
  // The 0 lane's tick is never dropped: without its label, a denial would read as the smallest figure.
  const lane = axis.zeroLane ? [axis.zeroLane.at] : [];
  const candidates = [axis.ticks, ...powersOfTen.map((_, i) => [...lane, ...everyNth(powersOfTen, i + 1)])];
  const label = tickLabeller(axis);
  const fits = (ticks: number[]) =>
    labelsFit(ticks.map((tick) => ({ at: tickPosition(axis, tick, length), label: label(tick) })));
  return candidates.find(fits) ?? candidates.at(-1)!;
}

/** An axis's tick labels: its 0 lane's tick says 0, not the place on the scale the lane borrows. */
export const tickLabeller =
  (axis: ValueAxis) =>
  (n: number): string =>
    n === axis.zeroLane?.at ? '0' : formatTick(n);

/** Short tick labels: 1, 10, 100, 1k, 10k, 2.5M. */
export function formatTick(n: number): string {
  for (const [size, suffix] of units) {
    if (Math.abs(n) >= size) return `${tidy(n / size)}${suffix}`;
  }
  return String(tidy(n));
}
