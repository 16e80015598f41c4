import type { ClaimValue } from '../schemas/claim.js';
import type { FoundNumber } from './numbers.js';
import { qualifierAfter, qualifierBefore } from './qualifiers.js';

/** A figure as claimed: a number with its qualifier, or a range, with the span of its wording. */
export interface ReadFigure {
  value: ClaimValue;
  /** Offsets in the sentence of the whole wording, qualifier included ("more than 6,000"). */
  start: number;
  end: number;
}

/** What may stand between the two ends of a range: "11,000 to 12,000", "30,000-40,000", "30,000–40,000". */
const rangeGap = /^\s*(?:[-‐–—]|to)\s*$/i;
const betweenBefore = /\bbetween\s+$/i;
/** "rose from 300 to 600" is a change over time, two figures, not a range. */
const changeBefore =
  /\b(?:rose|risen|rising|increased|grew|grown|climbed|jumped|surged|soared|fell|fallen|dropped|decreased|declined|went|revised)\s+(?:\w+\s+)?from\s+$/i;

/**
 * The low end of "11 to 12,000" is shorthand for 11,000: a bare number that, multiplied by the
 * place value of the high end's leading group, still does not pass the high end.
 */
function lowEnd(low: FoundNumber, high: FoundNumber): number {
  if (low.bare && high.magnitude > 1 && low.value < 1000 && low.value * high.magnitude <= high.value) {
    return low.value * high.magnitude;
  }
  return low.value;
}

/** Pairs numbers into ranges and reads each figure's qualifier. */
export function readFigures(text: string, numbers: readonly FoundNumber[]): ReadFigure[] {
  const figures: ReadFigure[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i]!;
    const next = numbers[i + 1];
    const before = text.slice(Math.max(0, n.start - 80), n.start);

    if (n.vague) {
      figures.push({ value: { kind: 'range', ...n.vague }, start: n.start, end: n.end });
      continue;
    }

    if (next && !next.vague) {
      const gap = text.slice(n.end, next.start);
      const between = betweenBefore.exec(before);
      const isRange = between ? /^\s+and\s+$/i.test(gap) : rangeGap.test(gap) && !changeBefore.test(before);
      const low = lowEnd(n, next);
      if (isRange && low <= next.value) {
        // A qualifier before a range ("around 11 to 12,000") is part of its wording but the range says more.
        const q = between ? null : qualifierBefore(before);
        const start = between ? n.start - (before.length - between.index) : n.start - (q?.length ?? 0);
        figures.push({ value: { kind: 'range', low, high: next.value }, start, end: next.end });
        i += 1;
        continue;
      }
    }

    const q = qualifierBefore(before);
    const after = q ? null : qualifierAfter(text.slice(n.end, n.end + 20));
    figures.push({
      value: { kind: q?.kind ?? after?.kind ?? 'exact', value: n.value },
      start: n.start - (q?.length ?? 0),
      end: n.end + (after?.length ?? 0),
    });
  }
  return figures;
}
