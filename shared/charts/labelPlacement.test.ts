import { describe, expect, it } from 'vitest';
import { markBox, placeLabels } from './labelPlacement.js';

const bounds = { left: 0, top: 0, right: 500, bottom: 300 };

describe('placeLabels', () => {
  it('puts a lone label to the right of its mark', () => {
    expect(placeLabels([{ key: 'NIS', x: 100, y: 100, width: 30 }], [markBox(100, 100, 6)], bounds)).toEqual([
      { key: 'NIS', x: 109, y: 104, anchor: 'start' },
    ]);
  });

  it('moves a label left of its mark near the right edge', () => {
    const [label] = placeLabels([{ key: 'KCNA', x: 490, y: 100, width: 40 }], [markBox(490, 100, 6)], bounds);
    expect(label).toMatchObject({ anchor: 'end', x: 481 });
  });

  it('does not cover another mark', () => {
    const marks = [markBox(100, 100, 6), markBox(130, 100, 6)];
    const [label] = placeLabels([{ key: 'A', x: 100, y: 100, width: 60 }], marks, bounds);
    expect(label!.anchor).toBe('end');
  });

  it('does not cover a label placed before it', () => {
    const placed = placeLabels(
      [
        { key: 'Russian Security Council', x: 100, y: 100, width: 150 },
        { key: 'NIS', x: 140, y: 102, width: 30 },
      ],
      [markBox(100, 100, 6), markBox(140, 102, 6)],
      bounds,
    );
    expect(placed).toHaveLength(2);
    const [a, b] = placed;
    expect(a!.y === b!.y && a!.anchor === b!.anchor).toBe(false);
  });

  it('leaves out a label with nowhere free to go', () => {
    const crowd = Array.from({ length: 40 }, (_, i) =>
      markBox(100 + (i % 8) * 12 - 48, 100 + Math.floor(i / 8) * 10 - 25, 6),
    );
    expect(placeLabels([{ key: 'X', x: 100, y: 100, width: 80 }], crowd, bounds)).toEqual([]);
  });
});
