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

describe('the body asked of a law', () => {
  it('is the one the named law’s article names as 机构 (上一级海警机构), not another law’s 局', async () => {
    // Four real laws (../shared/corpus/laws): the coast guard law names 海警机构; the statistics law's article on
    // review names 国家统计局, a body word the lead had been preferred for.
    const laws = path.resolve(root, '../shared/corpus/laws');
    const pick = ['行政法/海警法(2021-01-22).md', '经济法/统计法(2024-09-13).md', '行政法/行政处罚法(2021-01-22).md', '诉讼与非诉讼程序法/行政复议法(2023-09-01).md'];
    const files = Object.fromEntries(pick.map((rel) => [path.basename(rel), readFileSync(path.join(laws, rel), 'utf8')]));
    const { answerer } = await answererOver(files, true);
    const a = plainText(await answerer.ask('对海警作出的处罚不服，想申请行政复议，应该向哪个机关申请？'));
    expect(a).toContain('上一级海警机构');
    expect(a).not.toContain('统计机构');
  });
});

describe('a 机构 a text speaks of', () => {
  it('is no body answering who leads an item (上云服务机构 is not the lead unit of the item after it)', async () => {
    // A real 行动计划 (eval/owners): item 18's title follows a sentence on 上云服务机构 in the same passage.
    // Loaded as the suite loads it: the shipped plan and the folder's two texts.
    const { SEED_FILE, SEED_RAW } = await import('../support/seed.ts');
    const folder = path.resolve(root, 'eval/owners/knowledge');
    const files: Record<string, string> = { [SEED_FILE]: SEED_RAW };
    for (const name of ['安徽省工业互联网创新发展行动计划（2021-2023年）.txt', '支持工业互联网发展若干政策.txt']) files[name] = readFileSync(path.join(folder, name), 'utf8');
    const { answerer } = await answererOver(files, true);
    expect(plainText(await answerer.ask('加快工业APP解决方案培育由哪个部门负责？'))).toContain('省经济和信息化厅');
  });
});
