import { DAY_MS } from './datePeriod.js';
import { labelsFit } from './tickLabels.js';

export interface TimeAxis {
  domain: [number, number];
  /** First days of months (UTC), evenly spaced. */
  ticks: number[];
  /** Ticks a year or more apart are labelled by year alone. */
  tickFormat: 'month' | 'year';
}

const MAX_TICKS = 8;
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120] as const;
/** Claims on one day or in one week still get a readable stretch of calendar around them. */
const MIN_SPAN = 60 * DAY_MS;

function monthStarts(from: number, to: number, step: number): number[] {
  const first = new Date(from);
  let index = first.getUTCFullYear() * 12 + first.getUTCMonth();
  index += (step - (index % step)) % step;
  const ticks: number[] = [];
  for (let t = Date.UTC(Math.floor(index / 12), index % 12, 1); t <= to;) {
    if (t >= from) ticks.push(t);
    index += step;
    t = Date.UTC(Math.floor(index / 12), index % 12, 1);
  }
  return ticks;
}

/** A calendar axis covering every period, with month or year ticks that do not crowd. */
export function timeAxis(periods: readonly { start: number; end: number }[]): TimeAxis {
  const first = periods.length ? Math.min(...periods.map((p) => p.start)) : Date.UTC(2000, 0, 1);
  const last = periods.length ? Math.max(...periods.map((p) => p.end)) : first;
  const widen = Math.max(0, MIN_SPAN - (last - first)) / 2;
  const pad = Math.max(last - first, MIN_SPAN) * 0.03;
  const domain: [number, number] = [first - widen - pad, last + widen + pad];
  return { domain, ...timeTicksThatFit(domain) };
}

/** Month steps from the finest listed, then whole years, doubling, until one tick is left. */
function* monthSteps([from, to]: [number, number]): Generator<number> {
  yield* MONTH_STEPS;
  // Spans past the longest listed step (decades of claims) get whole years per tick.
  for (let years = Math.ceil((to - from) / (365 * DAY_MS * (MAX_TICKS - 1))); ; years *= 2) yield 12 * years;
}

/**
 * The finest evenly spaced month or year ticks over `domain`, no more than eight, whose labels an
 * axis `length` pixels long, if given, can hold without running together: a phone-wide timeline,
 * and the image exported from it, gets fewer ticks rather than "Jan 2025Mar 2025".
 */
export function timeTicksThatFit(domain: [number, number], length?: number): Pick<TimeAxis, 'ticks' | 'tickFormat'> {
  for (const step of monthSteps(domain)) {
    const ticks = monthStarts(domain[0], domain[1], step);
    const tickFormat = step >= 12 ? 'year' : 'month';
    const labelled = (room: number) =>
      ticks.map((t) => ({
        at: ((t - domain[0]) / (domain[1] - domain[0])) * room,
        label: formatTimeTick(t, tickFormat),
      }));
    const roomy = length === undefined || labelsFit(labelled(length));
    if (ticks.length <= 1 || (ticks.length <= MAX_TICKS && roomy)) return { ticks, tickFormat };
  }
  throw new Error('unreachable: month steps grow until one tick is left');
}

const monthTick = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatTimeTick(t: number, format: TimeAxis['tickFormat']): string {
  return format === 'year' ? String(new Date(t).getUTCFullYear()) : monthTick.format(t);
}
