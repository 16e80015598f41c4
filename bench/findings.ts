import { findingKinds } from '../shared/schemas/index.js';
import { findingsSet } from '../tests/fixtures/findings-set.js';
import { scoreFindings } from '../tests/fixtures/findingsScore.js';
import type { Bench } from './support/bench.js';
import { figure, printTable } from './support/table.js';

/**
 * Issue 17: how often the findings are right on the labelled set (tests/fixtures/findings-set.ts),
 * kind by kind. Precision is the share of findings raised that the case expects; recall the share
 * of expected findings raised. The set was written alongside the rules, so these guard against
 * regressions rather than promise as much on unseen data.
 */
export const findingsBench: Bench = {
  name: `Findings: precision and recall on the labelled set of ${findingsSet.length} comparisons`,
  run,
};

const share = (part: number, whole: number) => (whole === 0 ? '–' : `${figure((part / whole) * 100, 1)} %`);

async function run(): Promise<void> {
  const perKind = scoreFindings(findingsSet);
  const rows = findingKinds.map((kind) => ({ kind, ...(perKind.get(kind) ?? { correct: 0, wrong: 0, missed: 0 }) }));
  const all = rows.reduce(
    (a, r) => ({ correct: a.correct + r.correct, wrong: a.wrong + r.wrong, missed: a.missed + r.missed }),
    {
      correct: 0,
      wrong: 0,
      missed: 0,
    },
  );
  printTable(
    ['finding', 'expected', 'raised', 'correct', 'precision', 'recall'],
    [...rows, { kind: 'all kinds', ...all }].map((r) => [
      r.kind,
      String(r.correct + r.missed),
      String(r.correct + r.wrong),
      String(r.correct),
      share(r.correct, r.correct + r.wrong),
      share(r.correct, r.correct + r.missed),
    ]),
  );
}
