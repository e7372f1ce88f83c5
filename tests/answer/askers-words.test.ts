// A figure asked of something in the asker's own words (`退伍兵`, `退下来`), which the document says in its own
// (`退役军士和义务兵`, `退出现役`): the figure of the kind asked in the passage found is the answer — the check
// that a figure is stated of the asked thing cannot read a word the text never uses. A thing that is itself
// a figure (`平均月工资`) is still held to it. The documents are written here; a second one uses the asker's
// words, as some loaded text in a real knowledge base does.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const RULES = [
  '某省退役军人安置办法',
  '第一条 为做好退役军人安置工作，制定本办法。',
  '第二条 自主就业的退役军士和义务兵，应当自被批准退出现役之日起30日内，到安置地人民政府退役军人工作主管部门报到。',
  '第三条 养老护理员队伍建设纳入退役军人就业培训，每年评选优秀护理员20名。',
  '第四条 本办法自2024年1月1日起施行。',
].join('\n');
const OTHER = [
  '某市拥军优属工作简报',
  '一、今年走访慰问退伍兵120户，帮助退下来的老兵解决就业难题。',
  '二、全市企业职工平均月工资较上年有所增长。',
].join('\n');

let answerer: Answerer;
beforeAll(async () => {
  ({ answerer } = await answererOver({ 'rules.txt': RULES, 'other.txt': OTHER }));
});

describe('the asker’s own words for the thing a figure is asked of', () => {
  it('answers with the figure the passage states', async () => {
    const a = await answerer.ask('安置办法里，自主就业的退伍兵退下来多少天内要去报到？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('30日内');
  });

  it('still holds a figure-naming word to the text', async () => {
    const a = await answerer.ask('安置办法里，养老护理员的平均月工资是多少？');
    expect(a.grounded).toBe(false);
  });
});
