import { z } from 'zod';
import {
  Claim,
  ClaimBatch,
  ClaimInput,
  ClaimListQuery,
  ClaimPage,
  ClaimPatch,
  Comparison,
  ComparisonQuery,
  DivergenceList,
  DivergenceQuery,
  ExtractRequest,
  ExtractResult,
  maxExtractCandidates,
  Metric,
  MetricInput,
  MetricPatch,
  PasswordChange,
  Problem,
  Revision,
  Source,
  SourceGroup,
  SourceInput,
  SourcePatch,
  SourceWithCount,
  UserWithLock,
  VersionQuery,
} from '../../shared/schemas/index.js';
import { DatasetFile } from '../../shared/dataset/datasetFile.js';
import {
  DryRunReport,
  ExportQuery,
  ImportProblem,
  ImportQuery,
  ImportSummary,
  maxListedImportErrors,
} from '../../shared/dataset/transfer.js';

/** Request bodies are described as clients write them, responses as the server sends them. */
const requestSchemas = {
  SourceInput,
  SourcePatch,
  MetricInput,
  MetricPatch,
  ClaimInput,
  ClaimPatch,
  ExtractRequest,
  DatasetFile,
  ClaimBatch,
  PasswordChange,
};
const responseSchemas = {
  Source,
  SourceWithCount,
  SourceGroup,
  Metric,
  Claim,
  ClaimPage,
  Comparison,
  DivergenceList,
  Revision,
  Problem,
  ExtractResult,
  ImportSummary,
  DryRunReport,
  ImportProblem,
  UserWithLock,
};

const listedErrors = maxListedImportErrors.toLocaleString('en-US');

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
const ok = (schema: object, description = 'OK') => ({ description, content: json(schema) });
const itemsOf = (name: string) => ({ type: 'object', properties: { items: { type: 'array', items: ref(name) } } });
/** A dataset travels as the claims CSV or the JSON file, described in the README. */
const datasetContent = { 'text/csv': { schema: { type: 'string' } }, ...json(ref('DatasetFile')) };
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };

function queryParams(schema: z.ZodObject) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, object>;
  };
  return Object.entries(json.properties).map(([name, s]) => ({ name, in: 'query', required: false, schema: s }));
}

function recordPaths(base: string, name: string, listItem: string) {
  const errors = { '400': problem('Invalid input'), '404': problem('Unknown id') };
  return {
    [base]: {
      get: { summary: `List ${base.slice(5)}`, responses: { '200': ok(itemsOf(listItem)) } },
      post: {
        summary: `Create a ${name.toLowerCase()}`,
        requestBody: { required: true, content: json(ref(`${name}Input`)) },
        responses: { '201': ok(ref(name), 'Created'), '400': problem('Invalid input'), '409': problem('Name taken') },
      },
    },
    [`${base}/{id}`]: {
      parameters: [idParam],
      get: { responses: { '200': ok(ref(name)), ...errors } },
      patch: {
        summary: 'Change fields; carries the version last seen',
        requestBody: { required: true, content: json(ref(`${name}Patch`)) },
        responses: { '200': ok(ref(name)), ...errors, '409': problem('Stale version; `current` holds the record') },
      },
      delete: {
        summary: 'Soft delete; may carry the version last seen',
        parameters: queryParams(VersionQuery),
        responses: {
          '200': ok(ref(name)),
          ...errors,
          '409': problem(name === 'Claim' ? 'Stale version' : 'Stale version, or claims still refer to it'),
        },
      },
    },
    [`${base}/{id}/restore`]: {
      parameters: [idParam],
      post: {
        summary: 'Undo a delete; may carry the version last seen',
        parameters: queryParams(VersionQuery),
        responses: { '200': ok(ref(name)), ...errors, '409': problem('Stale version; `current` holds the record') },
      },
    },
    [`${base}/{id}/history`]: {
      parameters: [idParam],
      get: { summary: 'Revisions, oldest first', responses: { '200': ok(itemsOf('Revision')), ...errors } },
    },
  };
}

let document: object | undefined;

/** OpenAPI 3.1 generated from the same zod schemas the server validates with. */
export function openApiDocument(): object {
  document ??= {
    openapi: '3.1.0',
    info: { title: 'Triangulate API', version: '1' },
    paths: {
      '/api/health': { get: { responses: { '200': ok({ type: 'object' }) } } },
      ...recordPaths('/api/sources', 'Source', 'SourceWithCount'),
      '/api/groups': {
        get: {
          summary: 'Every group of sources and the colour it was given, which every chart draws it in',
          responses: { '200': ok(itemsOf('SourceGroup')) },
        },
      },
      ...recordPaths('/api/metrics', 'Metric', 'Metric'),
      ...recordPaths('/api/claims', 'Claim', 'Claim'),
      '/api/claims': {
        ...recordPaths('/api/claims', 'Claim', 'Claim')['/api/claims'],
        get: {
          parameters: queryParams(ClaimListQuery),
          responses: { '200': ok(ref('ClaimPage')), '400': problem('Bad filter') },
        },
      },
      '/api/metrics/{id}/comparison': {
        get: {
          summary: "Each source's latest claim as of a date, and how far they diverge",
          parameters: [idParam, ...queryParams(ComparisonQuery)],
          responses: {
            '200': ok(ref('Comparison')),
            '400': problem('Bad query'),
            '404': problem('Unknown metric'),
            '503': problem('Too many comparisons are being read at once; Retry-After says when to ask again'),
          },
        },
      },
      '/api/claims/batch': {
        post: {
          summary: 'Save several new claims at once (as from one article): all or none',
          requestBody: { required: true, content: json(ref('ClaimBatch')) },
          responses: {
            '201': ok(itemsOf('Claim'), 'Created'),
            '400': problem('A claim in the batch is invalid; its path names it, e.g. items.2.claim.value.high'),
          },
        },
      },
      '/api/extract': {
        post: {
          summary: 'Find the figures in pasted article text, as candidate claims to check; stores nothing',
          requestBody: { required: true, content: json(ref('ExtractRequest')) },
          responses: {
            '200': ok(
              ref('ExtractResult'),
              `The first ${maxExtractCandidates} figures as candidates, and in total how many the text holds`,
            ),
            '400': problem('Invalid input: blank or too-long text, a bad publishedOn, an unknown field'),
            '413': problem('Body over the 1 MB JSON limit'),
            '415': problem('Not a JSON body'),
            '422': problem(
              'The text took longer to read than the time limit (10 s by default) allows: paste a shorter part',
            ),
            '503': problem('Every reader is busy and the line for them is full; Retry-After says when to try again'),
          },
        },
      },
      '/api/export': {
        get: {
          summary: 'Download the claims that match the claims list filters, as CSV or as a dataset JSON file',
          parameters: queryParams(ExportQuery),
          responses: {
            '200': { description: 'An attachment: the CSV (UTF-8 with BOM) or the JSON file', content: datasetContent },
            '400': problem('Bad filter or format'),
          },
        },
      },
      '/api/import': {
        post: {
          summary: 'Import a claims CSV or dataset JSON file, all or nothing (up to 100,000 rows and 50 MB)',
          parameters: queryParams(ImportQuery),
          requestBody: { required: true, content: datasetContent },
          responses: {
            '200': ok(
              ref('DryRunReport'),
              `Dry run: what the file would create, its first ${listedErrors} errors and how many there are`,
            ),
            '201': ok(ref('ImportSummary'), 'Imported'),
            '400': problem('Bad query, malformed CSV or JSON, or not a dataset'),
            '413': problem('Over 100,000 rows or 50 MB'),
            '415': problem('A body that is not text/csv or application/json, whatever the format'),
            '422': {
              description: `Rows with errors: the first ${listedErrors} errors, and how many there are; nothing was imported`,
              content: { 'application/problem+json': { schema: ref('ImportProblem') } },
            },
          },
        },
      },
      '/api/auth/password': {
        post: {
          summary: "Change the signed-in user's password; their other sessions end, this one stays",
          requestBody: { required: true, content: json(ref('PasswordChange')) },
          responses: {
            '204': { description: 'Changed' },
            '400': problem('Invalid input, or the current password is wrong (`currentPassword`); nothing changed'),
            '401': problem('Not signed in'),
            '429': problem('Too many wrong passwords for this account (the sign-in limit, shared with sign-ins)'),
          },
        },
      },
      '/api/users': {
        get: {
          summary: 'Every user, with until when their sign-ins are locked after too many wrong passwords (admins)',
          responses: {
            '200': ok(itemsOf('UserWithLock')),
            '401': problem('Not signed in'),
            '403': problem('Not an admin'),
          },
        },
      },
      '/api/users/{id}/unlock': {
        parameters: [idParam],
        post: {
          summary:
            "Lift the user's sign-in lock: their wrong passwords are forgotten, their address's are not (admins)",
          responses: {
            '204': { description: 'They can sign in again at once' },
            '401': problem('Not signed in'),
            '403': problem('Not an admin'),
            '404': problem('Unknown user'),
          },
        },
      },
      '/api/divergence': {
        get: {
          summary: 'The metrics that match, most divergent first, a page (`offset`, `limit`) at a time',
          parameters: queryParams(DivergenceQuery),
          responses: {
            '200': ok(ref('DivergenceList')),
            '400': problem('Bad query'),
            '503': problem('Too many comparisons are being read at once; Retry-After says when to ask again'),
          },
        },
      },
    },
    components: {
      schemas: {
        ...Object.fromEntries(
          Object.entries(requestSchemas).map(([n, s]) => [
            n,
            z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }),
          ]),
        ),
        ...Object.fromEntries(
          Object.entries(responseSchemas).map(([n, s]) => [
            n,
            z.toJSONSchema(s, { io: 'output', unrepresentable: 'any' }),
          ]),
        ),
      },
    },
  };
  return document;
}
