import express from 'express';
import helmet from 'helmet';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../support/problems.js';
import { databaseSnapshot } from '../support/records.js';
import { helmetOptions } from '../../server/http/securityHeaders.js';
import { createTestApp } from '../support/testApp.js';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/health', () => {
  it('reports ok and which database it runs on', async () => {
    const res = await request(t.app).get('/api/health').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const database = t.databaseUrl.startsWith('postgres') ? 'postgres' : 'sqlite';
    expect(res.body).toEqual({ status: 'ok', database });
  });
});

describe('a method an address does not take', () => {
  it.each([
    ['put', '/api/claims/1', 'GET, PATCH, DELETE, HEAD, OPTIONS'],
    ['patch', '/api/sources', 'GET, POST, HEAD, OPTIONS'],
    ['delete', '/api/divergence', 'GET, HEAD, OPTIONS'],
  ] as const)('%s %s → 405 with Allow: %s, nothing written', async (method, path, allow) => {
    const before = await databaseSnapshot(t.app);
    const res = await request(t.app)[method](path).send({ version: 1 });
    expectProblem(res, 405, 'method');
    expect(res.headers.allow).toBe(allow);
    expect(await databaseSnapshot(t.app)).toEqual(before);
  });

  it('answers OPTIONS with the methods taken, and an unknown address still with 404', async () => {
    const options = await request(t.app).options('/api/claims').expect(204);
    expect(options.headers.allow).toBe('GET, POST, HEAD, OPTIONS');
    expectProblem(await request(t.app).put('/api/nothing-here'), 404);
  });
});

describe('HEAD /api/events', () => {
  it("answers with the stream's headers and ends, holding no subscription open", async () => {
    const res = await request(t.app).head('/api/events').timeout(5_000).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
  });
});

describe('GET /api/openapi.json', () => {
  it('is OpenAPI 3.1 describing the claims API and its input schema', async () => {
    const res = await request(t.app).get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths['/api/claims']).sort()).toEqual(['get', 'post']);
    expect(res.body.paths['/api/claims/{id}']).toHaveProperty('patch');
    const input = res.body.components.schemas.ClaimInput;
    expect(input.type).toBe('object');
    expect(input.required).toEqual(expect.arrayContaining(['metricId', 'sourceId', 'value']));
    expect(input.required).not.toContain('credibility');
    expect(input.additionalProperties).toBe(false);
    const limit = res.body.paths['/api/claims'].get.parameters.find((p: { name: string }) => p.name === 'limit');
    expect(limit.schema).toMatchObject({ minimum: 1, maximum: 500 });
  });
});

describe('unknown routes', () => {
  it.each([
    ['get', '/api/nothing-here'],
    ['get', '/api/claims/1/comments'],
    ['put', '/api/nothing-here'],
    ['get', '/not-an-api-page'],
  ] as const)('%s %s → 404 problem+json', async (method, path) => {
    const res = await request(t.app)[method](path);
    expectProblem(res, 404);
    expect(res.body.detail).toBe(`No route for ${method.toUpperCase()} ${path}`);
  });
});

describe('response headers', () => {
  it('does not announce the framework and forbids content sniffing', async () => {
    const res = await request(t.app).get('/api/health');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('carries every header helmet sets, as helmet itself sets them, on answers and errors alike', async () => {
    const withHelmet = express()
      .use(helmet(helmetOptions))
      .get('/', (_req, res) => void res.send('ok'));
    const fromHelmet = (await request(withHelmet).get('/')).headers;
    const securityHeaderNames = Object.keys(fromHelmet).filter(
      (name) =>
        !['content-type', 'content-length', 'etag', 'date', 'connection', 'keep-alive', 'x-powered-by'].includes(name),
    );
    expect(securityHeaderNames).toEqual(
      expect.arrayContaining(['content-security-policy', 'strict-transport-security']),
    );
    for (const res of [await request(t.app).get('/api/health'), await request(t.anonymous).get('/api/no-such-thing')]) {
      for (const name of securityHeaderNames) expect(res.headers[name], name).toBe(fromHelmet[name]);
    }
  });
});
