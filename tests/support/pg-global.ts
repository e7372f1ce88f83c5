// Vitest global setup: a PostgreSQL for the tests that need one. TEST_DATABASE_URL (set by
// .ci/run) wins; otherwise a throwaway cluster is started when Debian's server binaries are
// installed; otherwise the PostgreSQL tests skip, saying so.
import type { TestProject } from 'vitest/node';
import { findPgBin, startCluster, type Cluster } from './pg-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabaseUrl: string;
    testPgBin: string;
  }
}

let cluster: Cluster | null = null;

export default async function setup(project: TestProject): Promise<() => void> {
  const bin = findPgBin();
  project.provide('testPgBin', bin ?? '');
  if (process.env.TEST_DATABASE_URL) {
    project.provide('testDatabaseUrl', process.env.TEST_DATABASE_URL);
    return () => undefined;
  }
  if (!bin) {
    console.warn('\n[postgres] PostgreSQL server binaries not found (apt-get install postgresql): the PostgreSQL tests are SKIPPED\n');
    project.provide('testDatabaseUrl', '');
    return () => undefined;
  }
  cluster = await startCluster(bin);
  project.provide('testDatabaseUrl', cluster.url);
  return () => cluster?.destroy();
}
