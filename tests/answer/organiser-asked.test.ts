// Who organised, hosted or convened something (`组织方是谁`, `谁主办的`) is a body, asked as `哪个单位` asks one: the
// sentence that names one (`市政府新闻办召开…`) leads, not one that only shares the word (`强化组织保障`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver, PLAN_FILES } from '../support/docs.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('the organiser asked', () => {
  it('is answered by the sentence that names the body', async () => {
    const plan = readFileSync(path.join(root, PLAN_FILES[0]!), 'utf8');
    const { answerer } = await answererOver({ [path.basename(PLAN_FILES[0]!)]: plan });
    for (const q of ['发布会啥时候开的？组织方是谁？', '发布会是谁组织的']) {
      const a = plainText(await answerer.ask(q));
      expect(a, q).toContain('市政府新闻办');
    }
  });
});
