// `新增哪5种门诊慢特病`: the asker knows how many things there are and wants them named — the sentence that
// names them leads, not the one that repeats the question's words with the count.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const title = '某省医保新措明年起实施';
const text = [
  title,
  '新增4种门诊慢特病可跨省结算',
  '根据就医指南，帕金森病、银屑病、哮喘、痛风自明年1月1日起可实现跨省直接结算。随着这次门诊慢特病跨省直接结算范围扩容，全国跨省直接结算门诊慢特病病种数量将从5种增加到9种。',
  '药品目录调整',
  '本省新增34个药品纳入医保目录，其中谈判药品20个。',
].join('\n');

describe('a list asked with its count', () => {
  it('is answered by the sentence that names the things, not by the count sentence', async () => {
    const { answerer } = await answererOver({ [`${title}.txt`]: text });
    const a = plainText(await answerer.ask('某省医保新措里，新增哪4种门诊慢特病可以跨省直接结算？'));
    expect(a).toContain('帕金森病、银屑病、哮喘、痛风');
  });
});
