import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ClaimInput, MetricInput, SourceInput } from '../../shared/schemas/index.js';
import type { Db } from '../storage/database.js';
import { recordStore, type RecordOf } from '../storage/records.js';
import { lockForSeeding } from '../storage/dialect.js';
import { earlierSnapshots } from '../storage/revisions.js';
import { nameKey } from '../storage/rows.js';
import type { ChangeFeed } from './changes.js';
import type { Services } from './index.js';

/** The demo file's own shape: records refer to each other by keys that hold for this file only. */
const DemoDataset = z.object({
  sources: z.array(SourceInput.extend({ key: z.string() })),
  /** `partOf` is the key of the metric this one counts part of. */
  metrics: z.array(
    MetricInput.omit({ partOfMetricId: true }).extend({ key: z.string(), partOf: z.string().optional() }),
  ),
  claims: z.array(
    ClaimInput.omit({ metricId: true, sourceId: true }).extend({
      metric: z.string(),
      source: z.string(),
      datePrecision: z.string().optional(),
    }),
  ),
});

const demoFile = new URL('../seed/kursk-claims.json', import.meta.url);

function loadDemoDataset() {
  return DemoDataset.parse(JSON.parse(readFileSync(demoFile, 'utf8')));
}

const claimIdentity = (c: { metricId: number; sourceId: number; statedOn: string | null; quote: string | null }) =>
  JSON.stringify([c.metricId, c.sourceId, c.statedOn, c.quote]);

/**
 * Every record of a kind as it is and as it ever was, oldest first. A demo record that the analyst
 * has since renamed, corrected or moved is still the demo's: finding it by its past too keeps the
 * seed from adding it a second time.
 */
async function everyState<E extends 'source' | 'metric' | 'claim'>(tx: Db, entity: E): Promise<RecordOf<E>[]> {
  const [earlier, current] = await Promise.all([
    earlierSnapshots(tx, entity),
    recordStore(tx, entity).list({ includeDeleted: true }),
  ]);
  return [...earlier, ...current];
}

/** Ids by the names their records go or once went by; a name in use today wins over a past one. */
async function idsByName(tx: Db, entity: 'source' | 'metric'): Promise<Map<string, number>> {
  return new Map((await everyState(tx, entity)).map((r) => [nameKey(r.name), r.id]));
}

/**
 * Loads the demo dataset in one transaction. Sources and metrics are matched by name and claims by
 * metric, source, date and quote, today's or past ones, so running it again adds only what is
 * missing and never brings back, or adds again, what the analyst deleted or changed.
 */
export async function seedDemoData(
  db: Db,
  feed: ChangeFeed,
  services: Services,
  opts: { onlyIntoEmpty?: boolean } = {},
): Promise<{ created: number }> {
  const data = loadDemoDataset();
  const created = await feed.transaction(db, async (tx, changes) => {
    // Instances starting together must seed once: the lock makes the emptiness check and the load one step.
    await lockForSeeding(tx);
    if (opts.onlyIntoEmpty && !(await recordStore(tx, 'source').isEmpty())) return 0;
    const sourceIds = new Map<string, number>();
    const existingSources = await idsByName(tx, 'source');
    for (const { key, ...source } of data.sources) {
      const id = existingSources.get(nameKey(source.name)) ?? (await services.sources.createIn(tx, source, changes)).id;
      sourceIds.set(key, id);
    }
    const metricIds = new Map<string, number>();
    const existingMetrics = await idsByName(tx, 'metric');
    const metricsByKey = new Map(data.metrics.map((m) => [m.key, m]));
    // A whole is created before its parts, which name it; the file may list them in any order.
    const metricId = async (key: string): Promise<number> => {
      const known = metricIds.get(key);
      if (known !== undefined) return known;
      const { key: _key, partOf, ...metric } = metricsByKey.get(key)!;
      const id =
        existingMetrics.get(nameKey(metric.name)) ??
        (
          await services.metrics.createIn(
            tx,
            { ...metric, partOfMetricId: partOf === undefined ? null : await metricId(partOf) },
            changes,
          )
        ).id;
      metricIds.set(key, id);
      return id;
    };
    for (const { key } of data.metrics) await metricId(key);
    const existingClaims = new Set((await everyState(tx, 'claim')).map(claimIdentity));
    for (const { metric, source, datePrecision: _precision, ...claim } of data.claims) {
      const fields = { ...claim, metricId: metricIds.get(metric)!, sourceId: sourceIds.get(source)! };
      if (existingClaims.has(claimIdentity(fields))) continue;
      await services.claims.createIn(tx, fields, changes);
    }
    return changes.length;
  });
  return { created };
}
