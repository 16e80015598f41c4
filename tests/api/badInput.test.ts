import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../support/problems.js';
import { createClaim, databaseSnapshot } from '../support/records.js';
import { createTestApp } from '../support/testApp.js';

interface Ids {
  metric: number;
  source: number;
  claim: number;
}

interface BadInput {
  name: string;
  method: 'get' | 'post' | 'patch' | 'delete';
  /** `:claim`, `:metric` and `:source` stand for the ids of records that exist. */
  path: string;
  body?: (ids: Ids) => unknown;
  /** Sent as it is, with this content type, instead of a JSON body. */
  raw?: (ids: Ids) => { type: string; text: string | Buffer; encoding?: string };
  status: number;
  /** The field the problem must name; undefined when no one field is to blame. */
  field?: string;
}

const claim = (change: object) => (ids: Ids) => ({
  metricId: ids.metric,
  sourceId: ids.source,
  value: { kind: 'exact', value: 9 },
  ...change,
});
const postClaim = (name: string, change: object, field: string): BadInput => ({
  name,
  method: 'post',
  path: '/api/claims',
  body: claim(change),
  status: 400,
  field,
});
const json = (text: string) => ({ type: 'application/json', text });
const query = (name: string, search: string, field: string, path = '/api/claims'): BadInput => ({
  name,
  method: 'get',
  path: `${path}?${search}`,
  status: 400,
  field,
});
const badId = (name: string, method: BadInput['method'], path: string): BadInput => ({
  name,
  method,
  path,
  status: 400,
  field: 'id',
});

const cases: BadInput[] = [
  postClaim('metricId as a string', { metricId: '1' }, 'metricId'),
  postClaim('metricId missing', { metricId: undefined }, 'metricId'),
  postClaim('metricId zero', { metricId: 0 }, 'metricId'),
  postClaim('metricId beyond any stored id', { metricId: 3_000_000_000 }, 'metricId'),
  postClaim('unknown metricId', { metricId: 99999 }, 'metricId'),
  postClaim('unknown sourceId', { sourceId: 99999 }, 'sourceId'),
  postClaim('unknown repeatsClaimId', { repeatsClaimId: 99999 }, 'repeatsClaimId'),
  postClaim('value missing', { value: undefined }, 'value'),
  postClaim('value a bare number', { value: 9 }, 'value'),
  postClaim('value kind unknown', { value: { kind: 'several', value: 9 } }, 'value.kind'),
  postClaim('value negative', { value: { kind: 'exact', value: -1 } }, 'value.value'),
  postClaim('value "NaN"', { value: { kind: 'exact', value: 'NaN' } }, 'value.value'),
  postClaim('value "12" as a string', { value: { kind: 'approximate', value: '12' } }, 'value.value'),
  postClaim('value beyond 10^15', { value: { kind: 'at_least', value: 1e16 } }, 'value.value'),
  postClaim('range low above high', { value: { kind: 'range', low: 12000, high: 11000 } }, 'value.high'),
  postClaim('range without high', { value: { kind: 'range', low: 1 } }, 'value.high'),
  postClaim('unknown field inside value', { value: { kind: 'exact', value: 9, unit: 'men' } }, 'value.unit'),
  postClaim('credibility 0', { credibility: 0 }, 'credibility'),
  postClaim('credibility 7', { credibility: 7 }, 'credibility'),
  postClaim('credibility 2.5', { credibility: 2.5 }, 'credibility'),
  postClaim('credibility "3"', { credibility: '3' }, 'credibility'),
  postClaim('statedOn 2025-13-40', { statedOn: '2025-13-40' }, 'statedOn'),
  postClaim('statedOn in a year not yet begun', { statedOn: '2999' }, 'statedOn'),
  postClaim('statedOn 2025-02-30', { statedOn: '2025-02-30' }, 'statedOn'),
  postClaim('statedOn 25-01-01', { statedOn: '25-01-01' }, 'statedOn'),
  postClaim('statedOn a number', { statedOn: 2025 }, 'statedOn'),
  postClaim('citationUrl javascript:', { citationUrl: 'javascript:alert(document.cookie)' }, 'citationUrl'),
  postClaim('citationUrl data:', { citationUrl: 'data:text/html,<script>alert(1)</script>' }, 'citationUrl'),
  postClaim('citationUrl ftp:', { citationUrl: 'ftp://example.org/report.pdf' }, 'citationUrl'),
  postClaim('quote over 5,000 characters', { quote: 'x'.repeat(5001) }, 'quote'),
  postClaim('scope over 500 characters', { scope: 'x'.repeat(501) }, 'scope'),
  postClaim('notes holding a NUL character', { notes: 'a\u0000b' }, 'notes'),
  postClaim('notes holding an unpaired surrogate', { notes: 'a\ud800b' }, 'notes'),
  postClaim('scope holding terminal escape codes', { scope: 'red\u001b[31m' }, 'scope'),
  postClaim('statedOn 0000', { statedOn: '0000' }, 'statedOn'),
  postClaim('citationUrl holding a NUL character', { citationUrl: 'https://example.org/a\u0000b' }, 'citationUrl'),
  postClaim('unknown field', { colour: 'red' }, 'colour'),
  postClaim('record bookkeeping sent as input', { id: 5 }, 'id'),
  {
    name: 'value Infinity written as 1e309',
    method: 'post',
    path: '/api/claims',
    raw: (ids) => json(JSON.stringify(claim({})(ids)).replace('"value":9', '"value":1e309')),
    status: 400,
    field: 'value.value',
  },
  { name: 'body an array', method: 'post', path: '/api/claims', body: () => [], status: 400, field: 'body' },
  { name: 'source name missing', method: 'post', path: '/api/sources', body: () => ({}), status: 400, field: 'name' },
  {
    name: 'source name blank',
    method: 'post',
    path: '/api/sources',
    body: () => ({ name: '   ' }),
    status: 400,
    field: 'name',
  },
  {
    name: 'source name only a zero-width space',
    method: 'post',
    path: '/api/sources',
    body: () => ({ name: '\u200b' }),
    status: 400,
    field: 'name',
  },
  {
    name: 'source name over 200 characters',
    method: 'post',
    path: '/api/sources',
    body: () => ({ name: 'x'.repeat(201) }),
    status: 400,
    field: 'name',
  },
  {
    name: 'source reliability Z',
    method: 'post',
    path: '/api/sources',
    body: () => ({ name: 'New', reliability: 'Z' }),
    status: 400,
    field: 'reliability',
  },
  {
    name: 'source kind unknown',
    method: 'post',
    path: '/api/sources',
    body: () => ({ name: 'New', kind: 'blog' }),
    status: 400,
    field: 'kind',
  },
  {
    name: 'source url javascript:',
    method: 'post',
    path: '/api/sources',
    body: () => ({ name: 'New', url: 'javascript:alert(1)' }),
    status: 400,
    field: 'url',
  },
  {
    name: 'metric unit missing',
    method: 'post',
    path: '/api/metrics',
    body: () => ({ name: 'New' }),
    status: 400,
    field: 'unit',
  },
  {
    name: 'metric name a number',
    method: 'post',
    path: '/api/metrics',
    body: () => ({ name: 42, unit: 'soldiers' }),
    status: 400,
    field: 'name',
  },
  {
    name: 'PATCH without version',
    method: 'patch',
    path: '/api/claims/:claim',
    body: () => ({ notes: 'x' }),
    status: 400,
    field: 'version',
  },
  {
    name: 'PATCH version as a string',
    method: 'patch',
    path: '/api/claims/:claim',
    body: () => ({ version: '1', notes: 'x' }),
    status: 400,
    field: 'version',
  },
  {
    name: 'PATCH range low above high',
    method: 'patch',
    path: '/api/claims/:claim',
    body: () => ({ version: 1, value: { kind: 'range', low: 5, high: 1 } }),
    status: 400,
    field: 'value.high',
  },
  {
    name: 'PATCH createdAt',
    method: 'patch',
    path: '/api/claims/:claim',
    body: () => ({ version: 1, createdAt: '2020-01-01T00:00:00.000Z' }),
    status: 400,
    field: 'createdAt',
  },
  {
    name: 'PATCH unknown sourceId',
    method: 'patch',
    path: '/api/claims/:claim',
    body: () => ({ version: 1, sourceId: 99999 }),
    status: 400,
    field: 'sourceId',
  },
  {
    name: 'PATCH source name blank',
    method: 'patch',
    path: '/api/sources/:source',
    body: () => ({ version: 1, name: '' }),
    status: 400,
    field: 'name',
  },
  badId('id abc', 'get', '/api/claims/abc'),
  badId('id 0', 'get', '/api/claims/0'),
  badId('id -1', 'get', '/api/claims/-1'),
  badId('id 1.5', 'get', '/api/claims/1.5'),
  badId('id beyond any stored id', 'get', '/api/claims/3000000000'),
  badId('DELETE id abc', 'delete', '/api/claims/abc'),
  badId('restore id abc', 'post', '/api/sources/abc/restore'),
  badId('history id 0', 'get', '/api/metrics/0/history'),
  badId('comparison id abc', 'get', '/api/metrics/abc/comparison'),
  badId('id 0x10', 'get', '/api/claims/0x10'),
  badId('id 1e0', 'get', '/api/claims/1e0'),
  badId('id +1', 'delete', '/api/claims/+1'),
  badId('id with a leading space', 'get', '/api/claims/%201'),
  badId('id with leading zeros', 'get', '/api/claims/00001'),
  badId('PATCH id with a leading zero', 'patch', '/api/claims/0:claim'),
  badId('DELETE id with a leading zero', 'delete', '/api/sources/0:source'),
  {
    name: 'id that does not decode',
    method: 'get',
    path: '/api/claims/%E0',
    status: 400,
    field: 'path',
  },
  query('limit=0', 'limit=0', 'limit'),
  query('limit=501', 'limit=501', 'limit'),
  query('limit=NaN', 'limit=NaN', 'limit'),
  query('kind=foo', 'kind=foo', 'kind'),
  query('includeDeleted=yes', 'includeDeleted=yes', 'includeDeleted'),
  query('cursor=xyz', 'cursor=xyz', 'cursor'),
  query('cursor beyond any stored id', 'cursor=99999999999', 'cursor'),
  query('from=2025-13-40', 'from=2025-13-40', 'from'),
  query('to=25-01', 'to=25-01', 'to'),
  query('metricId=abc', 'metricId=abc', 'metricId'),
  query('metricId=0x1', 'metricId=0x1', 'metricId'),
  query('metricId with a leading zero', 'metricId=0:metric', 'metricId'),
  query('cursor with a leading zero', 'cursor=0:claim', 'cursor'),
  {
    name: 'DELETE version with a leading zero',
    method: 'delete',
    path: '/api/claims/:claim?version=01',
    status: 400,
    field: 'version',
  },
  query('limit=1e2', 'limit=1e2', 'limit'),
  query('activity userId beyond any stored id', 'userId=2147483648', 'userId', '/api/activity'),
  query('activity userId=0x1', 'userId=0x1', 'userId', '/api/activity'),
  query('metricId filter beyond any stored id', 'metricId=3000000000', 'metricId'),
  query('q over 200 characters', `q=${'x'.repeat(201)}`, 'q'),
  query('q holding a NUL character', 'q=a%00b', 'q'),
  query('kind given twice', 'kind=exact&kind=range', 'kind'),
  query('unknown query parameter', 'colour=red', 'colour'),
  query('sources includeDeleted=1', 'includeDeleted=1', 'includeDeleted', '/api/sources'),
  query('divergence asOf=2025-02-30', 'asOf=2025-02-30', 'asOf', '/api/divergence'),
  query(
    'comparison includeImprobable=yes',
    'includeImprobable=yes',
    'includeImprobable',
    '/api/metrics/:metric/comparison',
  ),
  {
    name: 'JSON body over 1 MB',
    method: 'post',
    path: '/api/sources',
    raw: () => json(JSON.stringify({ name: 'Big', notes: 'x'.repeat(1_100_000) })),
    status: 413,
    field: 'body',
  },
  {
    name: 'malformed JSON',
    method: 'post',
    path: '/api/claims',
    raw: () => json('{"metricId": 1,'),
    status: 400,
    field: 'body',
  },
  {
    name: 'body said to be gzip that is not',
    method: 'post',
    path: '/api/sources',
    raw: () => ({ ...json('{"name":"Zipped"}'), encoding: 'gzip' }),
    status: 400,
    field: 'body',
  },
  {
    name: 'body said to be brotli that is not',
    method: 'post',
    path: '/api/claims',
    raw: () => ({ ...json('{}'), encoding: 'br' }),
    status: 400,
    field: 'body',
  },
  {
    name: 'JSON body with bytes that are not UTF-8',
    method: 'post',
    path: '/api/sources',
    // "Agence de presse française" as Windows-1252 writes it: ç is one byte, which is not UTF-8.
    raw: () => ({ type: 'application/json', text: Buffer.from('{"name":"Agence de presse française"}', 'latin1') }),
    status: 400,
    field: 'body',
  },
  {
    name: 'PATCH body with a stray byte',
    method: 'patch',
    path: '/api/claims/:claim',
    raw: () => ({
      type: 'application/json',
      text: Buffer.from([...Buffer.from('{"version":1,"notes":"a'), 0xff, ...Buffer.from('"}')]),
    }),
    status: 400,
    field: 'body',
  },
  { name: 'JSON null body', method: 'post', path: '/api/sources', raw: () => json('null'), status: 400, field: 'body' },
  {
    name: 'text/plain body',
    method: 'post',
    path: '/api/sources',
    raw: () => ({ type: 'text/plain', text: '{"name":"Plain"}' }),
    status: 415,
    field: 'body',
  },
  {
    name: 'form-encoded body',
    method: 'patch',
    path: '/api/sources/:source',
    raw: () => ({ type: 'application/x-www-form-urlencoded', text: 'version=1&name=Form' }),
    status: 415,
    field: 'body',
  },
  { name: 'POST with no body', method: 'post', path: '/api/metrics', status: 415, field: 'body' },
];

/** superagent writes a Buffer sent with a JSON type as JSON of its bytes: these go as they are. */
const asTheyAre = (body: string) => body;

let t: Awaited<ReturnType<typeof createTestApp>>;
let ids: Ids;

beforeAll(async () => {
  t = await createTestApp();
  const made = await createClaim(t.app, { statedOn: '2025-11', quote: 'more than 6,000' });
  ids = { metric: made.metricId, source: made.sourceId, claim: made.id };
});
afterAll(() => t.close());

describe('bad input', () => {
  it('covers at least 40 cases, each named once', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it('names each wrong field once', async () => {
    const res = await request(t.app).get('/api/claims?cursor=xyz');
    expect(res.body.errors).toEqual([{ path: 'cursor', message: 'Not a cursor this server gave out' }]);
  });

  it('stores a JSON body sent as UTF-8 as sent, a U+FFFD it holds included, and a UTF-16 one too', async () => {
    const name = 'Agence de presse française \uFFFD';
    const sent = await request(t.app)
      .post('/api/sources')
      .set('Content-Type', 'application/json')
      .serialize(asTheyAre)
      .send(Buffer.from(JSON.stringify({ name })))
      .expect(201);
    expect(sent.body.name).toBe(name);
    const utf16 = await request(t.app)
      .post('/api/sources')
      .set('Content-Type', 'application/json; charset=utf-16le')
      .serialize(asTheyAre)
      .send(Buffer.from(JSON.stringify({ name: 'Agence de presse coréenne' }), 'utf16le'))
      .expect(201);
    expect(utf16.body.name).toBe('Agence de presse coréenne');
  });

  it.each(cases)('$name → $status at $field, nothing written', async ({ method, path, body, raw, status, field }) => {
    const url = path
      .replace(':claim', String(ids.claim))
      .replace(':metric', String(ids.metric))
      .replace(':source', String(ids.source));
    const before = await databaseSnapshot(t.app);
    let req = request(t.app)[method](url);
    if (raw) {
      const { type, text, encoding } = raw(ids);
      req = req.set('Content-Type', type);
      if (encoding) req = req.set('Content-Encoding', encoding);
      req = req.serialize(asTheyAre).send(text);
    } else if (body) {
      req = req.send(body(ids) as object);
    }
    const res = await req;
    expectProblem(res, status, field);
    expect(Array.isArray(res.body.errors)).toBe(true);
    expect(res.body.errors.length).toBeGreaterThan(0);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });
});
