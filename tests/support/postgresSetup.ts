import type { TestProject } from 'vitest/node';
import { findPostgresBin, startPostgresCluster } from './postgresCluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/** The PostgreSQL project's server: TEST_DATABASE_URL when given, else a throwaway cluster for this run. */
export default function setup(project: TestProject): (() => void) | undefined {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return undefined;
  }
  const cluster = startPostgresCluster(findPostgresBin()!);
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
