import { describe, expect, it } from 'vitest';
import type { PlanChunk, PlannedClaim } from './plan.js';
import { planChunkFromJson, planChunkToJson } from './planChunkJson.js';

const claim = (value: PlannedClaim['fields']['value'], more: Partial<PlannedClaim> = {}): PlannedClaim => ({
  fields: {
    value,
    scope: 'whole contingent',
    coverage: 'part',
    statedOn: '2025-12',
    via: null,
    reportedBy: 'Wire "service"',
    citationUrl: 'https://example.org/a?b=1',
    quote: 'More than 6,000 — é 中',
    credibility: 2,
    notes: null,
  },
  source: { id: 7 },
  metric: { created: 0 },
  repeats: null,
  deleted: false,
  ...more,
});

describe('plan chunks as JSON', () => {
  it('read back as they were written, for every kind of value and reference', () => {
    const chunk: PlanChunk = {
      rows: 7,
      sources: [],
      metrics: [
        {
          fields: {
            name: 'Killed',
            aliases: [],
            unit: 'people',
            topic: null,
            description: null,
            tolerance: 0.05,
            partOfMetricId: null,
          },
          deleted: false,
        },
      ],
      metricWholes: [[0, { id: 4 }]],
      metricsAwaitingWholes: [2],
      claims: [
        claim({ kind: 'exact', value: 0.1 + 0.2 }),
        claim({ kind: 'approximate', value: 14_000 }, { source: { created: 3 }, metric: { id: 1 } }),
        claim({ kind: 'at_least', value: 6000 }, { repeats: 4 }),
        claim({ kind: 'at_most', value: 8000 }, { deleted: true }),
        claim({ kind: 'range', low: 11_000, high: 12_000 }),
        claim({ kind: 'statement' }, { source: { created: 0 } }),
      ],
      issues: {
        listed: [{ path: 'lines.3.value', message: 'Must be a number', field: 'value', line: 3 }],
        count: 1,
        rows: 1,
      },
      warnings: {
        listed: [{ path: 'lines.5.metricPartOf', message: 'Ignored', field: 'metricPartOf', line: 5 }],
        count: 1,
        rows: 1,
      },
    };
    const json = planChunkToJson(chunk);
    expect(planChunkFromJson(json)).toEqual(chunk);
    expect(json).not.toContain('"citationUrl"');
  });
});
