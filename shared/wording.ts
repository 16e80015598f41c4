import type { ClaimValue } from './schemas/claim.js';

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export const formatNumber = (n: number): string => numberFormat.format(n);

/** A count with its noun, as a person writes it: "1 row", "5,000 rows". */
/** A yes-or-no field's value, as a form's checkbox asks it. */
export const yesOrNo = (answer: boolean): string => (answer ? 'Yes' : 'No');

export const countOf = (n: number, one: string, many: string): string =>
  n === 1 ? `1 ${one}` : `${formatNumber(n)} ${many}`;

/** The text, or as much of its start as fits in `max` characters with an ellipsis. */
export function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never half of a character written as two UTF-16 units.
  return `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/** "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A claim's figure in words that keep its qualifier, e.g. "more than 6,000". */
export function describeValue(value: ClaimValue, unit?: string): string {
  const suffix = unit ? ` ${unit}` : '';
  switch (value.kind) {
    case 'exact':
      return `${formatNumber(value.value)}${suffix}`;
    case 'approximate':
      return `about ${formatNumber(value.value)}${suffix}`;
    case 'at_least':
      return `at least ${formatNumber(value.value)}${suffix}`;
    case 'at_most':
      return `at most ${formatNumber(value.value)}${suffix}`;
    case 'range':
      return `${formatNumber(value.low)}–${formatNumber(value.high)}${suffix}`;
    case 'statement':
      return 'no figure given';
  }
}

/** "×667 (2.8 orders of magnitude)". */
export function describeSpread(spread: number | null): string {
  if (spread === null) return 'no figures to compare';
  const orders = Math.log10(spread);
  const factor = spread < 10 ? spread.toFixed(1).replace(/\.0$/, '') : formatNumber(Math.round(spread));
  return `×${factor} (${orders.toFixed(1)} orders of magnitude)`;
}
