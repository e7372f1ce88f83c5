// `要交多少申请费`: the figure asked is named by a word (申请费) the text never uses — it says 申请 and states other
// figures (有效期为5年, 6个月内). Whatever figure the passage holds is not that one: the answer says the text does
// not state it. A fee the text does name is answered.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const title = '某省互联网药品信息服务管理办法';
const text = [
  title,
  '第一条 为加强药品监督管理，规范互联网药品信息服务活动，制定本办法。',
  '第二条 申请提供互联网药品信息服务，应当向所在地省级药品监督管理部门提出申请。',
  '第三条 《互联网药品信息服务资格证书》有效期为5年。有效期届满需要继续提供服务的，持证单位应当在有效期届满前6个月内申请换发。',
  '第四条 申请换发证书的，应当缴纳工本费每本10元。',
].join('\n');

describe('a figure named by a word the text never uses', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ [`${title}.txt`]: text }));
  });

  it('is said to be unstated, not answered with another figure of the passage', async () => {
    const a = await answerer.ask('申请互联网药品信息服务资格证书要交多少申请费？');
    expect(a.grounded).toBe(false);
    expect(plainText(a)).toMatch(/^文件没有写明/u);
  });

  it('is the answering document’s word to use, not any loaded text’s', async () => {
    // A law beside it says 申请费: the 办法 answering still never does.
    const { answerer: beside } = await answererOver({
      [`${title}.txt`]: text,
      '某专利收费管理规定.txt': ['某专利收费管理规定', '第一条 申请人申请专利的，应当缴纳申请费。发明专利申请费为900元。'].join('\n'),
    });
    const a = await beside.ask('申请互联网药品信息服务资格证书要交多少申请费？');
    expect(a.grounded).toBe(false);
    expect(plainText(a)).toMatch(/^文件没有写明/u);
  });

  it('is answered where the text names it', async () => {
    const a = await answerer.ask('换发资格证书要交多少工本费？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('10元');
  });
});
