/**
 * Width of a character of a 12px tick label, erring wide (digits and "M" are the widest glyphs a
 * tick uses), so that labels judged to fit do fit in whichever sans-serif the browser picks.
 */
const CHAR_WIDTH = 7.5;
/** Room between two labels, so that they read as two. */
const GAP = 10;

/**
 * Whether centred tick labels at these pixel positions, in order, leave each other room. Only
 * neighbours are compared: with positions in order, labels further apart cannot meet unless
 * neighbours do.
 */
export function labelsFit(ticks: readonly { at: number; label: string }[]): boolean {
  return ticks.every(
    (tick, i) =>
      i === 0 ||
      tick.at - ticks[i - 1]!.at >= ((tick.label.length + ticks[i - 1]!.label.length) * CHAR_WIDTH) / 2 + GAP,
  );
}
