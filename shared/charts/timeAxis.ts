import { DAY_MS } from './datePeriod.js';

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
  const fits = (step: number) => monthStarts(domain[0], domain[1], step).length <= MAX_TICKS;
  // Spans past the longest listed step (decades of claims) get whole years per tick.
  const step = MONTH_STEPS.find(fits) ?? 12 * Math.ceil((domain[1] - domain[0]) / (365 * DAY_MS * (MAX_TICKS - 1)));
  return { domain, ticks: monthStarts(domain[0], domain[1], step), tickFormat: step >= 12 ? 'year' : 'month' };
}

const monthTick = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatTimeTick(t: number, format: TimeAxis['tickFormat']): string {
  return format === 'year' ? String(new Date(t).getUTCFullYear()) : monthTick.format(t);
}
