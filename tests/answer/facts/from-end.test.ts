// A place counted from the end (`倒数第二条`, `倒着数第二条`) holds a `第二条` of its own that is no ordinal
// from the start; and the parts of a document in chapters are its chapters, asked as 哪几章 or its 结构.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';
import { KNOWLEDGE, SEED_FILE } from '../../support/seed.ts';

const TITLE = '某市渔港检查管理办法';
const TEXT = [
  TITLE,
  '第一章 总则',
  '第一条 为了规范渔港检查，制定本办法。',
  '第二条 渔港检查由市渔业主管部门组织。',
  '第二章 检查',
  '第三条 检查组应当由执法人员和技术人员组成。',
  '第四条 检查结束后五个工作日内出具检查报告。',
  '第三章 附则',
  '第五条 本办法自2026年1月1日起施行。',
  '',
].join('\n');

describe('a document in chapters and articles', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ [`${TITLE}.txt`]: TEXT }));
  });

  it('counts from the end when asked so, in any of the ways it is said', async () => {
    for (const q of ['渔港检查管理办法倒数第二条讲的什么', '渔港检查管理办法倒着数第二条讲的啥', '渔港检查管理办法从后往前倒着数，第二条讲的啥']) {
      const a = plainText(await answerer.ask(q));
      expect(a, q).toContain('五个工作日');
      expect(a, q).not.toContain('市渔业主管部门组织');
    }
  });

  it('says what a chapter asked by its number is about, by its title and articles, beside the count', async () => {
    const a = plainText(await answerer.ask('渔港检查管理办法一共几章？第二章是关于什么的'));
    expect(a).toContain('三章');
    expect(a).toContain('第二章是“检查”');
    expect(a).toContain('第三条至第四条');
  });

  it('lists its chapters with their titles', async () => {
    for (const q of ['渔港检查管理办法分了哪几章？', '渔港检查管理办法的章节结构是怎样的']) {
      const answer = await answerer.ask(q);
      // (A refusal names the chapters too, as what it can answer: the reply must be the answer.)
      expect(answer.grounded, q).toBe(true);
      const a = plainText(answer);
      expect(a, q).toContain('三章');
      expect(a, q).toContain('第二章 检查');
      expect(a, q).toContain('第三章 附则');
    }
  });
});

describe('a notice of measures 一、–四、 and nothing under them', () => {
  it('has those measures as its parts', async () => {
    const title = '某市支持冷链物流发展政策措施';
    const text = [
      title,
      '一、冷库建设激励',
      '对新建冷库给予一次性激励，最高不超过200万元。（责任单位：市商务委）',
      '二、冷链车辆激励',
      '对购置冷藏车的企业按购置价的5%给予激励。（责任单位：市商务委）',
      '三、冷链平台激励',
      '对建设冷链信息平台的企业给予最高100万元激励。（责任单位：市经济信息委）',
      '四、冷链人才激励',
      '对引进冷链高级人才的企业给予每人5万元补贴。（责任单位：市人力社保局）',
      '',
    ].join('\n');
    const { answerer } = await answererOver({ [`${title}.txt`]: text });
    const answer = await answerer.ask('冷链物流政策措施一共支持哪几个方面，简单列一下');
    expect(answer.grounded).toBe(true);
    const a = plainText(answer);
    expect(a).toContain('四个部分');
    for (const part of ['冷库建设激励', '冷链车辆激励', '冷链平台激励', '冷链人才激励']) expect(a).toContain(part);
  });
});

describe('a place from the end with no document named, beside the plan', () => {
  it('asks which document is meant, the plan one of the candidates, and answers from the one picked', async () => {
    const plan = readFileSync(path.join(KNOWLEDGE, SEED_FILE), 'utf8');
    const { answerer } = await answererOver({ [`${TITLE}.txt`]: TEXT, [SEED_FILE]: plan }, true);
    const asked = await answerer.ask('倒数第二条讲的什么', { sessionId: 'from-end-which' });
    expect(asked.grounded).toBe(false);
    const a = plainText(asked);
    expect(a).toContain('请问您指的是哪一份');
    expect(a).toContain(TITLE);
    expect(a).toContain('盘锦市工业增长三年行动专项方案');
    // (Not the plan's next-to-last task, silently.)
    expect(a).not.toContain('高精尖缺');
    const picked = plainText(await answerer.ask('渔港检查那个', { sessionId: 'from-end-which' }));
    expect(picked).toContain('五个工作日');
    // (Said with the asking's own words before it, the same.)
    expect(plainText(await answerer.ask('请问倒数第二条讲的什么'))).toContain('请问您指的是哪一份');
  });

  it('still counts in the plan when it is the one text loaded', async () => {
    const plan = readFileSync(path.join(KNOWLEDGE, SEED_FILE), 'utf8');
    const { answerer } = await answererOver({ [SEED_FILE]: plan }, true);
    expect(plainText(await answerer.ask('倒数第二项是啥内容？'))).toContain('高精尖缺');
  });
});
