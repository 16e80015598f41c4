import type { Generated, Selectable } from 'kysely';

interface RecordColumns {
  id: Generated<number>;
  version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface SourcesTable extends RecordColumns {
  name: string;
  /** Lower-cased name: names are unique whatever their case. */
  name_key: string;
  short_name: string | null;
  /** The other names it goes by, a JSON list of text; their keys are in name_keys. */
  aliases: Generated<string>;
  kind: string;
  country: string | null;
  group_label: string | null;
  reliability: string;
  /** 1 for a party to the conflict, 0 for a third party (the default). */
  party: Generated<number>;
  url: string | null;
  notes: string | null;
}

export interface MetricsTable extends RecordColumns {
  name: string;
  name_key: string;
  /** The other names it goes by, a JSON list of text; their keys are in name_keys. */
  aliases: Generated<string>;
  unit: string;
  topic: string | null;
  description: string | null;
  /** The share "about X" reaches either side of X on this metric; null for the default. */
  tolerance: number | null;
  /** The metric this one counts part of; null when it stands alone. */
  part_of_metric_id: number | null;
}

export interface ClaimsTable extends RecordColumns {
  metric_id: number;
  source_id: number;
  value_kind: string;
  /** The figure of exact, approximate, at_least and at_most claims. */
  value: number | null;
  value_low: number | null;
  value_high: number | null;
  scope: string | null;
  /** 'whole' or 'part' of what the metric counts; null when not known. */
  coverage: string | null;
  stated_on: string | null;
  via: string | null;
  reported_by: string | null;
  citation_url: string | null;
  quote: string | null;
  credibility: number;
  repeats_claim_id: number | null;
  notes: string | null;
}

export interface RevisionsTable {
  id: Generated<number>;
  entity_type: string;
  entity_id: number;
  action: string;
  version: number;
  snapshot: string;
  created_at: string;
  /** Who made the change; null for the demo seed and changes made before sign-in existed. */
  user_id: number | null;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  display_name: string;
  role: string;
  password_hash: string;
  created_at: string;
  updated_at: string;
  disabled_at: string | null;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface LoginFailuresTable {
  key: string;
  failures: number;
  window_started_at: string;
}

/**
 * Every name a source or metric goes by, its own and its aliases, by `nameKey`: a key belongs to
 * one record of its kind at most. A merged record's names belong to the record it was merged into.
 */
export interface NameKeysTable {
  entity_type: 'source' | 'metric';
  name_key: string;
  record_id: number;
}

/** A merge of one source (or metric) into another, kept so that it can be undone exactly. */
export interface MergesTable {
  id: Generated<number>;
  entity_type: 'source' | 'metric';
  merged_id: number;
  into_id: number;
  /** The merged record's version once merged: undoing needs it to be as the merge left it. */
  merged_version: number;
  /** JSON list of the ids of the claims moved. */
  moved_claim_ids: string;
  /** JSON list of the names the record merged into was given. */
  added_aliases: string;
  created_at: string;
  undone_at: string | null;
}

/** A pair of sources dismissed as not one, lower id first. */
export interface DismissedDuplicatesTable {
  entity_type: 'source';
  low_id: number;
  high_id: number;
  created_at: string;
}

/** Kept by triggers on claims (see its migration); never written by the server itself. */
export interface SourceClaimCountsTable {
  source_id: number;
  live_claims: number;
}

/** One row a group of sources, named as in sources.group_label; a group keeps its colour once given. */
export interface GroupColoursTable {
  group_label: string;
  colour: string;
}

export interface Database {
  sources: SourcesTable;
  metrics: MetricsTable;
  claims: ClaimsTable;
  revisions: RevisionsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  source_claim_counts: SourceClaimCountsTable;
  group_colours: GroupColoursTable;
  name_keys: NameKeysTable;
  merges: MergesTable;
  dismissed_duplicates: DismissedDuplicatesTable;
}

export type RecordTable = 'sources' | 'metrics' | 'claims';
export type SourceRow = Selectable<SourcesTable>;
export type MetricRow = Selectable<MetricsTable>;
export type ClaimRow = Selectable<ClaimsTable>;
export type RevisionRow = Selectable<RevisionsTable>;
export type UserRow = Selectable<UsersTable>;
