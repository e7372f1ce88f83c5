// A question about one of a series (`第一批`, `第一场`) answered from a text that numbers only another
// of it: the text says nothing of the one asked, and the answer says so instead of giving the other's.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { otherOrdinal } from '../../src/answer/asked.ts';
import { answererOver } from '../support/docs.ts';

const NOTICE = [
  '某市关于公布第二批中小企业特色产业集群名单的通知',
  '各区工业和信息化主管部门：',
  '经企业申报、区级推荐、专家评审，现将第二批中小企业特色产业集群名单予以公布，共8个集群，认定有效期3年。',
  '请各区加强对入选集群的培育，每年12月底前报送集群发展情况。',
].join('\n');

describe('an ordinal of a series the text does not number', () => {
  it('is answered as not stated, with what the text says; the one it numbers is answered', async () => {
    const { answerer } = await answererOver({ '某市关于公布第二批中小企业特色产业集群名单的通知.txt': NOTICE });
    const first = await answerer.ask('中小企业特色产业集群第一批名单里有几个集群？');
    expect(first.grounded).toBe(false);
    expect(plainText(first)).toContain('没有写明“第一批”');
    const second = await answerer.ask('中小企业特色产业集群第二批名单里有几个集群？');
    expect(second.grounded).toBe(true);
    expect(plainText(second)).toContain('8个集群');
  });

  it('is found only where the answer numbers another of the same unit', () => {
    const q = (s: string) => ({ normalized: s }) as Parameters<typeof otherOrdinal>[0];
    expect(otherOrdinal(q('第一批名单有谁'), '第二批名单共8个', '第二批名单共8个')).toBe('第一批');
    expect(otherOrdinal(q('第一批名单有谁'), '第二场发布会召开', '第二场发布会召开')).toBeNull();
    expect(otherOrdinal(q('第二批名单有谁'), '第二批名单共8个', '第二批名单共8个')).toBeNull();
    // (A sentence the asker quotes to have it checked states the ordinal; it does not ask of it.)
    expect(otherOrdinal(q('“第一批名单共8个”这句对不对'), '第二批名单共8个', '第二批名单共8个')).toBeNull();
    // (Nor one the asker doubts while asking which it is: the place is what is asked.)
    expect(otherOrdinal(q('同事说这是第一批，我记得不是，到底第几批？'), '第二批名单共8个', '第二批名单共8个')).toBeNull();
    expect(otherOrdinal(q('同事说这是第一场，到底是哪一场？'), '第二场发布会召开', '第二场发布会召开')).toBeNull();
  });
});
