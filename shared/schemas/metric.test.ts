import { describe, expect, it } from 'vitest';
import { MetricInput, MetricPatch } from './metric.js';

describe('MetricInput', () => {
  it('needs a name and a unit, trimmed, with topic and description optional', () => {
    expect(MetricInput.parse({ name: ' Soldiers killed ', unit: ' soldiers ' })).toEqual({
      name: 'Soldiers killed',
      unit: 'soldiers',
      topic: null,
      description: null,
    });
  });

  it.each([
    ['name', { unit: 'soldiers' }],
    ['unit', { name: 'Killed' }],
    ['unit', { name: 'Killed', unit: 'x'.repeat(51) }],
    ['name', { name: 42, unit: 'soldiers' }],
    ['topic', { name: 'Killed', unit: 'soldiers', topic: 'x'.repeat(201) }],
    ['description', { name: 'Killed', unit: 'soldiers', description: 'x'.repeat(5001) }],
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
