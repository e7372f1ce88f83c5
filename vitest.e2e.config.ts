import { defineConfig } from 'vitest/config';

// Browser tests (tests/e2e/*.e2e.ts): need Chromium, so `npm test` leaves them out; `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    pool: 'forks',
    // One browser at a time: steadier timings on a small CI machine.
    fileParallelism: false,
  },
});
