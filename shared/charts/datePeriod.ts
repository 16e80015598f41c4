/** How much of a partial date is known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export type DatePrecision = 'day' | 'month' | 'year';

/** The span of time a partial date covers, in UTC milliseconds; `end` is the start of the next period. */
export interface DatePeriod {
  precision: DatePrecision;
  start: number;
  end: number;
  /** Where one mark for the whole period goes. */
  mid: number;
}

export const DAY_MS = 86_400_000;

export function datePeriod(statedOn: string): DatePeriod {
  const [y, m, d] = statedOn.split('-').map(Number) as [number, number?, number?];
  const [precision, start, end]: [DatePrecision, number, number] =
    m === undefined
      ? ['year', Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)]
      : d === undefined
        ? ['month', Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)]
        : ['day', Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1)];
  return { precision, start, end, mid: precision === 'day' ? start : (start + end) / 2 };
}

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "12 Dec 2025", "Nov 2025" or "2025": never more precise than the source was. */
export function formatStatedOn(statedOn: string | null): string {
  if (statedOn === null) return 'undated';
  const { precision, start } = datePeriod(statedOn);
  if (precision === 'year') return statedOn;
  return (precision === 'month' ? monthYear : dayMonthYear).format(start);
}

/** Whether a partial date's period overlaps the days from `from` to `to` (either may be open). */
export function periodOverlaps(statedOn: string, from: string | null, to: string | null): boolean {
  const { start, end } = datePeriod(statedOn);
  return (from === null || end > datePeriod(from).start) && (to === null || start < datePeriod(to).end);
}
