// `奖励电量从哪天开始算`: a start the text sets by an event (`起始时间以并网时间为准`) answers when; and what is counted
// from that day is the thing before 从 (奖励电量), not the document, whose own commencement date is no answer.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { statesAmountOf } from '../../src/text/numerals.ts';
import { answererOver } from '../support/docs.ts';

const rules = [
  '澄川市可再生能源发展专项资金扶持办法',
  '',
  '第一条 为促进可再生能源发展，制定本办法。',
  '第二条 对于列入奖励目录的分布式光伏项目，奖励电量的起始时间以并网时间为准。',
  '第三条 对于列入奖励目录的光伏电站项目，奖励电量的起始时间以列入目录的当季度第一天为准。',
  '第四条 本办法自2023年1月1日起施行，有效期至2027年12月31日。',
  '',
].join('\n');

describe('a start set by an event', () => {
  it('states when', () => {
    expect(statesAmountOf('奖励电量的起始时间以并网时间为准。', ['date'])).toBe(true);
    expect(statesAmountOf('奖励电量的起始时间以列入目录的当季度第一天为准。', ['date'])).toBe(true);
    expect(statesAmountOf('奖励资金以实际发电量为准。', ['date'])).toBe(false);
  });

  it('answers from which day a thing is counted, in a conversation on the document', async () => {
    const { answerer } = await answererOver({ '澄川市可再生能源发展专项资金扶持办法.txt': rules }, true);
    const sessionId = `event-start-${Math.random()}`;
    await answerer.ask('澄川市可再生能源发展专项资金扶持办法是哪天开始施行的？', { sessionId });
    const a = await answerer.ask('列入目录以后，分布式光伏的奖励电量从哪天开始算？', { sessionId });
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('并网时间');
    expect(plainText(a)).not.toContain('2023年1月1日');
  });
});
