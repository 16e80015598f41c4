import { extractCandidates } from '../shared/extract/index.js';
import { holdoutSet } from '../tests/fixtures/extraction-holdout.js';
import { labelledSet } from '../tests/fixtures/extraction-set.js';
import { score } from '../tests/fixtures/extractionScore.js';
import type { Bench } from './support/bench.js';
import { median } from './support/stats.js';
import { figure, milliseconds, printTable } from './support/table.js';

/**
 * "Paste an article, get its claims": precision and recall of shared/extract on the labelled set
 * (tests/fixtures/extraction-set.ts). A candidate is correct when its value and the head word of
 * what it counts match an expected one. The labelled set was written alongside the rules, so its
 * figures guard against regressions (its known gaps are counted like the rest); the held-out set
 * (tests/fixtures/extraction-holdout.ts) was labelled before the rules ever read it and is the
 * fairer estimate for unseen text. Then the time to read 200,000 characters, the most a request may send.
 */
export const extractionBench: Bench = {
  name: 'Claim extraction: precision and recall on the labelled set, time for 200,000 characters',
  run,
};

const percent = (x: number) => `${figure(x * 100, 1)} %`;

async function run(): Promise<void> {
  const sets = [
    { name: 'labelled set (asserted by the tests)', result: score(labelledSet) },
    { name: 'held-out set (never tuned against)', result: score(holdoutSet) },
  ];
  printTable(
    ['set', 'cases', 'expected', 'proposed', 'correct', 'precision', 'recall', 'source right', 'date right'],
    sets.map(({ name, result: r }) => [
      name,
      String(r.cases),
      String(r.expected),
      String(r.proposed),
      String(r.correct),
      percent(r.precision),
      percent(r.recall),
      `${r.sourceRight}/${r.correct}`,
      `${r.dateRight}/${r.correct}`,
    ]),
  );
  console.log('(source and date are counted among the correct candidates)');
  for (const c of labelledSet.filter((c) => c.knownGap)) console.log(`Known gap: ${c.covers} — ${c.knownGap}`);

  const sentence =
    'The NIS said on Friday that some 1,200 soldiers had been killed, and between 3,000 and 4,000 wounded, while KCNA admitted nine deaths. ';
  const text = sentence.repeat(Math.ceil(200_000 / sentence.length)).slice(0, 200_000);
  const options = { publishedOn: '2025-12-13', sources: [], metrics: [] };
  extractCandidates(text, options); // warm-up
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    found = extractCandidates(text, options).total;
    times.push(performance.now() - started);
  }
  console.log();
  printTable(
    ['200,000 characters of news prose', 'candidates', 'median', 'slowest'],
    [['5 runs after a warm-up', figure(found), milliseconds(median(times)), milliseconds(Math.max(...times))]],
  );
}
