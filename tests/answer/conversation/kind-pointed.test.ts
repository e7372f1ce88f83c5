// `各省政府接到这个通知要做啥`: a first question that points at its document by kind alone. When one loaded text alone
// is of that kind it is the one meant; a notice issuing another text is read as the text it issues.
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveFocus } from '../../../src/answer/conversation/focus.ts';
import { kindOf } from '../../../src/answer/facts/documents.ts';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import type { KnowledgeIndex } from '../../../src/retrieval/knowledge-index.ts';
import { answererOver } from '../../support/docs.ts';

const NOTICE = '某省人民政府办公厅关于推广支持创新相关改革举措的通知\n各市人民政府，省政府各部门：\n一、推广的改革举措\n在科技金融创新、人才培养等方面推广13项改革举措。\n三、认真抓好组织实施\n各省（区、市）人民政府要把推广支持创新相关改革举措列为本地区重点工作，结合各自实际情况，研究制定推广工作方案。\n';
const RULES = '某市人民政府办公厅关于印发某市临时救助实施细则的通知\n第一条 为规范临时救助工作，制定本细则。\n第十四条 申请人家庭在救助期间家庭经济状况发生变化的，应当及时向镇人民政府报告。镇人民政府自接到报告之日起5个工作日内作出决定。\n';
const OTHER_NOTICE = '某市人民政府关于做好春节期间安全生产工作的通知\n一、各区人民政府要接到本通知后立即部署安全检查。\n';

describe('the kind of document a title names', () => {
  it('is its last word, or the kind of the text a notice issues', () => {
    expect(kindOf('某省人民政府办公厅关于推广支持创新相关改革举措的通知')).toBe('通知');
    expect(kindOf('某市人民政府办公厅关于印发某市临时救助实施细则的通知')).toBe('细则');
    expect(kindOf('关于印发《某市数据要素实施方案（2024—2026年）》的通知')).toBe('方案');
    expect(kindOf('盘锦市工业增长三年行动专项方案(新闻发布会解读)')).toBe('方案');
    expect(kindOf('汽车数据出境安全指引')).toBeUndefined();
  });
});

describe('a first question pointing at its document by kind', () => {
  let index: KnowledgeIndex;
  let answerer: Answerer;
  beforeAll(async () => {
    ({ index, answerer } = await answererOver({ '改革举措通知.txt': NOTICE, '临时救助实施细则.txt': RULES }, true));
  });

  it('is about the one loaded text of that kind', () => {
    expect(resolveFocus(index, '各省政府接到这个通知要做啥，要出个什么方案？', []).docId).toBe('改革举措通知.txt');
    expect(resolveFocus(index, '这个细则是为了什么制定的？', []).docId).toBe('临时救助实施细则.txt');
  });

  it('is answered from it alone, not with a passage of another text that shares a word (接到)', async () => {
    const a = await answerer.ask('各省政府接到这个通知要做啥，要出个什么方案？');
    expect(a.citations.length).toBeGreaterThan(0);
    expect(a.citations.every((c) => c.source.includes('推广支持创新相关改革举措'))).toBe(true);
    expect(plainText(a)).toContain('推广工作方案');
  });

  // `这份国办通知`: a word of the asker's between the pointer and the kind; `通知落款日期是哪天`: the kind as the subject.
  it('is about the one text of that kind with a word between, or the kind opening the question', () => {
    expect(resolveFocus(index, '这份省政府的通知要求做什么？', []).docId).toBe('改革举措通知.txt');
    // (Words between that the title does not hold point at another of the kind: `这份暂行细则` is no 实施细则.)
    expect(resolveFocus(index, '这份暂行细则要求什么？', []).docId).toBeUndefined();
    expect(resolveFocus(index, '通知落款日期是哪天？', []).docId).toBe('改革举措通知.txt');
    expect(resolveFocus(index, '细则里报告期限是多久？', []).docId).toBe('临时救助实施细则.txt');
    // (Not a word that opens with the kind, nor a pointer of 本 before another word: 本市规定.)
    expect(resolveFocus(index, '通知书多久能寄到？', []).docId).toBeUndefined();
    expect(resolveFocus(index, '本市规定的救助标准是多少？', []).docId).toBeUndefined();
    // (Nor a verb or preposition between, nor the kind itself asked about.)
    expect(resolveFocus(index, '这个情况按通知能报销吗？', []).docId).toBeUndefined();
    expect(resolveFocus(index, '细则是几天内办结？', []).docId).toBeUndefined();
  });

  it('points at none when two texts are of that kind', async () => {
    const { index: two } = await answererOver({ '改革举措通知.txt': NOTICE, '安全生产通知.txt': OTHER_NOTICE });
    expect(resolveFocus(two, '这个通知要求各地做什么？', []).docId).toBeUndefined();
  });
});
