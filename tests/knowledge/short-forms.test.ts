// Short forms of the names a document uses, and questions that say them (`公租房`, `住建局`).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { mayShorten, pairFormOf, shortFormOf, shortFormsOf, wordsOf } from '../../src/knowledge/short-forms.ts';
import { createTokenizer } from '../../src/retrieval/lexical/tokenize.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const TITLE = '青州市住房和城乡建设局关于印发青州市公共租赁住房管理规定的通知';
const TEXT =
  `${TITLE}\n\n第一条 为规范公共租赁住房管理，制定本规定。\n` +
  '第二条 公共租赁住房租赁合同期限为3年。合同期满需要续租的，应当在期满前2个月提出申请。\n' +
  '第三条 承租公共租赁住房的家庭，租金按市场租金的60%缴交。\n' +
  '第四条 市住房和城乡建设局负责全市公共租赁住房的统筹管理。\n';

describe('shortFormsOf', () => {
  const tok = createTokenizer();
  const forms = shortFormsOf(TEXT, TITLE, (run) => tok.tag(run));

  it('reads the short forms of the names a document repeats or titles itself with', () => {
    expect(forms.get('公租房')).toBe('公共租赁住房');
    expect(forms.get('住建局')).toBe('住房和城乡建设局');
  });

  it('makes no short form of what the text itself says, or of words that are no name', () => {
    expect(forms.has('管理规')).toBe(false);
    const said = shortFormsOf(`${TEXT}公租房的租金另行公布。\n`, TITLE, (run) => tok.tag(run));
    expect(said.has('公租房')).toBe(false);
  });

  it('reads a long word in the shorter words it is made of', () => {
    expect(wordsOf('公共租赁住房', ['公共', '租赁', '住房', '公共租赁住房'])).toEqual(['公共', '租赁', '住房']);
    expect(wordsOf('某某住房', ['住房'])).toEqual(['某', '某', '住房']);
  });
});

describe('mayShorten', () => {
  const tok = createTokenizer();
  const tag = (run: string) => tok.tag(run);

  it('is true of every short form a document has (it only spares reading the document for the others)', () => {
    const plans = readdirSync('knowledge').filter((f) => f.endsWith('.txt'));
    expect(plans.length).toBeGreaterThan(0);
    for (const [text, title] of [[TEXT, TITLE], ...plans.map((f) => [readFileSync(`knowledge/${f}`, 'utf8'), f.replace(/\.txt$/, '')])] as const) {
      const forms = shortFormsOf(text, title, tag);
      expect(forms.size).toBeGreaterThan(0);
      for (const form of forms.keys()) expect(mayShorten(text, title, form), form).toBe(true);
    }
  });

  it('shortFormOf reads one form as shortFormsOf reads them all', () => {
    const plans = readdirSync('knowledge').filter((f) => f.endsWith('.txt'));
    for (const [text, title] of [[TEXT, TITLE], ...plans.map((f) => [readFileSync(`knowledge/${f}`, 'utf8'), f.replace(/\.txt$/, '')])] as const) {
      const forms = shortFormsOf(text, title, tag);
      // Its own forms, and three characters from every place of the text that may give one (most do not).
      const tried = new Set(forms.keys());
      for (let i = 0; i + 10 <= text.length; i += 7) tried.add(text[i]! + text[i + 3]! + text[i + 6]!);
      let passed = 0;
      for (const form of tried) {
        expect(shortFormOf(text, title, form, tag), form).toBe(forms.get(form));
        if (mayShorten(text, title, form)) passed++;
      }
      expect(passed).toBeGreaterThan(forms.size);
    }
  });

  it('is false of what the text says and of characters no name of it holds in that order', () => {
    expect(mayShorten(TEXT, TITLE, '公租房')).toBe(true);
    expect(mayShorten(TEXT, TITLE, '管理规')).toBe(false);
    expect(mayShorten(TEXT, TITLE, '房租公')).toBe(false);
    expect(mayShorten(TEXT, TITLE, '公房租')).toBe(true);
    expect(mayShorten(`${TEXT}公租房。`, TITLE, '公租房')).toBe(false);
    // (Within one Han run of at most ten characters: not across a comma.)
    expect(mayShorten('公共，租赁住房', '', '公租房')).toBe(false);
    expect(mayShorten('公共甲乙丙丁戊己庚租房', '', '公租房')).toBe(false);
    expect(mayShorten('公共甲乙丙丁戊己租房', '', '公租房')).toBe(true);
  });
});

describe('a question that says a name by its short form', () => {
  it('is answered in the document\'s own words', async () => {
    const { answerer } = await answererOver({ [`${TITLE}.txt`]: TEXT });
    const contract = plainText(await answerer.ask('公租房合同一签几年？'));
    expect(contract).toContain('3年');
    expect(plainText(await answerer.ask('公租房归哪个部门统筹管理？'))).toContain('住房和城乡建设局');
    expect(plainText(await answerer.ask('住建局负责什么？'))).toContain('统筹管理');
  });
});

// Two-character short forms: the first character of each word of a four-character name (安全|评价 → 安评).
const SAFETY_TITLE = '某省安全评价机构管理办法';
const SAFETY =
  `${SAFETY_TITLE}\n第一条 为规范安全评价工作，制定本办法。\n` +
  '第二条 安全评价机构应当在评价结束后出具安全评价报告，报告保存期限不少于5年。\n' +
  '第三条 安全评价机构的资质有效期为3年。\n' +
  '第四条 省应急管理厅负责全省安全评价机构的监督管理。\n';

describe('pairFormOf', () => {
  const tok = createTokenizer();
  const tag = (run: string) => tok.tag(run);

  it('reads a two-character short form of a name the document uses', () => {
    expect(pairFormOf(SAFETY, SAFETY_TITLE, '安评', tag)).toBe('安全评价');
  });

  it('reads none the text says itself, none of characters no name holds, none two names share alike', () => {
    expect(pairFormOf(`${SAFETY}安评报告另行规定。\n`, SAFETY_TITLE, '安评', tag)).toBeUndefined();
    expect(pairFormOf(SAFETY, SAFETY_TITLE, '评安', tag)).toBeUndefined();
    expect(pairFormOf(SAFETY, SAFETY_TITLE, '安', tag)).toBeUndefined();
    const both = '能源评估应当规范。能源评估报告备案。能力评价应当公开。能力评价结果公示。';
    expect(pairFormOf(both, '', '能评', tag)).toBeUndefined();
    expect(pairFormOf(`${both}能源评估每年开展。能源评估结果通报。能源评估纳入考核。能源评估由省里组织。`, '', '能评', tag)).toBe('能源评估');
  });

  it('reads no name across words: the four characters must be two words where they stand', () => {
    // (`全年报告期内`: 年 and 报 stand in 全年 and 报告期, no name 年度报告 or the like.)
    expect(pairFormOf('全年报告期内不得变更。全年报告期满后重新申请。', '', '年报', tag)).toBeUndefined();
  });
});

describe('a question that says a name by two characters', () => {
  it('is answered in the document\'s own words (安评机构 → 安全评价机构)', async () => {
    const { answerer } = await answererOver({ [`${SAFETY_TITLE}.txt`]: SAFETY });
    const a = await answerer.ask('安评机构由哪个部门监督管理？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('省应急管理厅');
  });
});
