// A set named by its count (`“四个统筹”`, `两大集群`) asked member by member (`分别是哪四个`): answered when
// the text lists the members beside the name (before it, after it, or numbered right after it) and refused,
// saying what the text does say, when the text names the set and never lists it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { unlistedSet } from '../../src/answer/set-members.ts';
import { answererOver } from '../support/docs.ts';

const TITLE = '临川市数字产业三年行动方案';
const TEXT = [
  TITLE,
  '为落实省委提出的“四个统筹”要求，加快建设数字经济强市，制定本方案。',
  '一、主要目标',
  '到2026年，建成软件和信创两大产业集群，培育数据标注、智能客服、工业软件三个特色园区。',
  '二、重点任务',
  '围绕数字产业的3个方向推进：',
  '一是壮大软件产业。支持软件企业做大做强。',
  '二是发展信创产业。推动信创产品在政务领域应用。',
  '三是培育数据产业。建设数据交易服务平台。',
  '三、保障措施',
  '建立市级统筹协调机制，按照“四个统筹”要求推进园区建设。',
  '',
].join('\n');

describe('the members of a counted set', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ [`${TITLE}.txt`]: TEXT }));
  });

  it('are refused, with what the text says, when the text never lists them', async () => {
    const a = await answerer.ask('方案里说的“四个统筹”分别是哪四个？');
    expect(a.grounded).toBe(false);
    expect(plainText(a)).toContain('四个统筹');
  });

  it('are answered when the text lists them before or after the name, or numbers them right after it', async () => {
    const parks = await answerer.ask('临川要培育的三个特色园区分别是哪三个？');
    expect(parks.grounded).toBe(true);
    expect(plainText(parks)).toContain('数据标注');
    const clusters = await answerer.ask('两大产业集群分别是哪两个？');
    expect(clusters.grounded).toBe(true);
    expect(plainText(clusters)).toContain('信创');
  });

  it('reads a set as listed only where the members beside it are as many as its count', () => {
    const text = '落实“四个统筹”要求。围绕3个方向推进：一是软件。二是信创。三是数据。';
    expect(unlistedSet('3个方向分别是什么？', '围绕3个方向推进：', text)).toBeNull();
    expect(unlistedSet('“四个统筹”分别是哪四个？', '落实“四个统筹”要求。', text)).toBe('四个统筹');
    // (A series that follows at once but runs to another length lists other things.)
    expect(unlistedSet('两个方向分别是什么？', '围绕两个方向推进：', '围绕两个方向推进：一是软件。二是信创。三是数据。')).toBe('两个方向');
    // (Members written as the text's other ways of listing: clauses before 等, 即…和…, 第一，…第二，…, a name it stands for.)
    const listed = (q: string, t: string) => unlistedSet(q, t, t);
    expect(listed('主要内容包括哪三个方面？', '主要内容包括压缩审查周期，提高审查质量以及便利申请等三个方面。')).toBeNull();
    expect(listed('两个环节分别是哪两个？', '把好两个环节，即项目申报和项目审核。')).toBeNull();
    expect(listed('三个方面工作分别是什么？', '抓好三个方面工作：第一，优化审批。第二，压缩时限。第三，强化监管。')).toBeNull();
    expect(listed('残疾人两项补贴分别是哪两项？', '建立困难残疾人生活补贴和重度残疾人护理补贴（以下简称残疾人两项补贴）制度。')).toBeNull();
    // (Not asked member by member: no set to check.)
    expect(unlistedSet('“四个统筹”是谁提出的？', '落实“四个统筹”要求。', text)).toBeNull();
  });
});
