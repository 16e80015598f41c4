import { defineConfig } from 'vitest/config';
import { findPostgresBin } from './tests/support/postgresCluster.js';

/**
 * The storage and API suite runs once per database. PostgreSQL comes from TEST_DATABASE_URL or a
 * throwaway cluster; without either the PostgreSQL runs are skipped loudly, and under CI that fails.
 */
function postgresAvailable(): boolean {
  if (process.env.TEST_DATABASE_URL || findPostgresBin()) return true;
  const message = 'No PostgreSQL: set TEST_DATABASE_URL or apt-get install -y postgresql';
  if (process.env.CI === 'true') throw new Error(`${message}; the PostgreSQL suite must run under CI`);
  console.warn(`\n!!! SKIPPING THE POSTGRESQL RUN OF THE API SUITE: ${message}\n`);
  return false;
}

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Vitest's default on two cores is one file at a time, yet most files wait on a browser, a server
    // or a database rather than compute: two at once took the suite here from 360 s to 246 s.
    maxWorkers: 2,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['{shared,server,client,tests}/**/*.test.{ts,tsx}'],
          exclude: ['tests/postgres/**', '**/node_modules/**'],
          globalSetup: ['tests/support/globalSetup.ts'],
        },
      },
      ...(postgresAvailable()
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: ['tests/api/**/*.test.ts', 'tests/postgres/**/*.test.ts'],
                globalSetup: ['tests/support/postgresSetup.ts'],
              },
            },
          ]
        : []),
    ],
  },
});
