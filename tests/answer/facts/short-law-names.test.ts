// A law named the way people shorten it (`反恐那部法律`, `网安法`, `民诉法`, `工伤条例`) is the one asked
// about — when the short name fits one law only — and a name found inside a word the asker said is no
// law's whose title does not begin with that word (`劳保条例` is no 海关事务担保条例, `原判决适用法律`
// names no 涉外民事关系法律适用法). Tested on real laws from the shared corpus, loaded with the plan.
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { abbreviates } from '../../../src/answer/facts/abbreviation.ts';
import { explicitDocument } from '../../../src/answer/facts/documents.ts';
import { buildIndex } from '../../../src/retrieval/build.ts';
import type { KnowledgeIndex } from '../../../src/retrieval/knowledge-index.ts';
import { KNOWLEDGE, ROOT } from '../../support/seed.ts';

const LAWS = path.resolve(ROOT, '../shared/corpus/laws');
const FILES = [
  '宪法相关法/反恐怖主义法(2018-04-27).md',
  '行政法/网络安全法(2016-11-07).md',
  '行政法规/网络数据安全管理条例(2024-09-24).md',
  '经济法/个人所得税法(2018-08-31).md',
  '行政法规/个人所得税法实施条例(2018-12-18).md',
  '诉讼与非诉讼程序法/民事诉讼法(2021-12-24).md',
  '诉讼与非诉讼程序法/民事诉讼法(2023-09-01).md',
  '诉讼与非诉讼程序法/刑事诉讼法(2018-10-26).md',
  '宪法相关法/村民委员会组织法(2018-12-29).md',
  '宪法相关法/全国人民代表大会组织法(2021-03-11).md',
  '行政法规/劳动保险条例(1953-01-02).md',
  '行政法规/劳动保障监察条例(2004-11-01).md',
  '行政法规/海关事务担保条例(2018-03-19).md',
  '经济法/统计法(2024-09-13).md',
  '行政法规/统计法实施条例(2017-05-28).md',
  '社会法/劳动法(2018-12-29).md',
  '社会法/劳动合同法(2012-12-28).md',
  '民法商法/涉外民事关系法律适用法(2010-10-28).md',
  '行政法规/幼儿园管理条例(1989-09-11).md',
  '行政法规/工伤保险条例(2010-12-20).md',
  '行政法/核安全法(2017-09-01).md',
  '经济法/反不正当竞争法(2019-04-23).md',
  '行政法规/矿产资源监督管理暂行办法(1987-04-28).md',
  '行政法规/有线电视管理暂行办法(2018-09-18).md',
  '社会法/社会保险法(2018-12-29).md',
  '诉讼与非诉讼程序法/国际刑事司法协助法(2018-10-26).md',
];

describe('abbreviates', () => {
  it('keeps the first character and picks the rest in order', () => {
    expect(abbreviates('反恐', '反恐怖主义')).toBe(true);
    expect(abbreviates('税收征管', '税收征收管理')).toBe(true);
    expect(abbreviates('网安', '网络安全')).toBe(true);
    expect(abbreviates('安网', '网络安全')).toBe(false);
    expect(abbreviates('恐怖', '反恐怖主义')).toBe(false);
    // (The stem itself is its name, not a short one.)
    expect(abbreviates('劳动', '劳动')).toBe(false);
  });
});

describe.skipIf(!existsSync(LAWS))('laws named short', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'short-laws-'));
    cpSync(KNOWLEDGE, dir, { recursive: true });
    for (const f of FILES) {
      mkdirSync(path.join(dir, path.dirname(f)), { recursive: true });
      cpSync(path.join(LAWS, f), path.join(dir, f));
    }
    ({ index } = await buildIndex({ dir, version: 1 }));
  }, 120_000);

  const named = (q: string) => explicitDocument(index, q);
  const titleOf = (q: string) => named(q)?.docs.map((d) => d.title);

  it('names the one law a short name fits, the latest text of its title', () => {
    expect(titleOf('我在景区开民宿，客人不肯登记身份证，按反恐那部法律要罚多少？')).toEqual(['中华人民共和国反恐怖主义法']);
    expect(named('按反恐那部法律要罚多少？')?.name).toBe('反恐那部法律');
    expect(titleOf('网安法规定的网络运营者有哪些义务？')).toEqual(['中华人民共和国网络安全法']);
    expect(titleOf('个税法里专项附加扣除有哪些？')).toEqual(['中华人民共和国个人所得税法']);
    expect(titleOf('刑诉法里取保候审最长多久？')).toEqual(['中华人民共和国刑事诉讼法']);
    const civil = named('民诉法规定的管辖是怎样的？')!.docs;
    expect(civil).toHaveLength(1);
    expect(civil[0]!.title).toBe('中华人民共和国民事诉讼法');
    expect(civil[0]!.id).toContain('2023-09-01');
    expect(titleOf('工伤条例里停工留薪期多长？')).toEqual(['工伤保险条例']);
    // A name said whole with a pointer: the law of that name, not the others that begin with it.
    expect(titleOf('劳动那部法律规定每天工作几小时？')).toEqual(['中华人民共和国劳动法']);
  });

  it('names none where a short name fits two laws, or is no name', () => {
    // (劳保: 劳动保险条例 and 劳动保障监察条例 alike.)
    expect(named('劳保条例里养老补助费怎么领？')).toBeNull();
    expect(named('这些法律法规怎么查？')).toBeNull();
    expect(named('按统计法那个实施条例，原始调查表要保存几年？')?.docs[0]?.title).not.toBe('中华人民共和国个人所得税法实施条例');
  });

  it('names no law by a field of law said in common words, nor by the genre `…法规`', () => {
    expect(named('国际法和国内法是什么关系？')).toBeNull();
    expect(named('社会法包括哪些法律？')).toBeNull();
    expect(named('网络法规有哪些？')).toBeNull();
    expect(titleOf('网安法规定的网络运营者有哪些义务？')).toEqual(['中华人民共和国网络安全法']);
  });

  it('keeps a name said whole after a character jieba glued to it (`按核安全法` cut 按核)', () => {
    expect(titleOf('按核安全法，核设施营运单位要承担什么责任？')).toEqual(['中华人民共和国核安全法']);
    expect(titleOf('依反不正当竞争法，商业贿赂怎么罚？')).toEqual(['中华人民共和国反不正当竞争法']);
  });

  it('lets no word the asker said alone pick one of the titles an ending fits (`政务数据资源管理暂行办法`)', () => {
    expect(named('阿坝州政务数据资源管理暂行办法由谁负责解释？')).toBeNull();
  });

  it('takes no name from inside a word the asker said unless the title begins with that word', () => {
    expect(titleOf('村委会组织法里，罢免村委会主任要多少人联名？')).toEqual(['中华人民共和国村民委员会组织法']);
    expect(named('公园管理条例里对遛狗有什么规定？')?.docs[0]?.title).not.toBe('幼儿园管理条例');
    expect(named('原判决适用法律确实有错，最高法会怎么处理？')).toBeNull();
  });
});
