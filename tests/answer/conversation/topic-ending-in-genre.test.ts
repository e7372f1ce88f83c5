// A clause that opens the question and ends in a genre word (`…编专项规划，`) names a document only when it is mostly
// the title's words: `吴淞江生态间隔带作为试点编专项规划，牵头的是哪个区？` asks who leads that item of a real 实施意见
// (eval/real52), and the clause is what is asked, not the document's name to be set aside.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver, PLAN_FILES } from '../../support/docs.ts';
import { ROOT } from '../../support/seed.ts';

const DOC = '上海市人民政府办公厅印发《关于加快推进环城生态公园带规划建设的实施意见》的通知.txt';

describe('a topic ending in a genre word', () => {
  it('is asked about, not taken for the name of the document', async () => {
    const files = {
      [path.basename(PLAN_FILES[0]!)]: readFileSync(path.join(ROOT, PLAN_FILES[0]!), 'utf8'),
      [DOC]: readFileSync(path.join(ROOT, 'eval/real52/knowledge', DOC), 'utf8'),
    };
    const { answerer } = await answererOver(files, true);
    const a = plainText(await answerer.ask('吴淞江生态间隔带作为试点编专项规划，牵头的是哪个区？'));
    expect(a).toContain('闵行区政府');
    // (Nor is another item's lead unit glued to an answer from elsewhere.)
    expect(a).not.toContain('市规划资源局。');
    // Named by its title's words, the document is still named.
    const b = plainText(await answerer.ask('环城生态公园带实施意见里，楔形绿地三林那一项由谁牵头？'));
    expect(b).toContain('浦东新区、普陀区政府');
  });
});
