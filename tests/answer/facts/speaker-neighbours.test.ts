// A follow-up on the speakers the last answer named (`他上一位呢`, `名单上紧挨着他往下那位`, `他俩谁排前面`,
// `五个人里正当间儿那位`): counted in the plan's list of speakers, whether the facts or a passage named them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { shippedAnswerer } from '../../support/kb.ts';

let answerer: Answerer;
beforeAll(async () => {
  ({ answerer } = await shippedAnswerer());
});

let session = 0;
async function turns(qs: string[]): Promise<string> {
  const sessionId = `speakers-${++session}`;
  let last = '';
  for (const q of qs) last = plainText(await answerer.ask(q, { sessionId }));
  return last;
}

describe('a neighbour of the speaker just named', () => {
  it('after him in the list (named by the facts)', async () => {
    const a = await turns(['科技局那天谁来发布的？', '名单上紧挨着他往下那位，叫啥，哪个局？']);
    expect(a).toContain('第3位发布人是市商务局');
    expect(a).toContain('王培夙');
  });

  it('before him, and both sides, where a passage named him', async () => {
    expect(await turns(['那天金融口派谁上的台', '他上一位呢？姓名和单位都要'])).toContain('王培夙');
    const both = await turns(['会上科技局来人了吗？', '他在名单上前后挨着的俩人，分别是哪个局的？']);
    expect(both).toContain('市工业和信息化局');
    expect(both).toContain('市商务局');
  });

  it('of two just named, the one listed first', async () => {
    expect(await turns(['金融那个局派来发布的，叫啥名？', '营商局呢？', '他俩名单上谁排前面？'])).toMatch(/排在前面的是杨光/u);
  });

  it('of all just listed, the one in the middle', async () => {
    expect(await turns(['那天台上坐了几位发布人来着？', '五个人里正当间儿那位，叫啥、在哪上班？'])).toContain('王培夙');
  });

  it('says the first has no one before him', async () => {
    const a = await turns(['工信局那天谁来发布的？', '他上一位呢？']);
    expect(a).toContain('前面没有其他发布人');
  });

  it('is no place a document is pointed at by (最开始那个方案)', async () => {
    const a = await turns(['这次发布会的发布人有哪些？', '再说回最开始那个方案，人才方面有什么举措？']);
    expect(a).not.toContain('第1位发布人');
  });
});
