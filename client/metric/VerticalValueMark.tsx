import type { ComponentProps } from 'react';
import { ValueMark } from '../ui/ValueMark';

/**
 * The comparison chart's marks stood upright for a vertical value axis: "at least" points up, "at
 * most" down, a range runs from its low end to its high end. Turning the horizontal mark a quarter
 * turn anticlockwise about its centre maps a point d pixels to its right onto d pixels above it.
 */
export function VerticalValueMark({
  lowY,
  highY,
  ...mark
}: Omit<ComponentProps<typeof ValueMark>, 'rangeStart' | 'rangeEnd'> & { lowY?: number; highY?: number }) {
  const { x, y } = mark;
  return (
    <g transform={`rotate(-90 ${x} ${y})`}>
      <ValueMark
        {...mark}
        rangeStart={lowY === undefined ? undefined : x + (y - lowY)}
        rangeEnd={highY === undefined ? undefined : x + (y - highY)}
      />
    </g>
  );
}
