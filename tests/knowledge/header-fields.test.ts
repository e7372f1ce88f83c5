// A law database's page copied as text keeps its header fields (`发文字号`, `施行日期`, `效力级别`) but often loses
// the separator between label and value: `发文字号MD-TM-2021-01` read as one word is no number the question's words
// find, and `施行日期2021年08月13日` no date. The load sets them apart again, and they answer as the page showed them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { separateFieldLabels } from '../../src/text/normalize.ts';
import { answererOver } from '../support/docs.ts';

const TITLE = '某行业专业人员培训机构管理办法';
const TEXT = [
  TITLE,
  '发文机关某行业管理局',
  '发文日期2021年08月13日',
  '时效性现行有效',
  '发文字号MD-TM-2021-01',
  '施行日期2021年09月01日',
  '效力级别部门规章',
  '第一章 总则',
  '第一条 为规范专业人员培训机构的管理，制定本办法。',
  '第二条 培训机构应当建立培训档案。培训记录应当永久保存。',
  '第二十二条 本办法自颁发之日起施行。',
  '',
].join('\n');

describe('header fields copied without their separator', () => {
  it('are set apart from their values, on a short line that begins with the label only', () => {
    expect(separateFieldLabels('发文字号MD-TM-2021-01\n施行日期2021年09月01日')).toBe('发文字号：MD-TM-2021-01\n施行日期：2021年09月01日');
    // (A label already followed by its separator, or a sentence that merely begins with the word, is left as it is.)
    expect(separateFieldLabels('发文字号：MD-TM-2021-01')).toBe('发文字号：MD-TM-2021-01');
    expect(separateFieldLabels('文号 第3号')).toBe('文号 第3号');
    const long = '实施日期以各地公告为准，各地应当结合实际制定具体办法。';
    expect(separateFieldLabels(long)).toBe(long);
  });

  describe('in a loaded document', () => {
    let answerer: Answerer;
    beforeAll(async () => {
      ({ answerer } = await answererOver({ [`${TITLE}.txt`]: TEXT }));
    });

    it('answer the document number and the date it takes effect', async () => {
      const number = await answerer.ask('这个培训机构管理办法的发文字号是多少？');
      expect(number.grounded).toBe(true);
      expect(plainText(number)).toContain('MD-TM-2021-01');
      const effect = await answerer.ask('培训机构管理办法是哪天开始施行的？');
      expect(effect.grounded).toBe(true);
      expect(plainText(effect)).toContain('2021年09月01日');
    });

    it('leave a period said in words (`永久保存`) to answer how long', async () => {
      const a = await answerer.ask('培训记录要保存多久？');
      expect(a.grounded).toBe(true);
      expect(plainText(a)).toContain('永久');
    });
  });
});
