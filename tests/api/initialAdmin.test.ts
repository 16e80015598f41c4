import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, freshDatabase } from '../support/testApp.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-first-admin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the first start on a database without users', () => {
  it('prints the generated admin password on standard error, and only JSON logs on standard output', async () => {
    const database = await freshDatabase(join(dir, 'first.db'));
    try {
      const { TRIANGULATE_ADMIN_PASSWORD: _given, ...env } = process.env;
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'server/cli/migrate.ts'],
        {
          env: { ...env, DATABASE_URL: database.url, TRIANGULATE_ADMIN_EMAIL: 'first@test.example', LOG_LEVEL: 'info' },
        },
      );
      const logs = stdout.trim().split('\n');
      expect(logs.map((line) => (JSON.parse(line) as { msg: string }).msg)).toContain(
        'Created the first admin account',
      );
      const password = /Password \(shown once[^)]*\): (\S+)/.exec(stderr)?.[1];
      expect(password).toMatch(/^[\w-]{20}$/);
      expect(stdout).not.toContain(password);

      const started = await createTestApp({ joinDatabase: database.url });
      try {
        await request(started.anonymous)
          .post('/api/auth/login')
          .send({ email: 'first@test.example', password })
          .expect(200);
      } finally {
        await started.close();
      }
    } finally {
      await database.drop();
    }
  });
});
