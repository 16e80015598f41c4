import { isoDay } from '../../shared/schemas/index.js';

/** Today in the analyst's own calendar, which is the day they mean by "as of today". */
export function today(): string {
  const d = new Date();
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** The day a metric page compares as of: its address's `asOf`, or today when that is missing or mangled. */
export const asOfFrom = (param: string | null): string =>
  param !== null && isoDay.safeParse(param).success ? param : today();
