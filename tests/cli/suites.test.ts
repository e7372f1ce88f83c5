// Answer quality cannot silently regress: every graded suite of eval/suites.json whose files are
// here (the shared ones sit beside the project in CI) holds its floors, and gives the answers it gave
// before, word for word (answers/<suite>.txt): work on speed or layout must not change what users read.
// A change meant to alter answers rewrites those files (`npx vitest run tests/eval -u`) and shows the
// difference in its commit.
import { describe, expect, it } from 'vitest';
import { available, loadSuites, runSuite } from '../../src/cli/suites.ts';

describe('graded suites', () => {
  for (const suite of loadSuites()) {
    it.skipIf(!available(suite))(`${suite.name} holds its floors`, async () => {
      const r = await runSuite(suite);
      if (r.below.length) console.log(suite.name, r.report.misses);
      expect(r.below).toEqual([]);
      await expect(r.transcript).toMatchFileSnapshot(`answers/${suite.name.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '')}.txt`);
    }, 120_000);
  }
});
