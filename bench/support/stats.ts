/** The middle value (the lower middle of an even count): one slow or fast run cannot move it. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('No values to take the median of');
  return [...values].sort((a, b) => a - b)[(values.length - 1) >> 1]!;
}
