// A word no loaded text uses may be the asker's word for one the text does use: the same sense in the dictionary
// (CC-CEDICT's English) and a character in common (`开采` / `采掘`: extract). A sense alone is too loose a tie —
// `电话` and `召开` are both `call` — and a word that names a figure (`产量`) is not stated by a passage that
// speaks of the activity (`稳定生产`) and counts something else (`3项任务`).
import { beforeAll, describe, expect, it } from 'vitest';
import { weighEvidence } from '../../src/answer/gate.ts';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import type { KnowledgeIndex } from '../../src/retrieval/knowledge-index.ts';
import { answererOver } from '../support/docs.ts';

const PLAN = `某市工业增长三年行动方案解读

一、总体目标
到2025年末，油气采掘业继续保持千万吨稳产。全国重要的石化产业基地建设突飞猛进。

二、重点任务
聚焦头部企业的带动作用，设置了抓好油田的稳定生产、抓好头部企业引育、抓好大中小企业融通3项任务。

三、保障措施
市政府新闻办召开新闻发布会，解读方案。确定了强化组织保障、加强开放合作、做好督查督办3项措施。
`;

let index: KnowledgeIndex;
let answerer: Answerer;
beforeAll(async () => {
  ({ index, answerer } = await answererOver({ '工业增长方案解读.txt': PLAN }));
});
const grounded = (q: string) => {
  const parsed = index.parse(q);
  return weighEvidence(index, parsed, index.search(parsed, 8)).grounded;
};

describe('a word of the same sense as the text’s', () => {
  it('counts where it shares a character with the text’s word (开采 / 采掘)', () => {
    expect(grounded('油气开采那一行方案是啥要求？')).toBe(true);
  });

  it('does not count on a sense alone (电话 is `call`, as 召开 is)', () => {
    expect(grounded('新闻发布会报名电话是多少？')).toBe(false);
  });

  it('does not make a figure the text never names stated by another figure (产量 is not 3项任务)', async () => {
    const a = await answerer.ask('油田去年一年原油产量是多少？');
    expect(a.grounded).toBe(false);
    expect(plainText(a)).toMatch(/^文件没有写明/u);
  });
});
