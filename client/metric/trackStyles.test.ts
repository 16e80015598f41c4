import { describe, expect, it } from 'vitest';
import type { TimelineTrack } from '../../shared/charts/timelineSeries.js';
import { palette } from '../../shared/colours.js';
import { groupColourLookup } from '../ui/colours.js';
import { trackStyles } from './trackStyles.js';

const track = (id: number, group: string | null): TimelineTrack => ({
  key: String(id),
  source: { id, name: `Source ${id}`, shortName: null, group, reliability: 'F' },
  partial: false,
  label: `Source ${id}`,
  points: [],
});

describe('timeline line styles', () => {
  it('never draws two lines alike, however many sources share a colour', () => {
    const groups = Array.from({ length: 20 }, (_, i) => `Group ${i}`);
    const tracks = Array.from({ length: 60 }, (_, i) => track(i + 1, i % 7 === 0 ? null : groups[i % 20]!));
    // Twenty groups on fourteen colours, as the server gives them once the palette is used up.
    const given = groups.map((name, i) => ({ name, colour: palette[i % palette.length]!.light }));
    const styles = trackStyles(tracks, groupColourLookup(given, 'light'));
    const looks = [...styles.values()].map((s) => `${s.colour}|${s.dash}`);
    expect(new Set(looks).size).toBe(tracks.length);
  });

  it('starts each colour with a solid line', () => {
    const tracks = [track(1, 'Russia'), track(2, 'Russia'), track(3, 'Ukraine')];
    const given = [
      { name: 'Russia', colour: '#CC79A7' },
      { name: 'Ukraine', colour: '#BF8400' },
    ];
    const styles = trackStyles(tracks, groupColourLookup(given, 'light'));
    expect(['1', '2', '3'].map((key) => styles.get(key)!.dash)).toEqual(['', '6 3', '']);
  });
});
