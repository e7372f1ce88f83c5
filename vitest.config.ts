import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The summary reporter prints the plain `N passed, N failed` line CI reads.
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A throwaway PostgreSQL for the tests of the shared back end (skipped, with a message, without one).
    globalSetup: ['./tests/support/pg-global.ts'],
  },
});
