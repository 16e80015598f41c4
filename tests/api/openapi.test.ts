import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookie } from '../../server/http/access.js';
import { documentedPath, type ApiRoute } from '../../server/http/apiRoute.js';
import type { OpenApiDocument } from '../../server/http/openapi.js';
import { allowedMethods } from '../../server/http/router.js';
import { apiRouteTable } from '../../server/http/routes.js';
import { expectProblem } from '../support/problems.js';
import { databaseSnapshot } from '../support/records.js';
import { createTestApp, withCookie } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
let document: OpenApiDocument;
let routes: ApiRoute[];
beforeAll(async () => {
  t = await createTestApp();
  document = (await request(t.anonymous).get('/api/openapi.json').expect(200)).body;
  routes = apiRouteTable(
    t.services,
    { databaseKind: t.storage.kind, publicRead: false, sessionHours: 1 },
    { document: () => ({}), page: () => '' },
  );
});
afterAll(() => t.close());

const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const operationFields = new Set([
  'tags',
  'summary',
  'description',
  'externalDocs',
  'operationId',
  'parameters',
  'requestBody',
  'responses',
  'callbacks',
  'deprecated',
  'security',
  'servers',
]);

const requestMethods = ['get', 'post', 'patch', 'delete'] as const;

/** A request by the document's name of its method. */
function send(app: Parameters<typeof request>[0], method: string, path: string) {
  const known = requestMethods.find((m) => m === method);
  if (!known) throw new Error(`The document names a method no route takes: ${method}`);
  return request(app)[known](path);
}

/** A path of the document as a request would write it, with an id no record has. */
const address = (path: string) => path.replace('{id}', '99999');

/** Every operation in the document, with where it is. */
const operations = () =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
  );

/** Where a JSON pointer such as `#/components/schemas/Claim` leads in the document, if anywhere. */
function resolve(pointer: string): unknown {
  let at: unknown = document;
  for (const key of pointer.replace(/^#\//, '').split('/')) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return undefined;
    at = Object.entries(at).find(([k]) => k === key)?.[1];
  }
  return at;
}

/**
 * The structure OpenAPI 3.1 asks of what the server writes: no validator is installed, so these
 * are the rules a client generator trips over first, checked one by one.
 */
function structuralErrors(): string[] {
  const errors: string[] = [];
  const fail = (where: string, what: string) => errors.push(`${where}: ${what}`);
  if (document.openapi !== '3.1.0') fail('openapi', String(document.openapi));
  if (typeof document.info?.title !== 'string' || typeof document.info?.version !== 'string')
    fail('info', 'title and version');
  const ids = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    if (!path.startsWith('/')) fail(path, 'a path starts with /');
    const templated = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
    for (const [method, operation] of Object.entries(item)) {
      const where = `${method.toUpperCase()} ${path}`;
      if (!httpMethods.includes(method)) fail(where, 'not an HTTP method');
      for (const field of Object.keys(operation)) {
        if (!operationFields.has(field) && !field.startsWith('x-')) fail(where, `unknown field ${field}`);
      }
      if (ids.has(operation.operationId)) fail(where, `operationId ${operation.operationId} twice`);
      ids.add(operation.operationId);
      const parameters = operation.parameters ?? [];
      const pathParameters = parameters.filter((p) => p.in === 'path').map((p) => p.name);
      if (pathParameters.sort().join() !== [...templated].sort().join()) fail(where, 'path parameters ≠ template');
      for (const p of parameters) {
        if (!['query', 'header', 'path', 'cookie'].includes(p.in)) fail(where, `parameter ${p.name} in ${p.in}`);
        if (p.in === 'path' && p.required !== true) fail(where, `path parameter ${p.name} must be required`);
        if (parameters.filter((q) => q.name === p.name && q.in === p.in).length > 1) fail(where, `${p.name} twice`);
      }
      if (operation.requestBody && Object.keys(operation.requestBody.content).length === 0) fail(where, 'empty body');
      const responses = Object.entries(operation.responses);
      if (responses.length === 0) fail(where, 'no responses');
      for (const [status, response] of responses) {
        if (!/^[1-5]\d\d$/.test(status)) fail(where, `status ${status}`);
        if (typeof response.description !== 'string' || !response.description) fail(where, `${status} undescribed`);
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (!/^[\w.+-]+\/[\w.+-]+$/.test(type) || typeof media.schema !== 'object') fail(where, `${status} ${type}`);
        }
      }
      for (const requirement of operation.security) {
        for (const scheme of Object.keys(requirement)) {
          if (!document.components.securitySchemes[scheme]) fail(where, `unknown security scheme ${scheme}`);
        }
      }
    }
  }
  for (const [, pointer = ''] of JSON.stringify(document).matchAll(/"\$ref":"([^"]*)"/g)) {
    if (resolve(pointer) === undefined) fail('$ref', `${pointer} leads nowhere`);
  }
  return errors;
}

describe('the OpenAPI document', () => {
  it('describes every route in the table, and nothing else', () => {
    const documented = operations().map(({ path, method }) => `${method.toUpperCase()} ${path}`);
    const inTable = routes.map((r) => `${r.method.toUpperCase()} ${documentedPath(r.path)}`);
    expect(documented.sort()).toEqual([...inTable].sort());
    expect(new Set(inTable).size).toBe(inTable.length);
    for (const route of routes) {
      const operation = document.paths[documentedPath(route.path)]?.[route.method];
      expect(operation?.summary, `${route.method} ${route.path}`).toBe(route.summary);
      expect(operation?.['x-access']).toBe(route.access);
    }
  });

  it('holds to the structure of OpenAPI 3.1, every reference leading to a schema', () => {
    expect(structuralErrors()).toEqual([]);
  });

  it('describes every error as application/problem+json', () => {
    for (const { path, method, operation } of operations()) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400) continue;
        expect(Object.keys(response.content ?? {}), `${method} ${path} ${status}`).toEqual([
          'application/problem+json',
        ]);
      }
    }
  });

  it('names who may call each operation, and the errors that follow from it', () => {
    const { responses, security } = document.paths['/api/users']!.get!;
    expect(security).toEqual([{ session: [] }]);
    expect(Object.keys(responses)).toEqual(expect.arrayContaining(['401', '403']));
    expect(document.paths['/api/health']!.get!.security).toEqual([]);
    expect(document.paths['/api/claims']!.get!['x-access']).toBe('reader');
  });
});

describe('every documented operation', () => {
  /** Answers that can only come from a route: a 404 "No route" or a 405 would mean the table lied. */
  const expectAnswered = (res: request.Response, where: string) => {
    expect(res.status, where).not.toBe(405);
    expect(res.body?.detail ?? '', where).not.toMatch(/^No route/);
  };

  it('is answered by a route, signed out', async () => {
    for (const { path, method } of operations()) {
      const res = await send(t.anonymous, method, address(path));
      expectAnswered(res, `${method} ${path}`);
    }
  });

  it('is answered by a route for an admin, writing nothing', async () => {
    const admin = withCookie(t.anonymous, `${sessionCookie}=${await t.sessionFor('admin')}`);
    const before = await databaseSnapshot(t.app);
    // Signing out last, so that every other request is made signed in; a stream never ends.
    const signedIn = operations()
      .filter(({ operation }) => !operation.responses['200']?.content?.['text/event-stream'])
      .sort((a, b) => Number(a.path === '/api/auth/logout') - Number(b.path === '/api/auth/logout'));
    for (const { path, method } of signedIn) {
      const res = await send(admin, method, address(path));
      expectAnswered(res, `${method} ${path}`);
      expect(res.status, `${method} ${path}`).not.toBe(401);
    }
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });
});

describe('a method a documented path does not take', () => {
  it('is a 405 whose Allow lists the methods of the table, for every path', async () => {
    for (const [path, allow] of allowedMethods(routes)) {
      // No route takes PUT: a change is a PATCH.
      const res = await request(t.app).put(address(documentedPath(path)));
      expectProblem(res, 405, 'method');
      expect(res.headers.allow, path).toBe(allow.join(', '));
      expect(Object.keys(document.paths[documentedPath(path)]!).map((m) => m.toUpperCase())).toEqual(
        allow.filter((m) => m !== 'HEAD' && m !== 'OPTIONS'),
      );
    }
  });
});

describe('GET /api/docs', () => {
  it('is a page of every operation, its text escaped, with no script', async () => {
    const res = await request(t.anonymous).get('/api/docs').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).not.toMatch(/<script/i);
    for (const { path, method, operation } of operations()) {
      const id = operation.operationId;
      expect(res.text).toContain(`<span class="method">${method.toUpperCase()}</span><code>${path}</code>`);
      expect(res.text).toContain(`id="${id}"`);
    }
    // An apostrophe of a summary, as the page writes it.
    expect(res.text).toContain('Change the signed-in user&#39;s password');
  });
});
