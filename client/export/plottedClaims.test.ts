// @vitest-environment jsdom
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { claim, source } from '../../shared/charts/testData.js';
import { FOOTER_NOTE_CHARS, plottedClaimsCsv, plottedClaimsProvenance, type PlottedItem } from './plottedClaims';

const nis = source(2, 'NIS', 'South Korea', 'National Intelligence Service');
const kcna = source(1, 'KCNA', 'North Korea', 'Korean Central News Agency');
const long = `Likely conflation of killed and wounded; ${Array(10).fill('the briefing was relayed twice').join(' ')}`;
const items: PlottedItem[] = [
  {
    claim: claim(2, { kind: 'approximate', value: 300 }, '2025-01-13', {
      notes: 'stale:\nrevised in September',
      citationUrl: 'https://en.yna.co.kr/view/AEN20250113',
    }),
    source: nis,
  },
  { claim: claim(2, { kind: 'approximate', value: 2000 }, '2025-09-02'), source: nis },
  { claim: claim(1, { kind: 'exact', value: 9 }, '2025-12-12', { notes: long }), source: kcna },
];

describe('the plotted claims export', () => {
  it('gives each claim’s notes whole in a column of their own, blank for a claim without', () => {
    const rows = Papa.parse<Record<string, string>>(plottedClaimsCsv(items, 'soldiers', []), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(Object.keys(rows[0]!).slice(-3)).toEqual(['citationUrl', 'notes', 'findings']);
    expect(rows.map((r) => r.notes)).toEqual(['stale:\nrevised in September', '', long]);
  });

  it('cites each claim in the footer with the start of its notes, on one line', () => {
    const { sources } = plottedClaimsProvenance(items, { title: 'Killed', subtitle: 'soldiers' }, []);
    expect(sources[0]).toBe(
      'NIS (reliability F): 2025-01-13 en.yna.co.kr/view/AEN20250113 (notes: stale: revised in September); ' +
        '2025-09-02 no link',
    );
    const cut = sources[1]!.match(/\(notes: (.*)\)$/)![1]!;
    expect(cut).toHaveLength(FOOTER_NOTE_CHARS);
    expect(cut).toBe(`${long.slice(0, FOOTER_NOTE_CHARS - 1)}…`);
  });
});
