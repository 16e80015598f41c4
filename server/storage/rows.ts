import { confusablesMap } from 'confusables';
import type { AnalysedClaim } from '../../shared/analysis/claims.js';
import { cellsToFigure, figureToCells, type FigureCell } from '../../shared/fields/figureCells.js';
import type { Claim, Metric, Source, ValueKind } from '../../shared/schemas/index.js';
import type { JsonSql } from './dialect.js';
import type { ClaimRow, ClaimsTable, MetricRow, SourceRow } from './tables.js';

/** Column names stop here: everything above the storage module sees domain objects only. */

type Meta = 'id' | 'version' | 'created_at' | 'updated_at' | 'deleted_at';
export type Fields<T> = Omit<T, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

/**
 * Sources and metrics are unique by name whatever its case, however Unicode encodes it, and
 * whatever hides in it or only looks like its letters: this is the key their unique index holds.
 * NFKC makes a composed é and an e with a combining accent one; upper- then lower-casing folds what
 * lower-casing alone keeps apart ("Straße" and "STRASSE", a final and a medial sigma). Invisible
 * format characters (zero-width spaces, direction overrides) are dropped, and every letter outside
 * ASCII that Unicode lists as confusable with another becomes that one, so that "KCNA" written with
 * a Cyrillic К, or with a zero-width space inside, is the KCNA already there. ASCII is left as it
 * is: "N1S" and "NIS" are two spellings an analyst can see apart.
 */
export function nameKey(name: string): string {
  const folded = name.normalize('NFKC').replace(invisible, '').toUpperCase().toLowerCase();
  if (!nonAscii.test(folded)) return folded;
  let key = '';
  for (const character of folded) key += character > '\x7f' ? (confusablesMap.get(character) ?? character) : character;
  return key.toLowerCase();
}

const invisible = /\p{Cf}/gu;
// eslint-disable-next-line no-control-regex
const nonAscii = /[^\x00-\x7f]/;

/** Every name a source or metric goes by: its own, then its aliases. */
export const namesOf = (record: { name: string; aliases: readonly string[] }): string[] => [
  record.name,
  ...record.aliases,
];

const aliasesOf = (column: string): string[] => JSON.parse(column) as string[];

/**
 * A domain object as SQLite builds it in JSON, from a row: each key in toDomain's order, with the
 * SQL it reads. Revision snapshots of records imported into SQLite are built this way, without a
 * round trip through JavaScript (PostgreSQL's are built from toDomain, see bulkInsert.ts); a test
 * holds each equal to its toDomain.
 */
export type SnapshotSql = (json: JsonSql) => SnapshotFields;
type SnapshotFields = [key: string, expression: string][];

const metaSnapshot: SnapshotFields = [
  ['id', 'id'],
  ['version', 'version'],
  ['createdAt', 'created_at'],
  ['updatedAt', 'updated_at'],
  ['deletedAt', 'deleted_at'],
];

/*
 * Each toDomain writes the record's id, version and timestamps out rather than spreading them from a
 * shared helper: V8 builds an object that starts with a spread and goes on with more fields some
 * fifty times slower, which a list or export of 100,000 claims feels.
 */

export const sourceRows = {
  toDomain: (row: SourceRow): Source => ({
    id: row.id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    name: row.name,
    shortName: row.short_name,
    aliases: aliasesOf(row.aliases),
    kind: row.kind as Source['kind'],
    country: row.country,
    group: row.group_label,
    reliability: row.reliability as Source['reliability'],
    party: row.party === 1,
    url: row.url,
    notes: row.notes,
  }),
  toRow: (s: Fields<Source>): Omit<SourceRow, Meta> => ({
    name: s.name,
    name_key: nameKey(s.name),
    short_name: s.shortName,
    aliases: JSON.stringify(s.aliases),
    kind: s.kind,
    country: s.country,
    group_label: s.group,
    reliability: s.reliability,
    party: s.party ? 1 : 0,
    url: s.url,
    notes: s.notes,
  }),
  snapshot: (json: JsonSql): SnapshotFields => [
    ...metaSnapshot,
    ['name', 'name'],
    ['shortName', 'short_name'],
    ['aliases', json.list('aliases')],
    ['kind', 'kind'],
    ['country', 'country'],
    ['group', 'group_label'],
    ['reliability', 'reliability'],
    ['party', json.boolean('party')],
    ['url', 'url'],
    ['notes', 'notes'],
  ],
};

export const metricRows = {
  toDomain: (row: MetricRow): Metric => ({
    id: row.id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    name: row.name,
    aliases: aliasesOf(row.aliases),
    unit: row.unit,
    topic: row.topic,
    description: row.description,
    tolerance: row.tolerance,
    partOfMetricId: row.part_of_metric_id,
  }),
  toRow: (m: Fields<Metric>): Omit<MetricRow, Meta> => ({
    name: m.name,
    name_key: nameKey(m.name),
    aliases: JSON.stringify(m.aliases),
    unit: m.unit,
    topic: m.topic,
    description: m.description,
    tolerance: m.tolerance,
    part_of_metric_id: m.partOfMetricId,
  }),
  snapshot: (json: JsonSql): SnapshotFields => [
    ...metaSnapshot,
    ['name', 'name'],
    ['aliases', json.list('aliases')],
    ['unit', 'unit'],
    ['topic', 'topic'],
    ['description', 'description'],
    ['tolerance', 'tolerance'],
    ['partOfMetricId', 'part_of_metric_id'],
  ],
};

/** Where a figure's cells are stored. */
const figureColumns = { value: 'value', low: 'value_low', high: 'value_high' } as const satisfies Record<
  FigureCell,
  keyof ClaimRow
>;

type FigureRow = Pick<ClaimRow, 'value_kind' | 'value' | 'value_low' | 'value_high'>;

// Stored by figureToCells: a kind's cells hold its numbers.
const figureOf = (row: FigureRow) =>
  cellsToFigure(row.value_kind as ValueKind, (cell) => row[figureColumns[cell]] ?? 0);

/** The columns the findings read of a claim: not its quote, citation or notes, which may run long. */
export const analysedClaimColumns = [
  'id',
  'source_id',
  'value_kind',
  'value',
  'value_low',
  'value_high',
  'stated_on',
  'scope',
  'coverage',
  'via',
  'reported_by',
  'repeats_claim_id',
] as const satisfies readonly (keyof ClaimRow)[];

export const analysedClaimOf = (row: Pick<ClaimRow, (typeof analysedClaimColumns)[number]>): AnalysedClaim => ({
  id: row.id,
  sourceId: row.source_id,
  value: figureOf(row),
  statedOn: row.stated_on,
  scope: row.scope,
  coverage: row.coverage as Claim['coverage'],
  via: row.via,
  reportedBy: row.reported_by,
  repeatsClaimId: row.repeats_claim_id,
});

/** What an overview point gives of a claim beyond what the findings read, for it to be checked by. */
export type ClaimCitation = Pick<Claim, 'credibility' | 'quote' | 'citationUrl'>;

export const claimCitationColumns = [
  'id',
  'credibility',
  'quote',
  'citation_url',
] as const satisfies readonly (keyof ClaimRow)[];

export const claimCitationOf = (row: Pick<ClaimRow, (typeof claimCitationColumns)[number]>): ClaimCitation => ({
  credibility: row.credibility,
  quote: row.quote,
  citationUrl: row.citation_url,
});

export const claimRows = {
  toDomain: (row: ClaimRow): Claim => ({
    id: row.id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    metricId: row.metric_id,
    sourceId: row.source_id,
    value: figureOf(row),
    scope: row.scope,
    coverage: row.coverage as Claim['coverage'],
    statedOn: row.stated_on,
    via: row.via,
    reportedBy: row.reported_by,
    citationUrl: row.citation_url,
    quote: row.quote,
    credibility: row.credibility,
    repeatsClaimId: row.repeats_claim_id,
    notes: row.notes,
  }),
  toRow: (c: Fields<Claim>): Omit<ClaimsTable, Meta> => {
    const figure = figureToCells(c.value, (n) => n, null);
    return {
      metric_id: c.metricId,
      source_id: c.sourceId,
      value_kind: figure.kind,
      value: figure.value,
      value_low: figure.low,
      value_high: figure.high,
      scope: c.scope,
      coverage: c.coverage,
      stated_on: c.statedOn,
      via: c.via,
      reported_by: c.reportedBy,
      citation_url: c.citationUrl,
      quote: c.quote,
      credibility: c.credibility,
      repeats_claim_id: c.repeatsClaimId,
      notes: c.notes,
    };
  },
  snapshot: ({ object: jsonObject }: JsonSql): SnapshotFields => [
    ...metaSnapshot,
    ['metricId', 'metric_id'],
    ['sourceId', 'source_id'],
    [
      'value',
      `case value_kind when 'statement' then ${jsonObject}('kind', value_kind)
        when 'range' then ${jsonObject}('kind', value_kind, 'low', value_low, 'high', value_high)
        else ${jsonObject}('kind', value_kind, 'value', value) end`,
    ],
    ['scope', 'scope'],
    ['coverage', 'coverage'],
    ['statedOn', 'stated_on'],
    ['via', 'via'],
    ['reportedBy', 'reported_by'],
    ['citationUrl', 'citation_url'],
    ['quote', 'quote'],
    ['credibility', 'credibility'],
    ['repeatsClaimId', 'repeats_claim_id'],
    ['notes', 'notes'],
  ],
};

/** A record's own fields, without id, version and timestamps. */
export function fieldsOf<
  T extends { id: number; version: number; createdAt: string; updatedAt: string; deletedAt: string | null },
>(record: T): Fields<T> {
  const {
    id: _id,
    version: _version,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    deletedAt: _deletedAt,
    ...fields
  } = record;
  return fields;
}
