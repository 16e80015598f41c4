import { describe, expect, it } from 'vitest';
import type { DivergencePoint, DivergenceRow } from '../../shared/schemas/index.js';
import { overviewSources } from './overviewSources.js';

const row = (name: string, points: Partial<DivergencePoint>[]) =>
  ({ metric: { name }, points }) as unknown as DivergenceRow;

describe('overview export footer', () => {
  it('lists each source of a metric with its grade, date and citation', () => {
    expect(
      overviewSources([
        row('Killed', [
          { sourceName: 'KCNA', reliability: 'F', statedOn: '2025-12-12', citationUrl: 'https://example.org/a' },
          { sourceName: 'NIS', reliability: 'B', statedOn: null, citationUrl: null },
        ]),
      ]),
    ).toEqual(['Killed: KCNA (F) 2025-12-12 example.org/a; NIS (B) undated no link']);
  });

  it('says a metric has no figures by the date instead of leaving its line bare', () => {
    expect(overviewSources([row('Deployment length', [])])).toEqual(['Deployment length: no figures by this date']);
  });
});
