import { dashPatterns } from '../ui/colours';

/** Sources of one group share a colour, so each gets its own dash along its line. */
export const trackDash = (styleIndex: number): string => dashPatterns[styleIndex % dashPatterns.length]!;
