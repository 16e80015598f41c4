import type { CsvColumn } from '../../../shared/dataset/csvColumns.js';
import type { Metric } from '../../../shared/schemas/index.js';
import { nameKey } from '../../storage/rows.js';
import type { ExistingNames, IssueCollector, NamedRecords, PlanChunk, Ref } from './plan.js';

/** The column of every issue and warning found here. */
export const wholeColumn: CsvColumn = 'metricPartOf';

/** A metric the file creates whose whole is named by no metric yet: a later row may create it. */
interface Awaiting {
  part: number;
  line: number;
  wholeName: string;
  partName: string;
}

/** One row's metric, and the whole its cell names, if any. */
interface RowMetric {
  line: number;
  ref: Ref;
  name: string;
  wholeName: string | undefined;
  /** Whether this row created the metric, and so gives its whole. */
  createdHere: boolean;
}

/**
 * Resolves the wholes that a claims CSV's `metricPartOf` cells name, as a metric's other cells are
 * read: from the first row that names the metric, when that row creates it. The whole is a metric of
 * the database or of the file, live, not the part itself, and not one whose own chain of wholes
 * leads back to the part. A whole may first appear further down the file, in a later chunk: the
 * part then waits for it (`metricsAwaitingWholes`), and a whole that never comes is warned of once
 * every row is read (`finish`). A metric that exists already is never changed, so a cell that names
 * another whole for it is ignored, with a warning.
 */
export function csvWholes(
  metrics: NamedRecords<Metric>,
  existing: ExistingNames,
  issues: IssueCollector,
  warnings: IssueCollector,
) {
  const keyOfId = new Map([...existing.metrics].map(([key, { id }]) => [id, key]));
  /** The name key of the whole that each created metric's first row gave, by its created index. */
  const wholeKeyOf = new Map<number, string>();
  /** Links between created metrics, part to whole, by created index: the path a loop would take. */
  const createdWhole = new Map<number, number>();
  const awaiting = new Map<string, Awaiting[]>();
  const warned = new Set<string>();
  let links: PlanChunk['metricWholes'] = [];
  let waiting: number[] = [];

  const link = (part: number, whole: Ref) => {
    links.push([part, whole]);
    if ('created' in whole) createdWhole.set(part, whole.created);
  };

  /** Whether following the wholes from `from` comes back to `part`. */
  const leadsTo = (from: number, part: number) => {
    for (let at: number | undefined = from; at !== undefined; at = createdWhole.get(at)) {
      if (at === part) return true;
    }
    return false;
  };

  /** Links a metric the row created to its whole, or says why it can't be. */
  function created(part: number, { line, name, wholeName }: RowMetric): string | undefined {
    for (const waiter of awaiting.get(nameKey(name)) ?? []) link(waiter.part, { created: part });
    awaiting.delete(nameKey(name));
    if (wholeName === undefined) return;
    wholeKeyOf.set(part, nameKey(wholeName));
    if (nameKey(wholeName) === nameKey(name)) return 'A metric cannot be part of itself';
    const whole = metrics.find(wholeName);
    if (!whole) {
      const list = awaiting.get(nameKey(wholeName)) ?? [];
      list.push({ part, line, wholeName, partName: name });
      awaiting.set(nameKey(wholeName), list);
      waiting.push(part);
      return;
    }
    if (whole.deleted) {
      return `The metric "${wholeName}" is deleted, so no live metric can be part of it: restore it first, or clear the cell`;
    }
    if ('created' in whole.ref && leadsTo(whole.ref.created, part)) {
      return `"${wholeName}" is itself part of "${name}", directly or through others`;
    }
    link(part, whole.ref);
  }

  function namedAgain({ line, ref: metric, name: metricName, wholeName }: RowMetric): void {
    if (wholeName === undefined || warned.has(nameKey(metricName))) return;
    const wholeId = 'id' in metric ? existing.metricWholes.get(metric.id) : undefined;
    const current =
      'created' in metric ? wholeKeyOf.get(metric.created) : wholeId === undefined ? undefined : keyOfId.get(wholeId);
    if (current === nameKey(wholeName)) return;
    warned.add(nameKey(metricName));
    const message =
      'created' in metric
        ? `Only the first row of "${metricName}" says what it is part of: "${wholeName}" here is ignored`
        : `"${metricName}" exists already, and an import never changes a metric: "${wholeName}" here is ignored; set what it is part of in its form`;
    warnings.add({ line }, wholeColumn, message);
  }

  return {
    /**
     * A row's metric, and the whole its cell names: the row that created the metric gives its whole,
     * and gets back the issue that refuses it, if any; on any later row the cell only warns when it
     * names another.
     */
    row(metric: RowMetric): string | undefined {
      if (metric.createdHere && 'created' in metric.ref) return created(metric.ref.created, metric);
      namedAgain(metric);
    },
    /** The links made since the last call, and the parts created meanwhile whose wholes are still to come. */
    take(): Pick<PlanChunk, 'metricWholes' | 'metricsAwaitingWholes'> {
      const taken = { metricWholes: links, metricsAwaitingWholes: waiting };
      links = [];
      waiting = [];
      return taken;
    },
    /**
     * Warns of every whole named that is no metric of the file or of the database: its part is
     * imported standing alone. A CSV holds only metrics with claims, so a whole with none yet, or one
     * a filtered export left out, is named by no row; refusing the file for it would refuse the
     * app's own export.
     */
    finish(): void {
      for (const list of awaiting.values()) {
        for (const { line, wholeName, partName } of list) {
          warnings.add(
            { line },
            wholeColumn,
            `No metric named "${wholeName}" in this file or the database, so "${partName}" is imported standing alone: create "${wholeName}" and set it in the metric's form, or import a file with a row of its claims first`,
          );
        }
      }
      awaiting.clear();
    },
  };
}
