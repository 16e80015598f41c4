import { describe, expect, it } from 'vitest';
import { MetricInput, MetricPatch } from './metric.js';

describe('MetricInput', () => {
  it('needs a name and a unit, trimmed, with aliases, topic, description, tolerance and whole optional', () => {
    expect(MetricInput.parse({ name: ' Soldiers killed ', unit: ' soldiers ' })).toEqual({
      name: 'Soldiers killed',
      aliases: [],
      unit: 'soldiers',
      topic: null,
      description: null,
      tolerance: null,
      partOfMetricId: null,
    });
  });

  it.each([0, 0.05, 0.5])('keeps a tolerance of %j', (tolerance) => {
    expect(MetricInput.parse({ name: 'Killed', unit: 'soldiers', tolerance }).tolerance).toBe(tolerance);
  });

  it.each([
    ['name', { unit: 'soldiers' }],
    ['unit', { name: 'Killed' }],
    ['unit', { name: 'Killed', unit: 'x'.repeat(51) }],
    ['name', { name: 42, unit: 'soldiers' }],
    ['topic', { name: 'Killed', unit: 'soldiers', topic: 'x'.repeat(201) }],
    ['description', { name: 'Killed', unit: 'soldiers', description: 'x'.repeat(5001) }],
    ['tolerance', { name: 'Killed', unit: 'soldiers', tolerance: 0.51 }],
    ['tolerance', { name: 'Killed', unit: 'soldiers', tolerance: -0.01 }],
    ['tolerance', { name: 'Killed', unit: 'soldiers', tolerance: '0.1' }],
    ['partOfMetricId', { name: 'Killed', unit: 'soldiers', partOfMetricId: 0 }],
    ['partOfMetricId', { name: 'Killed', unit: 'soldiers', partOfMetricId: 'casualties' }],
  ])('refuses a bad %s: %j', (path, input) => {
    expect(MetricInput.safeParse(input).error?.issues[0]?.path).toEqual([path]);
  });

  it('refuses unknown fields', () => {
    expect(MetricInput.safeParse({ name: 'Killed', unit: 'soldiers', scale: 'log' }).success).toBe(false);
  });
});

describe('MetricPatch', () => {
  it('carries only what it changes, and still validates it', () => {
    expect(MetricPatch.parse({ version: 1, unit: ' troops ' })).toEqual({ version: 1, unit: 'troops' });
    expect(MetricPatch.safeParse({ version: 1, name: '' }).error?.issues[0]?.path).toEqual(['name']);
  });
});
