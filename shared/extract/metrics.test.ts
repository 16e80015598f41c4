import { describe, expect, it } from 'vitest';
import { categoryOf, metricCategory, suggestMetric } from './metrics.js';

const metrics = [
  { id: 1, name: 'North Korean soldiers killed', unit: 'soldiers' },
  { id: 2, name: 'North Korean casualties (killed and wounded)', unit: 'soldiers' },
  { id: 3, name: 'North Korean troops sent to Russia', unit: 'troops' },
  { id: 4, name: 'North Korean engineers and deminers in Russia', unit: 'troops' },
  { id: 5, name: 'Deployment length of the 528th Engineer Regiment', unit: 'days' },
  { id: 6, name: 'Russian soldiers killed', unit: 'soldiers' },
];

describe('categoryOf', () => {
  it.each([
    ['soldiers were killed', 'soldiers', '', 'killed'],
    ['deaths', 'deaths', '', 'killed'],
    ['members of the regiment died', 'members', '', 'killed'],
    ['soldiers have been killed or wounded', 'soldiers', '', 'casualties'],
    ['wounded', 'wounded', '', 'casualties'],
    ['casualties', 'casualties', '', 'casualties'],
    ['combat engineers have arrived', 'engineers', '', 'engineers'],
    ['sappers', 'sappers', '', 'engineers'],
    ['days', 'days', '', 'duration'],
    ['day deployment', 'day', '', 'duration'],
    ['troops', 'troops', 'North Korea sent', 'deployed'],
    ['troops', 'troops', 'losses in Kursk Oblast totaled about', 'casualties'],
    ['North Korean soldiers', 'soldiers', 'the number of casualties stands at', 'casualties'],
    ['shells', 'shells', '', null],
    [null, null, 'could be closer to', null],
  ])('%j → %s', (counted, head, context, category) => {
    expect(categoryOf(counted, head, context)).toBe(category);
  });
});

describe('metricCategory', () => {
  it('files the demo metrics by name and unit', () => {
    expect(metrics.map(metricCategory)).toEqual([
      'killed',
      'casualties',
      'deployed',
      'engineers',
      'duration',
      'killed',
    ]);
  });
});

describe('suggestMetric', () => {
  it('picks the metric of that kind that shares most words with the sentence', () => {
    expect(suggestMetric('killed', 'soldiers', 'nine North Korean soldiers were killed', metrics)).toBe(1);
    expect(suggestMetric('killed', 'soldiers', 'Russian soldiers were killed', metrics)).toBe(6);
  });

  it('needs the unit to match for durations', () => {
    expect(suggestMetric('duration', 'days', 'about 120 days', metrics)).toBe(5);
    expect(suggestMetric('duration', 'weeks', 'about 12 weeks', metrics)).toBeNull();
  });

  it('suggests nothing without a kind or a metric of that kind', () => {
    expect(suggestMetric(null, 'shells', 'shells', metrics)).toBeNull();
    expect(suggestMetric('killed', 'soldiers', 'killed', [])).toBeNull();
  });
});
