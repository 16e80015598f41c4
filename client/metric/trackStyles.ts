import type { TimelineTrack } from '../../shared/charts/timelineSeries.js';
import type { GroupColour } from '../ui/colours';

/** Told apart in print and by readers who cannot tell the colours apart; the first is a solid line. */
const dashPatterns = ['', '6 3', '2 3', '8 3 2 3', '1 2', '12 4', '8 3 2 3 2 3', '3 6'] as const;

/** Past the named patterns, dash lengths grow one by one, so that no two lines of a colour look alike. */
const dashPattern = (n: number): string => dashPatterns[n] ?? `${n - dashPatterns.length + 2} 2 1 2`;

export interface TrackStyle {
  colour: string;
  dash: string;
}

/**
 * Each timeline line's look: its group's colour, and a dash no earlier line of that colour has.
 * Counting by colour rather than by group keeps lines apart when groups must share a colour.
 */
export function trackStyles(tracks: readonly TimelineTrack[], colourOf: GroupColour): Map<string, TrackStyle> {
  const linesOfColour = new Map<string, number>();
  return new Map(
    tracks.map((track) => {
      const colour = colourOf(track.source.group);
      const n = linesOfColour.get(colour) ?? 0;
      linesOfColour.set(colour, n + 1);
      return [track.key, { colour, dash: dashPattern(n) }];
    }),
  );
}
