// People ask in abbreviations the documents write out: 社保 for 社会保险, 医保 for 医疗保险. The index reads
// a two-character word no document uses as the four-character words of its vocabulary it abbreviates
// (first character of each half), so the question is answered from the sentence that says it in full.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const QA = [
  '某市积分制入户常见问题解答',
  '1.申请积分制入户需要符合哪些条件？',
  '答：申请人应同时符合下列条件：(一)持有本市居住证；(二)在本市缴纳社会保险满4年；(三)近5年内未受过刑事处罚。',
  '2.随迁人员如何申报？',
  '答：通过积分制入户的人员，其配偶、未成年子女可同时随迁入户。',
  '3.排名分相同怎么办？',
  '答：排名分相同的，按照在本市缴纳医疗保险时长排名。',
].join('\n');

describe('abbreviations', () => {
  it('reads 社保 as 社会保险 and 医保 as 医疗保险 where the documents write them out', async () => {
    const { index, answerer } = await answererOver({ 'qa.txt': QA });
    expect(index.abbreviations().get('社保')).toEqual(['社会保险']);
    expect(plainText(await answerer.ask('积分入户社保要交满几年？'))).toContain('满4年');
    expect(plainText(await answerer.ask('排名分一样的话看医保交了多久吗？'))).toContain('医疗保险时长');
  });

  it('does not read a word the documents use, nor one that abbreviates too many', async () => {
    const { index } = await answererOver({ 'qa.txt': QA });
    // 入户 is the documents' own word: no expansion is looked up for it.
    expect(index.parse('入户条件').concepts.find((c) => c.text === '入户')?.phrases).toEqual(['入户']);
    // Nothing here abbreviates to 外地.
    expect(index.abbreviations().has('外地')).toBe(false);
  });

  it('reads only a word the dictionary knows as a short form: 老公 is no 老年公寓, 内会 (of 时间内会) no 内部会议', async () => {
    const { index } = await answererOver({ 'a.txt': '第一条 老年公寓应当配备护理人员。\n第二条 缴纳社会保险满4年。\n第三条 内部会议应当记录。' });
    expect(index.abbreviations().get('老公')).toEqual(['老年公寓']);
    // (The shipped everyday words do read 老公 as the documents' 配偶.)
    expect(index.parse('我老公能住吗').concepts.find((c) => c.text === '老公')?.phrases).not.toContain('老年公寓');
    expect(index.parse('多长时间内会作出决定').concepts.find((c) => c.text === '内会')?.phrases ?? ['内会']).toEqual(['内会']);
    expect(index.parse('社保交几年').concepts.find((c) => c.text === '社保')?.phrases).toEqual(['社保', '社会保险']);
  });
});
