// A law named outright — `劳动合同法`, `《环境保护法》` — is the one asked about, among others whose
// titles end alike (海洋环境保护法), in two texts of one title (公司法 before and after 2023) or filed in
// parts (民法典's books). Tested on real laws from the shared corpus, loaded with the plan.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { factsAnswerer } from '../../../src/answer/facts/answerer.ts';
import { explicitDocument, namedDocuments } from '../../../src/answer/facts/documents.ts';
import { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { buildIndex } from '../../../src/retrieval/build.ts';
import type { KnowledgeIndex } from '../../../src/retrieval/knowledge-index.ts';
import { KNOWLEDGE, ROOT } from '../../support/seed.ts';
import { answererOver } from '../../support/docs.ts';

const LAWS = path.resolve(ROOT, '../shared/corpus/laws');
const FILES = [
  '行政法/环境保护法(2014-04-24).md',
  '行政法/海洋环境保护法(2017-11-04).md',
  '行政法/海洋环境保护法(2023-10-24).md',
  '民法商法/公司法(2018-10-26).md',
  '民法商法/公司法(2023-12-29).md',
  '民法商法/消费者权益保护法(2013-10-25).md',
  '社会法/劳动合同法(2012-12-28).md',
  '民法典/婚姻家庭编.md',
  '民法典/继承编.md',
  '行政法/教育法(2021-04-29).md',
  '行政法/国防教育法(2018-04-27).md',
  '行政法/国防教育法(2024-09-13).md',
  '行政法/义务教育法(2018-12-29).md',
  // (Five titles under 中华人民共和国国防: a heading shared as often as the check for one asks.)
  '宪法相关法/国防法(2020-12-26).md',
  '行政法/国防交通法(2016-09-03).md',
  '行政法/国防动员法(2010-02-26).md',
  // Named in English by their own words: a law whose senses the bridge's commonest headwords miss (处罚 for
  // `Penalty`), regulations beside others of a like name (外交 and 领事特权与豁免条例; 兽药 and 医疗器械管理条例).
  '行政法/行政处罚法(2021-01-22).md',
  '行政法/广告法(2021-04-29).md',
  '民法商法/电子商务法(2018-08-31).md',
  '行政法规/兽药管理条例(2020-03-27).md',
  '行政法规/医疗器械监督管理条例(2021-02-09).md',
  '行政法规/残疾人就业条例(2007-02-25).md',
  '行政法规/直销管理条例(2017-03-01).md',
  '宪法相关法/领事特权与豁免条例(1990-10-30).md',
  '宪法相关法/外交特权与豁免条例(1986-09-05).md',
];

describe.skipIf(!existsSync(LAWS))('laws named outright', () => {
  let index: KnowledgeIndex;
  let answerer: Answerer;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'named-laws-'));
    cpSync(KNOWLEDGE, dir, { recursive: true });
    for (const f of FILES) {
      mkdirSync(path.join(dir, path.dirname(f)), { recursive: true });
      cpSync(path.join(LAWS, f), path.join(dir, f));
    }
    ({ index } = await buildIndex({ dir, version: 1 }));
    answerer = new Answerer({ index: () => index, facts: factsAnswerer });
  }, 60_000);

  it('takes the title whose ending the question writes, with nothing but a shared heading before it', () => {
    expect(explicitDocument(index, '《环境保护法》第五十九条规定了什么？')?.docs.map((d) => d.id)).toEqual(['行政法/环境保护法(2014-04-24).md']);
    // Two texts of one title: the later revision.
    expect(explicitDocument(index, '公司法规定股东出资期限是多久？')?.docs.map((d) => d.id)).toEqual(['民法商法/公司法(2023-12-29).md']);
    // One code filed in books: every book is meant.
    expect(explicitDocument(index, '民法典规定的结婚年龄是多少？')?.docs).toHaveLength(2);
    // `教育法`: not the 国防教育法 whose longer heading (中华人民共和国国防) other titles share too.
    expect(explicitDocument(index, '教育法第十九条规定的是什么内容？')?.docs.map((d) => d.id)).toEqual(['行政法/教育法(2021-04-29).md']);
    expect(explicitDocument(index, '国防教育法第三条讲什么？')?.docs.map((d) => d.id)).toEqual(['行政法/国防教育法(2024-09-13).md']);
    // `保护法` ends several titles and names none of them; an ordinary word names nothing.
    expect(explicitDocument(index, '保护法有哪些规定？')).toBeNull();
    expect(explicitDocument(index, '企业所得税的税率是多少？')).toBeNull();
  });

  it('answers article N of the law named, not a list of every text with an article N', async () => {
    const a = await answerer.ask('《环境保护法》第五十九条规定了什么？');
    expect(plainText(a)).toContain('按日连续处罚');
    expect(a.citations[0]?.source).toContain('环境保护法');
    expect(a.citations[0]?.source).not.toContain('海洋');
  });

  it('asks the question of the law named, ranked among its own articles', async () => {
    const a = await answerer.ask('劳动合同法规定，劳动合同期限一年以上不满三年的，试用期最长多久？');
    expect(plainText(a)).toContain('二个月');
    expect(a.citations[0]?.source).toContain('劳动合同法');
  });

  it('reads when a law was adopted and last amended from the dated lines at its head', async () => {
    const a = await answerer.ask('消费者权益保护法是哪一年通过的？现行文本是什么时候修正的？');
    expect(plainText(a)).toContain('1993年10月31日');
    expect(plainText(a)).toContain('2013年10月25日');
    const doc = index.documents.find((d) => d.id.includes('消费者权益保护法'))!;
    // Each history entry is a line of the document's head, as written.
    for (const h of doc.facts!.history) expect(doc.text).toContain(h.text);
    expect(doc.facts!.history.map((h) => h.event)).toEqual(['通过', '修正', '修正']);
  });

  it('takes a law named in English through the dictionary bridge, the shortest title holding every word', () => {
    const named = (q: string) => explicitDocument(index, q)?.docs.map((d) => path.basename(d.id));
    expect(named('Under the PRC Company Law, what share of after-tax profits goes to the statutory reserve?')).toEqual(['公司法(2023-12-29).md']);
    expect(named('What does the Consumer Rights Protection Law say about returns?')).toEqual(['消费者权益保护法(2013-10-25).md']);
    // `Environmental Protection Law` fits 环境保护法 and 海洋环境保护法: the shorter is the name.
    expect(named('Under the Environmental Protection Law, when is Environment Day?')).toEqual(['环境保护法(2014-04-24).md']);
  });

  it('takes regulations and measures named in English by what they are on, each word said by a word of the title', () => {
    const named = (q: string) => explicitDocument(index, q)?.docs.map((d) => path.basename(d.id));
    // 处罚's senses (penalize, punish) say `Penalty`; `E-` is electronic, not the 广告 whose senses say commercial.
    expect(named('When did the current Administrative Penalty Law come into force?')).toEqual(['行政处罚法(2021-01-22).md']);
    expect(named('Under the E-Commerce Law, how long must a platform keep transaction records?')).toEqual(['电子商务法(2018-08-31).md']);
    // The genre, then what they are on; the title more of whose own words the name says.
    expect(named('Under the Regulations on Direct Selling, is there a cap on pay?')).toEqual(['直销管理条例(2017-03-01).md']);
    expect(named('What share of staff must be disabled under the Regulations on the Employment of Persons with Disabilities?')).toEqual(['残疾人就业条例(2007-02-25).md']);
    expect(named("Under China's Regulations on the Supervision and Administration of Medical Devices, how long is a licence valid?")).toEqual(['医疗器械监督管理条例(2021-02-09).md']);
    expect(named("Under China's regulations on consular privileges and immunities, can a consul be detained?")).toEqual(['领事特权与豁免条例(1990-10-30).md']);
    // One word before a genre in lower case is no name; a name no title says is none.
    expect(named('What fine do the disciplinary regulations set for this?')).toBeUndefined();
    expect(named('Under the Regulations on Lunar Mining Permits, who decides?')).toBeUndefined();
  });
});


describe('what a law is for, and when it takes effect, asked together', () => {
  it('gives the purpose its first article states and the date it takes effect, in one answer', async () => {
    const { answerer } = await answererOver(
      {
        '中华人民共和国河道保护法.md':
          '# 中华人民共和国河道保护法\n\n（2024年6月1日第十四届全国人民代表大会常务委员会第九次会议通过）\n\n## 第一章 总则\n\n第一条 为了保护河道生态，保障防洪安全，制定本法。\n\n第二条 在中华人民共和国境内从事河道管理活动，适用本法。\n\n## 第二章 附则\n\n第三十条 本法自2025年1月1日起施行。\n',
      },
      true,
    );
    const a = plainText(await answerer.ask('《河道保护法》的立法目的是什么？自何时起施行？'));
    expect(a).toContain('保护河道生态');
    expect(a).toContain('2025年1月1日');
    // A purpose the text does not state is not answered by the date alone.
    const { answerer: noPurpose } = await answererOver({ '河湾市河道管理办法.txt': '河湾市河道管理办法\n\n第一条 河道管理适用本办法。\n第二条 本办法自2025年3月1日起施行。\n' }, true);
    expect(plainText(await noPurpose.ask('《河湾市河道管理办法》的立法目的是什么？自何时起施行？'))).not.toMatch(/^《河湾市河道管理办法》本办法自/u);
  });
});

describe('a judicial interpretation of a numbered series', () => {
  it('is named by its number after its kind (劳动争议解释（一）第二条), not a sibling or an item (一)', async () => {
    const pick = [
      '司法解释/最高人民法院关于审理劳动争议案件适用法律问题的解释（一）(2020-12-29).md',
      '司法解释/最高人民法院关于审理劳动争议案件适用法律若干问题的解释（二）(2006-08-14).md',
      '司法解释/最高人民法院关于审理劳动争议案件适用法律若干问题的解释（三）(2010-09-13).md',
      '司法解释/最高人民法院关于审理劳动争议案件适用法律若干问题的解释（四）(2013-01-18).md',
      '司法解释/最高人民法院关于审理劳动争议案件适用法律若干问题的解释(2001-04-16).md',
      '诉讼与非诉讼程序法/劳动争议调解仲裁法(2007-12-29).md',
    ];
    const files: Record<string, string> = {};
    for (const rel of pick) {
      const file = path.join(LAWS, rel);
      expect(existsSync(file)).toBe(true);
      files[path.basename(rel)] = readFileSync(file, 'utf8');
    }
    const { answerer, index } = await answererOver(files, true);
    // Named clearly: ahead of the siblings whose titles differ by the number only.
    const [first, second] = namedDocuments(index, '劳动争议解释（三）第二条讲的是什么');
    expect(first!.doc.title).toContain('解释(三)');
    expect(first!.score).toBeGreaterThanOrEqual(second!.score * 1.5);
    const a = plainText(await answerer.ask('劳动争议解释（一）第二条讲的是什么'));
    expect(a).toContain('解释（一）》第二条');
    expect(a).toContain('不属于劳动争议');
    // (二), (三) and (四) have one title but for the number.
    const b = plainText(await answerer.ask('劳动争议解释（三）第二条讲的是什么'));
    expect(b).toContain('解释（三）》第二条');
  });
});
