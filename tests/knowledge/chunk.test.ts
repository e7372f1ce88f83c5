import { describe, expect, it } from 'vitest';
import { chunkDocument, enumerationLabel, headingTest, isHeading, MAX_CHUNK_CHARS, splitSentences } from '../../src/knowledge/chunk.ts';
import { buildDocument } from '../../src/knowledge/load.ts';
import { SEED_RAW } from '../support/seed.ts';

const doc = buildDocument('plan.txt', SEED_RAW, true);
const chunks = chunkDocument(doc);

describe('chunking the plan', () => {
  it('names the document by its 《》 heading', () => {
    expect(doc.title).toBe('《盘锦市工业增长三年行动专项方案》解读');
  });

  it('keeps chunks within the size limit and loses no text', () => {
    for (const c of chunks) expect(c.text.length).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
    const joined = chunks.map((c) => c.text.replace(/\n/g, '')).join('');
    for (const line of doc.text.split('\n').filter((l) => !isHeading(l))) expect(joined).toContain(line);
  });

  it('gives each chunk its section path from headings and enumerations', () => {
    const task4 = chunks.find((c) => c.text.includes('揭榜挂帅'))!;
    expect(task4.section).toEqual(['重点任务', '四是 推动创新为要的优化升级']);
    const target = chunks.find((c) => c.text.includes('230家'))!;
    expect(target.section).toEqual(['总体目标', '二是 在“质的有效提升”方面']);
    expect(chunks.find((c) => c.text.includes('王国君'))!.section).toEqual(['发布人']);
    expect(chunks.find((c) => c.text.includes('督查督办'))!.section).toEqual(['保障措施']);
  });
});

describe('公文 structure', () => {
  it('recognises enumerations, articles and numbered items', () => {
    expect(enumerationLabel('三是推动实体为本的基础强化。聚焦…')).toBe('三是 推动实体为本的基础强化');
    expect(enumerationLabel('第十二条 国家鼓励…')).toBe('第十二条');
    expect(enumerationLabel('(二)加强组织领导。各地…')).toBe('(二) 加强组织领导');
    expect(enumerationLabel('普通的句子。')).toBeNull();
  });

  it('splits sentences at Chinese stops and list semicolons', () => {
    expect(splitSentences('甲。乙；丙！丁')).toEqual(['甲。', '乙；', '丙！', '丁']);
    expect(splitSentences('第一行\n第二行。')).toEqual(['第一行', '第二行。']);
  });

  it('tells headings from sentences', () => {
    expect(isHeading('《方案》重点任务')).toBe(true);
    expect(isHeading('## 第一章 总则')).toBe(true);
    expect(isHeading('市科技局党组成员、副局长 刘云')).toBe(false);
  });
});

describe('a guide’s item whose whole body is one short line', () => {
  const guide = ['某市养老金申领办事指南', '一、办理对象', '本市参保人员。', '二、受理单位', '市社保经办窗口', '三、办理时限', '即时办结', '四、保障措施', '（一）加强组织领导。', '保障措施', '（二）强化资金保障。'].join('\n');

  it('reads the line as the item’s body, not as a heading over nothing', () => {
    const heading = headingTest({ id: 'g.txt', text: guide });
    expect(heading('市社保经办窗口')).toBe(false);
    expect(heading('即时办结')).toBe(false);
  });

  it('still reads a short line before an item of another list as a heading', () => {
    expect(headingTest({ id: 'g.txt', text: guide })('保障措施')).toBe(true);
  });
});
