// Answer quality cannot silently regress: every graded suite of eval/suites.json whose files are
// here (the shared ones sit beside the project in CI) holds its floors.
import { describe, expect, it } from 'vitest';
import { available, loadSuites, runSuite } from '../../src/cli/suites.ts';

describe('graded suites', () => {
  for (const suite of loadSuites()) {
    it.skipIf(!available(suite))(`${suite.name} holds its floors`, async () => {
      const r = await runSuite(suite);
      if (r.below.length) console.log(suite.name, r.report.misses);
      expect(r.below).toEqual([]);
    }, 120_000);
  }
});
