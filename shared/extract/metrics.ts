import { singular } from './tokens.js';

/** The kinds of count the matcher knows how to tell apart, in the order they are tried. */
export type Category = 'casualties' | 'killed' | 'engineers' | 'duration' | 'deployed';

/**
 * Keywords for each kind, as they appear in what a figure counts and in metric names. Casualties
 * come first because "killed or wounded" is a casualty count, not a death toll; wounded alone is
 * filed with casualties too, the nearest metric a dataset usually has.
 */
const keywords: Record<Category, RegExp> = {
  casualties: /\b(?:casualt(?:y|ies)|wounded|injured|injuries|losses)\b/i,
  killed: /\b(?:killed|died|dead|deaths?|fallen|fatalities|perished|lost\s+their\s+lives|slain)\b/i,
  engineers: /\b(?:engineers?|engineering|sappers?|deminers?|demining|mine[-\s]clear\w*)\b/i,
  duration: /\b(?:days?|weeks?|months?|length|duration)\b/i,
  deployed:
    /\b(?:troops|soldiers|forces|personnel|servicemen|reinforcements|fighters|contingent|sent|deployed|dispatched|arrived|transported)\b/i,
};
const order: Category[] = ['casualties', 'killed', 'engineers', 'duration', 'deployed'];
const durationUnits = new Set(['day', 'week', 'month', 'year', 'hour']);

/**
 * What kind of count a figure is, from what it counts (`counted`, `head`) and, when that names only
 * people ("6,000 troops"), the rest of its clause ("losses … totaled about 6,000 troops, killed or
 * injured"; "the number of casualties stands at 47-hundred soldiers").
 */
export function categoryOf(counted: string | null, head: string | null, context: string): Category | null {
  if (head && durationUnits.has(singular(head))) return 'duration';
  const text = counted ?? '';
  for (const c of ['casualties', 'killed', 'engineers'] as const) if (keywords[c].test(text)) return c;
  if (!keywords.deployed.test(text)) return null;
  for (const c of ['casualties', 'killed'] as const) if (keywords[c].test(context)) return c;
  return 'deployed';
}

export interface MetricLike {
  id: number;
  name: string;
  unit: string;
}

/** A metric's kind, from its name (and its unit, for durations). */
export function metricCategory(metric: MetricLike): Category | null {
  if (durationUnits.has(singular(metric.unit))) return 'duration';
  return order.find((c) => keywords[c].test(metric.name)) ?? null;
}

const stopWords = new Set('the and of in to for from with by on at as its their'.split(' '));
const contentWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !stopWords.has(w))
    .map(singular);

/**
 * The metric of the figure's kind whose name shares most words with the sentence (so "North Korean
 * soldiers killed" wins over "Russian soldiers killed" for a sentence about North Koreans); a
 * duration also needs the metric's unit to be what is counted. Ties go to the first listed.
 */
export function suggestMetric(
  category: Category | null,
  head: string | null,
  sentence: string,
  metrics: readonly MetricLike[],
): number | null {
  if (!category) return null;
  const words = new Set(contentWords(sentence));
  let best: { id: number; score: number } | null = null;
  for (const metric of metrics) {
    if (metricCategory(metric) !== category) continue;
    if (category === 'duration' && (!head || singular(metric.unit) !== singular(head))) continue;
    const score = contentWords(metric.name).filter((w) => words.has(w)).length;
    if (!best || score > best.score) best = { id: metric.id, score };
  }
  return best?.id ?? null;
}
