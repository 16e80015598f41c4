import type { IncomingHttpHeaders } from 'node:http';
import type { Response } from 'supertest';
import { expect } from 'vitest';

/**
 * Checks an error response is RFC 9457 problem+json with the given status, that its field errors
 * name `path` when one is given, and that it gives away nothing of the server's insides. `res` is
 * supertest's answer, or one read with node:http.
 */
export function expectProblem(
  res: Pick<Response, 'status' | 'body'> & { headers: IncomingHttpHeaders },
  status: number,
  path?: string,
): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, title: expect.any(String) });
  expect(JSON.stringify(res.body)).not.toMatch(/stack|node_modules|\.ts:\d+|\bat \w+ \(/i);
  if (path !== undefined) {
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  }
}
