// What a question asks shapes which passage answers, among passages that all speak of its subject:
// - `多久` of a text where every passage speaks of 合法性审核: the one stating a period leads (a figure of the kind
//   asked lifts a passage in the ranking) — while a question of a figure the text never states of its subject is
//   still refused (the evidence is weighed in the passages' plain order);
// - `入市方案里得写哪些内容`: the sentence that names the 方案 and the one after it that lists what it holds;
// - `可以到哪些板块去融资`: the boards a measure lists, not the document's own parts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import type { KnowledgeIndex } from '../../src/retrieval/knowledge-index.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const REVIEW = '某省关于全面推行规范性文件合法性审核机制的指导意见';
const REVIEW_TEXT = [
  REVIEW,
  '一、总体要求',
  '（一）指导思想。全面推行规范性文件合法性审核机制，保证规范性文件合法有效。各地要把合法性审核作为制定规范性文件的必经程序。',
  '（二）主要目标。进一步明确合法性审核的范围、主体、程序和责任，建立健全合法性审核工作机制，合法性审核工作水平明显提升。',
  '二、严格落实工作措施',
  '（三）明确审核范围。各地要确定纳入合法性审核的规范性文件的标准和范围，合法性审核不得遗漏。',
  '（四）规范审核程序。起草单位报送的材料应当包括文件送审稿及其说明、制定依据、征求意见及采纳情况等，审核机构要对材料的完备性、规范性进行审查，不符合要求的可以退回或者要求补充材料。除为了预防、应对和处置突发事件，或者执行上级机关的紧急命令和决定外，合法性审核时间一般不少于5个工作日，最长不超过15个工作日。',
  '（五）强化审核责任。不得以征求意见、会签等方式代替合法性审核，合法性审核意见应当书面提出。',
  '（六）注重能力建设。各地要加强合法性审核队伍建设，配齐配强合法性审核人员，提升合法性审核能力。',
  '三、加大组织保障力度',
  '（七）加强组织领导。各地主要负责同志作为合法性审核工作第一责任人，要把合法性审核工作摆上重要议事日程。',
  '',
].join('\n');

const LAND = '某区农村集体经营性建设用地入市管理办法';
const LAND_TEXT = [
  LAND,
  '第一条（目的） 为规范农村集体经营性建设用地入市，制定本办法。',
  '第二条（入市方案） 地块入市前，入市主体应当拟定入市方案。入市方案应包括地块名称、界址、出让面积、规划条件、土地用途、交易方式、出让年限、出让起始价等内容。区规划资源局应指导入市主体编制入市方案。',
  '第三条（入市方式） 商业、办公等经营性用地应采取公开招拍挂方式出让。',
  '第四条（施行） 本办法自2026年5月15日起施行。',
  '',
].join('\n');

const CULTURE = '关于进一步支持文化企业发展的规定';
const CULTURE_TEXT = [
  CULTURE,
  '一、关于财政税收',
  '（一）中央和地方各级财政要通过文化产业发展专项资金等，加大对文化企业的支持力度。',
  '二、关于投资和融资',
  '（二）鼓励符合条件的文化企业进入中小企业板、创业板、新三板、科创板等融资。',
  '（三）鼓励文化企业通过发行债券等方式融资。',
  '三、关于资产管理',
  '（四）文化企业改制涉及的原划拨土地，可继续以划拨方式使用。',
  '四、关于工商管理',
  '（五）文化企业名称应当符合企业名称登记管理的规定。',
  '（六）转制后的文化企业可按规定继续注册使用原名称。',
  '五、关于社会保障',
  '（七）转制后的企业按企业办法参加基本养老保险。',
  '（八）转制前已离退休人员的待遇按国家有关规定执行。',
  '六、关于人员安置',
  '（九）转制企业应当依法与职工签订劳动合同。',
  '',
].join('\n');

describe('a figure of the kind asked', () => {
  let answerer: Answerer;
  let index: KnowledgeIndex;
  beforeAll(async () => {
    ({ answerer, index } = await answererOver({ [`${REVIEW}.txt`]: REVIEW_TEXT }));
  });

  it('leads among passages that all speak of the subject', async () => {
    const a = plainText(await answerer.ask('合法性审核最多能审多久'));
    expect(a).toContain('15个工作日');
    // (In the ranking itself it stands above passages that say 合法性审核 more often and are shorter: past a dozen of
    // them, the answer would not be reached at all.)
    const hits = index.search(index.parse('合法性审核最多能审多久'), 8);
    const states = (h: (typeof hits)[number]) => h.chunk.text.includes('15个工作日');
    const byWords = [...hits].sort((a, b) => (b.plain ?? b.score) - (a.plain ?? a.score));
    expect(hits.findIndex(states)).toBeLessThan(byWords.findIndex(states));
    // (…and a ranking cut short still returns the best passages by their words alone, after the others: the evidence
    // is weighed on the same passages, lifted or not.)
    const all = index.search(index.parse('合法性审核最多能审多久'), 20);
    const plainTop = [...all].sort((a, b) => (b.plain ?? b.score) - (a.plain ?? a.score)).slice(0, 3).map((h) => h.chunk.id);
    const short = index.search(index.parse('合法性审核最多能审多久'), 1);
    expect(short.length).toBeGreaterThan(1);
    for (const id of plainTop) expect(short.map((h) => h.chunk.id)).toContain(id);
  });

  it('is no evidence that the text speaks of a subject it does not', async () => {
    const r = await answerer.ask('合法性审核人员每月的补贴标准是多少钱？');
    expect(r.grounded).toBe(false);
    expect(plainText(r)).not.toContain('15个工作日');
  });
});

describe('a list asked of a thing the next sentence takes up', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ [`${LAND}.txt`]: LAND_TEXT }));
  });

  it('is answered by the sentence that names it and the list after it', async () => {
    const a = plainText(await answerer.ask('入市之前要拟的入市方案，里面得写哪些内容？'));
    for (const item of ['地块名称', '出让年限', '出让起始价']) expect(a).toContain(item);
  });
});

describe('parts asked of a thing the text speaks of', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ [`${CULTURE}.txt`]: CULTURE_TEXT }));
  });

  it('are that thing\'s, not the document\'s own parts', async () => {
    const a = plainText(await answerer.ask('符合条件的文化企业可以到哪些板块去融资？'));
    for (const board of ['创业板', '新三板', '科创板']) expect(a).toContain(board);
    expect(a).not.toContain('关于工商管理');
  });

  it('are the document\'s parts when the question names only the document', async () => {
    const a = plainText(await answerer.ask('支持文化企业发展的规定分成哪几个部分？'));
    expect(a).toContain('关于投资和融资');
    expect(a).toContain('关于人员安置');
    // (…and when a clause after the one that asks them goes on to one of them.)
    expect(plainText(await answerer.ask('支持文化企业发展的规定分成哪几个部分？融资那部分讲什么'))).toContain('关于人员安置');
  });
});
