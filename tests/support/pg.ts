// PostgreSQL for one test file: a fresh database on the shared test server, so files running in
// parallel never see each other's rows.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { describe, inject } from 'vitest';

export const testDatabaseUrl: string = inject('testDatabaseUrl') || process.env.TEST_DATABASE_URL || '';

/** `describe` when a test PostgreSQL is available, else a skipped block (the global setup said why). */
export const describePg = describe.skipIf(!testDatabaseUrl);

export async function freshDatabase(): Promise<string> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(testDatabaseUrl, { max: 1, onnotice: () => undefined });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
