import type { Router } from 'express';
import { maxDuplicatePairs } from '../../shared/duplicates.js';
import { z } from 'zod';
import { DatasetFile } from '../../shared/dataset/datasetFile.js';
import {
  DryRunReport,
  ExportQuery,
  ImportProblem,
  ImportQuery,
  ImportSummary,
  maxImportRows,
  maxListedImportErrors,
} from '../../shared/dataset/transfer.js';
import {
  Claim,
  ClaimBatch,
  ClaimInput,
  ClaimListQuery,
  ClaimPage,
  ClaimPatch,
  Comparison,
  ComparisonQuery,
  EstimateAnswer,
  EstimateHistory,
  EstimateQuery,
  DivergenceList,
  DivergenceQuery,
  DismissDuplicate,
  DuplicateQuery,
  ExtractRequest,
  ExtractResult,
  idText,
  LoginInput,
  maxExtractCandidates,
  MergeInput,
  Metric,
  MetricMerge,
  MetricInput,
  MetricPatch,
  pageLimit,
  PossibleDuplicate,
  PasswordChange,
  queryBoolean,
  Revision,
  Source,
  SourceGroup,
  SourceMerge,
  SourceInput,
  SourcePatch,
  SourceWithCount,
  UnmergeInput,
  User,
  UserInput,
  UserPatch,
  UserWithLock,
  VersionQuery,
} from '../../shared/schemas/index.js';
import type { Services } from '../services/index.js';
import type { DatabaseKind } from '../storage/dialect.js';
import { itemsOf, json, noContent, route, type ApiRoute } from './apiRoute.js';
import { docsPage } from './docsPage.js';
import { getActivity } from './handlers/activity.js';
import { changePassword, login, logout, me } from './handlers/auth.js';
import { listClaims, saveClaimBatch } from './handlers/claims.js';
import { getComparison, getDivergence, getEstimate, getEstimateHistory } from './handlers/comparison.js';
import { exportDataset, importBody, importDataset } from './handlers/dataset.js';
import { streamEvents } from './handlers/events.js';
import { extractClaims } from './handlers/extract.js';
import { listGroups } from './handlers/groups.js';
import { duplicatesHandlers } from './handlers/duplicates.js';
import { mergeHandlers } from './handlers/merge.js';
import { listRecords, recordHandlers } from './handlers/records.js';
import { usersHandlers } from './handlers/users.js';
import { openApiDocument } from './openapi.js';
import { routerFor } from './router.js';

export interface ApiSettings {
  databaseKind: DatabaseKind;
  publicRead: boolean;
  sessionHours: number;
}

const ById = z.object({ id: idText });
const ListQuery = z.strictObject({ includeDeleted: queryBoolean });
const ActivityQuery = z.strictObject({ userId: idText.optional(), limit: pageLimit });
const Health = z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) });
const SignedIn = z.object({ user: User });
const text = z.string();

const listedErrors = maxListedImportErrors.toLocaleString('en-US');
const importRows = maxImportRows.toLocaleString('en-US');
/** A dataset travels as the claims CSV or the JSON file, described in the README. */
const datasetContent = { 'text/csv': text, 'application/json': DatasetFile };
const busyComparing = 'Too many comparisons are being read at once; Retry-After says when to ask again';

/**
 * The six routes every record kind shares besides its list: sources, metrics and claims speak the
 * same REST dialect. Sources and metrics are `named`, each by a name no other of its kind has, and
 * claims refer to them.
 */
function recordRoutes<T extends { id: number }, Fields, Patch>(
  { plural, singular, named }: { plural: string; singular: string; named: boolean },
  handlers: ReturnType<typeof recordHandlers<T, Fields, Patch>>,
  schemas: { input: z.ZodType<Fields>; patch: z.ZodType<Patch>; record: z.ZodType },
): ApiRoute[] {
  const base = `/${plural}`;
  const unknown = { 404: `No ${singular} with this id` };
  const stale = 'Stale version; `current` holds the record as it now stands';
  return [
    route({
      method: 'post',
      path: base,
      access: 'editor',
      summary: `Create a ${singular}`,
      inputs: { body: schemas.input },
      responses: { 201: json(schemas.record, `Created; Location names it`) },
      ...(named ? { errors: { 409: 'The name is taken' } } : {}),
      handle: handlers.create,
    }),
    route({
      method: 'get',
      path: `${base}/:id`,
      access: 'reader',
      summary: `One ${singular}`,
      inputs: { params: ById },
      responses: { 200: json(schemas.record) },
      errors: unknown,
      handle: handlers.get,
    }),
    route({
      method: 'patch',
      path: `${base}/:id`,
      access: 'editor',
      summary: `Change a ${singular}'s fields; carries the version last seen`,
      inputs: { params: ById, body: schemas.patch },
      responses: { 200: json(schemas.record) },
      errors: { ...unknown, 409: `${stale}; or the record is deleted${named ? ', or the name is taken' : ''}` },
      handle: handlers.update,
    }),
    route({
      method: 'delete',
      path: `${base}/:id`,
      access: 'editor',
      summary: `Delete a ${singular}, softly; may carry the version last seen`,
      inputs: { params: ById, query: VersionQuery },
      responses: { 200: json(schemas.record, 'Deleted') },
      errors: { ...unknown, 409: named ? `${stale}; or claims still refer to it` : stale },
      handle: handlers.remove,
    }),
    route({
      method: 'post',
      path: `${base}/:id/restore`,
      access: 'editor',
      summary: `Undo a ${singular}'s delete; may carry the version last seen`,
      inputs: { params: ById, query: VersionQuery },
      responses: { 200: json(schemas.record, 'Restored') },
      errors: { ...unknown, 409: stale },
      handle: handlers.restore,
    }),
    route({
      method: 'get',
      path: `${base}/:id/history`,
      access: 'reader',
      summary: `A ${singular}'s revisions, oldest first`,
      inputs: { params: ById },
      responses: { 200: json(itemsOf(Revision)) },
      errors: unknown,
      handle: handlers.history,
    }),
  ];
}

/** Merging one source (or metric) into another, and undoing it. */
function mergeRoutes(
  { plural, singular }: { plural: string; singular: string },
  handlers: ReturnType<typeof mergeHandlers>,
  outcome: z.ZodType,
): ApiRoute[] {
  const base = `/${plural}/:id`;
  return [
    route({
      method: 'post',
      path: `${base}/merge`,
      access: 'editor',
      summary: `Merge a ${singular} into another: its claims move, each move a revision; it is deleted and its names become the other's aliases`,
      inputs: { params: ById, body: MergeInput },
      responses: { 200: json(outcome, 'Merged') },
      errors: {
        400: `Invalid input; \`into\` is this ${singular} or no ${singular}; nothing changed`,
        404: `No ${singular} with this id`,
        409: `Either version is stale (\`version\`, \`intoVersion\`; \`current\` holds that record), or either ${singular} is deleted (\`id\`, \`into\`); nothing changed`,
      },
      handle: handlers.merge,
    }),
    route({
      method: 'post',
      path: `${base}/unmerge`,
      access: 'editor',
      summary: `Undo the latest merge of a ${singular}: it is restored, the claims moved and the names given are taken back`,
      inputs: { params: ById, body: UnmergeInput },
      responses: { 200: json(outcome, 'Merge undone') },
      errors: {
        404: `No ${singular} with this id`,
        409: `Stale version; or the ${singular} is not merged, or its names have since been taken; nothing changed`,
      },
      handle: handlers.unmerge,
    }),
  ];
}

/** Every API route, under /api, in the order Express tries them. */
export function apiRouteTable(
  services: Services,
  { databaseKind, sessionHours }: ApiSettings,
  published: { document: () => unknown; page: () => string },
): ApiRoute[] {
  const users = usersHandlers(services);
  const sources = recordHandlers('/api/sources', services.sources);
  const metrics = recordHandlers('/api/metrics', services.metrics);
  const claims = recordHandlers('/api/claims', services.claims);
  const duplicates = duplicatesHandlers(services.sources);

  return [
    route({
      method: 'get',
      path: '/health',
      access: 'public',
      summary: 'Whether the server is up, and on which database',
      inputs: {},
      responses: { 200: json(Health) },
      handle: (_input, _req, res) => void res.json({ status: 'ok', database: databaseKind }),
    }),
    route({
      method: 'get',
      path: '/openapi.json',
      access: 'public',
      summary: 'This description, as OpenAPI 3.1',
      inputs: {},
      responses: { 200: json(z.record(z.string(), z.unknown())) },
      handle: (_input, _req, res) => void res.json(published.document()),
    }),
    route({
      method: 'get',
      path: '/docs',
      access: 'public',
      summary: 'This description, as a page to read',
      inputs: {},
      responses: { 200: { description: 'An HTML page', content: { 'text/html': text } } },
      handle: (_input, _req, res) => void res.type('html').send(published.page()),
    }),

    route({
      method: 'post',
      path: '/auth/login',
      access: 'public',
      summary: 'Sign in: sets the session cookie',
      inputs: { body: LoginInput },
      responses: { 200: json(SignedIn, 'Signed in') },
      errors: {
        401: 'Wrong email or password, or a disabled account',
        429: 'Too many wrong passwords for this account or address; Retry-After says when to try again',
      },
      handle: login(services, sessionHours),
    }),
    route({
      method: 'post',
      path: '/auth/logout',
      access: 'public',
      summary: 'Sign out: ends the session and clears its cookie',
      inputs: {},
      responses: { 204: noContent('Signed out, or was not signed in') },
      handle: logout(services),
    }),
    route({
      method: 'get',
      path: '/auth/me',
      access: 'public',
      summary: 'Who is signed in',
      inputs: {},
      responses: { 200: json(SignedIn) },
      errors: { 401: 'No session, or it has expired' },
      handle: me,
    }),
    route({
      method: 'post',
      path: '/auth/password',
      access: 'viewer',
      summary: "Change the signed-in user's password; their other sessions end, this one stays",
      inputs: { body: PasswordChange },
      responses: { 204: noContent('Changed') },
      errors: {
        400: 'Invalid input, or the current password is wrong (`currentPassword`); nothing changed',
        429: 'Too many wrong passwords for this account (the sign-in limit, shared with sign-ins)',
      },
      handle: changePassword(services),
    }),

    route({
      method: 'get',
      path: '/users',
      access: 'admin',
      summary: 'Every user, with until when their sign-ins are locked after too many wrong passwords',
      inputs: {},
      responses: { 200: json(itemsOf(UserWithLock)) },
      handle: users.list,
    }),
    route({
      method: 'post',
      path: '/users',
      access: 'admin',
      summary: 'Add a user',
      inputs: { body: UserInput },
      responses: { 201: json(User, 'Created') },
      errors: { 409: 'The email is taken' },
      handle: users.create,
    }),
    route({
      method: 'patch',
      path: '/users/:id',
      access: 'admin',
      summary: "Change a user's name, role or password, or disable them",
      inputs: { params: ById, body: UserPatch },
      responses: { 200: json(User) },
      errors: {
        403: 'Not an admin; or an admin setting their own password, which POST /api/auth/password does',
        404: 'No user with this id',
        409: 'That would leave no admin who can sign in',
      },
      handle: users.update,
    }),
    route({
      method: 'post',
      path: '/users/:id/revoke-sessions',
      access: 'admin',
      summary: "End all the user's sessions",
      inputs: { params: ById },
      responses: { 204: noContent('Ended') },
      errors: { 404: 'No user with this id' },
      handle: users.revokeSessions,
    }),
    route({
      method: 'post',
      path: '/users/:id/unlock',
      access: 'admin',
      summary: "Lift the user's sign-in lock: their wrong passwords are forgotten, their address's are not",
      inputs: { params: ById },
      responses: { 204: noContent('They can sign in again at once') },
      errors: { 404: 'No user with this id' },
      handle: users.liftSignInLock,
    }),

    route({
      method: 'get',
      path: '/activity',
      access: 'reader',
      summary: 'The latest changes to the dataset, newest first, optionally by one user',
      inputs: { query: ActivityQuery },
      responses: { 200: json(itemsOf(Revision)) },
      handle: getActivity(services),
    }),

    route({
      method: 'get',
      path: '/sources',
      access: 'reader',
      summary: 'Every source, with how many claims it makes',
      inputs: { query: ListQuery },
      responses: { 200: json(itemsOf(SourceWithCount)) },
      handle: listRecords(services.sources),
    }),
    // Before /sources/:id, which would read "duplicates" as an id.
    route({
      method: 'get',
      path: '/sources/duplicates',
      access: 'reader',
      summary: `Live sources that may be one under two names (differing by punctuation, a parenthesised acronym or speaker, or a "citing …" clause), the first to merge into the second; at most ${maxDuplicatePairs} pairs, found by grouping normalised names rather than comparing every pair`,
      inputs: { query: DuplicateQuery },
      responses: { 200: json(itemsOf(PossibleDuplicate)) },
      handle: duplicates.list,
    }),
    route({
      method: 'post',
      path: '/sources/duplicates/dismiss',
      access: 'editor',
      summary: 'Say that two sources are not one: the pair is not proposed again',
      inputs: { body: DismissDuplicate },
      responses: { 204: noContent('Dismissed, or was already') },
      errors: { 400: 'Invalid input, the same source twice, or no source with an id given; nothing changed' },
      handle: duplicates.dismiss,
    }),
    ...recordRoutes({ plural: 'sources', singular: 'source', named: true }, sources, {
      input: SourceInput,
      patch: SourcePatch,
      record: Source,
    }),
    ...mergeRoutes({ plural: 'sources', singular: 'source' }, mergeHandlers(services.sources), SourceMerge),
    route({
      method: 'get',
      path: '/groups',
      access: 'reader',
      summary: 'Every group of sources, with the colour it is drawn in on every chart',
      inputs: {},
      responses: { 200: json(itemsOf(SourceGroup)) },
      handle: listGroups(services),
    }),

    route({
      method: 'get',
      path: '/metrics',
      access: 'reader',
      summary: 'Every metric',
      inputs: { query: ListQuery },
      responses: { 200: json(itemsOf(Metric)) },
      handle: listRecords(services.metrics),
    }),
    ...recordRoutes({ plural: 'metrics', singular: 'metric', named: true }, metrics, {
      input: MetricInput,
      patch: MetricPatch,
      record: Metric,
    }),
    ...mergeRoutes({ plural: 'metrics', singular: 'metric' }, mergeHandlers(services.metrics), MetricMerge),
    route({
      method: 'get',
      path: '/metrics/:id/comparison',
      access: 'reader',
      summary: "Each source's latest claim as of a date, and how far they diverge",
      inputs: { params: ById, query: ComparisonQuery },
      responses: { 200: json(Comparison) },
      errors: { 404: 'No metric with this id', 503: busyComparing },
      handle: getComparison(services),
    }),
    route({
      method: 'get',
      path: '/metrics/:id/estimate',
      access: 'reader',
      summary:
        "What the metric's claims support together as of a date: credible bounds, a best figure with 50% and 90% intervals, or no consensus and the groups that agree; the claims used with their weights, those left out and why",
      inputs: { params: ById, query: EstimateQuery },
      responses: { 200: json(EstimateAnswer) },
      errors: { 404: 'No metric with this id' },
      handle: getEstimate(services),
    }),
    route({
      method: 'get',
      path: '/metrics/:id/estimate/history',
      access: 'reader',
      summary:
        'The estimate as it stood at each date a claim changed what it counts, up to the as-of date, with the same settings as the estimate: its best figure with 50% and 90% intervals, or no consensus and the groups; past `maxSteps` dates, thinned evenly to that many, the first and last kept',
      inputs: { params: ById, query: EstimateQuery },
      responses: { 200: json(EstimateHistory) },
      errors: { 404: 'No metric with this id' },
      handle: getEstimateHistory(services),
    }),

    route({
      method: 'get',
      path: '/claims',
      access: 'reader',
      summary: 'The claims that match, a page at a time (`cursor` from `nextCursor`)',
      inputs: { query: ClaimListQuery },
      responses: { 200: json(ClaimPage) },
      handle: listClaims(services),
    }),
    route({
      method: 'post',
      path: '/claims/batch',
      access: 'editor',
      summary: 'Save several new claims at once (as from one article): all or none',
      inputs: { body: ClaimBatch },
      responses: { 201: json(itemsOf(Claim), 'Created') },
      errors: { 400: 'A claim in the batch is invalid; its path names it, e.g. items.2.claim.value.high' },
      handle: saveClaimBatch(services),
    }),
    ...recordRoutes({ plural: 'claims', singular: 'claim', named: false }, claims, {
      input: ClaimInput,
      patch: ClaimPatch,
      record: Claim,
    }),

    route({
      method: 'get',
      path: '/export',
      access: 'reader',
      summary: 'Download the claims that match the claims list filters, as CSV or as a dataset JSON file',
      inputs: { query: ExportQuery },
      responses: {
        200: { description: 'An attachment: the CSV (UTF-8 with BOM) or the JSON file', content: datasetContent },
      },
      handle: exportDataset(services),
    }),
    route({
      method: 'post',
      path: '/import',
      access: 'editor',
      summary: `Import a claims CSV or dataset JSON file, all or nothing (up to ${importRows} rows and 50 MB)`,
      inputs: { query: ImportQuery },
      rawBody: datasetContent,
      responses: {
        200: json(
          DryRunReport,
          `Dry run: what the file would create, its first ${listedErrors} errors and how many there are`,
        ),
        201: json(ImportSummary, 'Imported'),
      },
      errors: {
        400: 'Bad query, malformed CSV or JSON, or not a dataset',
        413: `Over ${importRows} rows or 50 MB`,
        415: 'A body that is not text/csv or application/json, whatever the format',
        422: {
          description: `Rows with errors: the first ${listedErrors} errors, and how many there are; nothing was imported`,
          schema: ImportProblem,
        },
      },
      before: importBody,
      handle: importDataset(services),
    }),

    // Writes nothing, but only prepares claims, so it is for those who may add them.
    route({
      method: 'post',
      path: '/extract',
      access: 'editor',
      summary: 'Find the figures in pasted article text, as candidate claims to check; stores nothing',
      inputs: { body: ExtractRequest },
      responses: {
        200: json(
          ExtractResult,
          `The first ${maxExtractCandidates} figures as candidates, and in total how many the text holds`,
        ),
      },
      errors: {
        400: 'Invalid input: blank or too-long text, a bad publishedOn, an unknown field',
        413: 'Body over the 1 MB JSON limit',
        415: 'Not a JSON body',
        422: 'The text took longer to read than the time limit (10 s by default) allows: paste a shorter part',
        503: 'Every reader is busy and the line for them is full; Retry-After says when to try again',
      },
      handle: extractClaims(services),
    }),

    route({
      method: 'get',
      path: '/divergence',
      access: 'reader',
      summary: 'The metrics that match, most divergent first, a page (`offset`, `limit`) at a time',
      inputs: { query: DivergenceQuery },
      responses: { 200: json(DivergenceList) },
      errors: { 503: busyComparing },
      handle: getDivergence(services),
    }),
    route({
      method: 'get',
      path: '/events',
      access: 'reader',
      summary: 'Server-Sent Events: a `change` for each committed write, or one `refresh` for a large one',
      inputs: {},
      responses: {
        200: {
          description: 'An event stream, open until the client closes it',
          content: { 'text/event-stream': text },
        },
      },
      errors: {
        429: 'Too many streams open for this session (or address, without one); Retry-After says when to try again',
        503: 'As many streams open as the server holds; Retry-After says when to try again',
      },
      handle: streamEvents(services),
    }),
  ];
}

/** The API's router, and the description of it that it serves, both from the one table. */
export function apiRoutes(services: Services, settings: ApiSettings): Router {
  let document: ReturnType<typeof openApiDocument> | undefined;
  let page: string | undefined;
  const described = () => (document ??= openApiDocument(routes));
  const routes = apiRouteTable(services, settings, {
    document: described,
    page: () => (page ??= docsPage(described())),
  });
  return routerFor(routes, settings);
}
