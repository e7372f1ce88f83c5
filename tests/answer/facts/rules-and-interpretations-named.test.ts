// Texts named by the law they serve: a law's implementing rules said with a 的 (`出入境管理法的实施细则`), and an
// interpretation said by its law and number (`公司法司法解释五`, `婚姻法司法解释（三）`) — the rules or the interpretation,
// not the law, and not another series' text of that number (刑法修正案（五）). Real texts of the shared corpus.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { explicitDocument, namesSeries } from '../../../src/answer/facts/documents.ts';
import { resolveFocus } from '../../../src/answer/conversation/focus.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import type { KnowledgeIndex } from '../../../src/retrieval/knowledge-index.ts';
import { answererOver } from '../../support/docs.ts';
import { ROOT } from '../../support/seed.ts';

const LAWS = path.resolve(ROOT, '../shared/corpus/laws');
const FILES = [
  '行政法/出境入境管理法(2012-06-30).md',
  '行政法规/公民出境入境管理法实施细则(2011-01-08).md',
  '民法商法/公司法(2023-12-29).md',
  '司法解释/最高人民法院关于适用《公司法》若干问题的规定（五）(2020-12-29).md',
  '司法解释/最高人民法院关于适用《公司法》若干问题的规定（三）(2011-01-27).md',
  '刑法/刑法修正案（五）.md',
  '司法解释/最高人民法院关于适用《婚姻法》若干问题的解释（一）(2001-12-24).md',
  '司法解释/最高人民法院关于适用《婚姻法》若干问题的解释（三）(2011-08-09).md',
];

let index: KnowledgeIndex;
let answerer: Answerer;
beforeAll(async () => {
  ({ index, answerer } = await answererOver(Object.fromEntries(FILES.map((f) => [path.basename(f), readFileSync(path.join(LAWS, f), 'utf8')]))));
});

const titleOf = (id: string | undefined) => (id ? index.document(id)?.title : undefined);

describe('implementing rules said with 的', () => {
  it('are the rules, not the law', async () => {
    const q = '按出入境管理法的实施细则，中国护照有效期是几年？到期以后能不能延期？';
    expect(explicitDocument(index, q)?.docs.map((d) => d.title)).toEqual(['中华人民共和国公民出境入境管理法实施细则']);
    const a = plainText(await answerer.ask(q));
    expect(a).toContain('护照有效期5年');
  });
});

describe('an interpretation said by its law and number', () => {
  it('is the interpretation of that number, not the law nor another series', () => {
    const q = '公司法司法解释五对董事被股东会提前解除职务是怎么规定的？';
    expect(explicitDocument(index, q)).toBeNull();
    expect(titleOf(resolveFocus(index, q, []).docId)).toContain('若干问题的规定(五)');
    const bracketed = '两边父母都出了钱买房，房本只写了男方的名字，按婚姻法司法解释（三）这房子怎么认定？';
    expect(titleOf(resolveFocus(index, bracketed, []).docId)).toContain('婚姻法》若干问题的解释(三)');
  });

  it('is not read into the law\'s own 解释权 nor the verb 解释', () => {
    expect(explicitDocument(index, '公司法的解释权归谁？')?.docs.map((d) => d.title)).toEqual(['中华人民共和国公司法']);
    expect(namesSeries('请解释一个概念')).toBe(false);
    expect(namesSeries('这和司法解释一致吗')).toBe(false);
    expect(namesSeries('婚姻法解释三里怎么说')).toBe(true);
  });

  it('is answered from it', async () => {
    const a = plainText(await answerer.ask('公司法司法解释五里，董事任期没满就被股东会决议解除职务，他能主张解除无效吗？'));
    expect(a).toContain('人民法院不予支持');
  });
});
