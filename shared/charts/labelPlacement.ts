/** A rectangle in pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelRequest<K> {
  key: K;
  /** The centre of the mark the label names. */
  x: number;
  y: number;
  /** The label's width in pixels, estimated by the caller. */
  width: number;
}

export interface PlacedLabel<K> {
  key: K;
  /** Where the text starts (`anchor: 'start'`) or ends (`'end'`), on its baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

const LINE_HEIGHT = 13;
/** Room between a mark's centre and its label. */
const GAP = 9;

/** Right of the mark first, as a line's end label reads; then left, then above or below. */
const candidates: [dx: number, dy: number, anchor: 'start' | 'end'][] = [
  [GAP, 4, 'start'],
  [-GAP, 4, 'end'],
  [GAP - 4, -GAP, 'start'],
  [GAP - 4, GAP + 8, 'start'],
  [4 - GAP, -GAP, 'end'],
  [4 - GAP, GAP + 8, 'end'],
];

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Box, b: Box) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

function boxOf(x: number, baseline: number, width: number, anchor: 'start' | 'end'): Box {
  const left = anchor === 'start' ? x : x - width;
  return { left, top: baseline - LINE_HEIGHT + 3, right: left + width, bottom: baseline + 3 };
}

/**
 * Puts each label beside its mark where it covers no other mark and no label placed before it,
 * trying a few spots in turn. A label with nowhere free is left out: the legend and the tooltip
 * still name it, and a label drawn over a figure would hide the figure.
 */
export function placeLabels<K>(
  requests: readonly LabelRequest<K>[],
  obstacles: readonly Box[],
  bounds: Box,
): PlacedLabel<K>[] {
  const taken = [...obstacles];
  const placed: PlacedLabel<K>[] = [];
  for (const r of requests) {
    for (const [dx, dy, anchor] of candidates) {
      const box = boxOf(r.x + dx, r.y + dy, r.width, anchor);
      if (!inside(box, bounds) || taken.some((t) => overlaps(box, t))) continue;
      taken.push(box);
      placed.push({ key: r.key, x: r.x + dx, y: r.y + dy, anchor });
      break;
    }
  }
  return placed;
}

/** The box a mark of the given radius covers around its centre. */
export const markBox = (x: number, y: number, radius: number): Box => ({
  left: x - radius,
  top: y - radius,
  right: x + radius,
  bottom: y + radius,
});
