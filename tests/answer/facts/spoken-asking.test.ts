// `啥` asks as 什么 does (`啥时候发的`, `分别是啥`): every pattern that reads 什么 reads it too.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/answer/plain-text.ts';
import { spokenAsking } from '../../../src/text/normalize.ts';
import { answererOver } from '../../support/docs.ts';

const title = '某州人民政府办公室关于印发《某州政务数据资源管理暂行办法》的通知';
const text = [title, '某府办发〔2021〕21号', '各县人民政府，州级各部门：', '现将《某州政务数据资源管理暂行办法》印发你们，请认真遵照执行。', '某州人民政府办公室', '2021年10月11日', '某州政务数据资源管理暂行办法', '第一条 为加强政务数据资源管理，制定本办法。', '第二条 本办法自印发之日起施行。'].join('\n');

describe('spoken asking words', () => {
  it('reads 啥 as 什么', () => {
    expect(spokenAsking('啥时候发的呀')).toBe('什么时候发的呀');
    expect(spokenAsking('有什么要求')).toBe('有什么要求');
  });

  it('answers 啥时候发的 with the document’s date', async () => {
    const { answerer } = await answererOver({ [`${title}.txt`]: text }, true);
    expect(plainText(await answerer.ask('某州那个政务数据管理办法是啥时候发的呀'))).toContain('2021年10月11日');
  });
});

describe('the parts of a document', () => {
  const notice = [
    '某省推广改革举措的通知',
    '一、推广的改革举措',
    '（一）知识产权保护方面（共3项）',
    '1.专利快速审查。',
    '2.侵权纠纷检验鉴定。',
    '3.知识产权证券化。',
    // (The published text leaves this part's rows out.)
    '（二）军民深度融合方面（共2项）',
    '二、高度重视推广工作',
    '各地要把推广工作列为重点工作。',
    '三、认真抓好组织实施',
    '各部门要加强指导。',
  ].join('\n');

  it('are not listed for a question about the items of one part it names', async () => {
    const { answerer } = await answererOver({ '某省推广改革举措的通知.txt': notice }, true);
    const a = plainText(await answerer.ask('某省推广改革举措的通知里，军民深度融合那2项分别是啥？'));
    expect(a).not.toContain('共三个部分');
    // Asked without naming a part, the parts are listed.
    expect(plainText(await answerer.ask('某省推广改革举措的通知分哪几个部分？'))).toContain('共三个部分');
  });
});
