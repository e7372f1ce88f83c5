// What of a question counts as something asked about (a concept): words the question says, not runs
// of the asker's grammar that search mode glued together.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeIndex } from '../../src/retrieval/knowledge-index.ts';
import { answererOver } from '../support/docs.ts';
import { bridgeEnglish, wordForms } from '../../src/retrieval/lexical/english.ts';

describe('question concepts', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    ({ index } = await answererOver({
      '扩岗补助办法.txt': '扩岗补助办法\n\n第一条 招用未就业高校毕业生的，按每招用1人不超过1500元的标准给予一次性扩岗补助。贷款资金一般3个工作日内到账。\n第二条 线上招聘与线下招聘同等对待。\n',
    }));
  });
  const concepts = (q: string) => index.parse(q).concepts.map((c) => c.text);

  it('does not join single words the tagger reads as grammar (人/最/多)', () => {
    const c = concepts('政府给的一次性补助一个人最多多少钱？');
    expect(c).toContain('补助');
    expect(c).not.toContain('人最多');
  });

  it('takes a preposition jieba glued to the next word off it, keeping the word the documents use', () => {
    // `对线上…` is cut 对线/上: the documents say 线上, never 对线.
    const c = concepts('对线上招聘的高校毕业生有没有扩岗补助？');
    expect(c).toContain('线上');
    expect(c).not.toContain('对线');
  });

  it('keeps the unit of an asking word with it (哪天开的 is 哪天/开, not 哪/天开)', () => {
    expect(concepts('扩岗补助的申报是哪天开的？')).not.toContain('天开');
  });

  it('still joins characters jieba left single because it did not know the word', () => {
    expect(concepts('贷款多久能到账？')).toContain('到账');
  });

  it('keeps a grade label (B类, 1级) as what is asked, without its bare number', () => {
    const c = concepts('B类护理每月上门几次？1级待遇的评估费个人承担多大比例？');
    expect(c).toEqual(expect.arrayContaining(['b类', '1级']));
    expect(c).not.toContain('1');
  });

  it('reads the unit of the amount asked as part of the asking (多少天内)', () => {
    expect(concepts('多少天内要去税务机关办理登记？')).not.toContain('天内');
    expect(concepts('多少天内要去税务机关办理登记？')).toContain('登记');
  });

  it('reads a bound on the amount asked (最长是几年, 最多能贷多少) as part of the asking', () => {
    expect(concepts('贷款期限最长是几年？')).not.toContain('最长');
    expect(concepts('个人最多能贷多少？')).not.toContain('最多');
    // Without an amount asked the word stays what it says.
    expect(concepts('哪些企业的研发投入最高？')).toContain('最高');
  });

  it('reads an adverb and a pointer no document uses (一直, 就是, 那句) and 啥样 as the asking, not as topics', () => {
    const c = concepts('说白了就是一直招不到毕业生，那句扩岗补助的规定是啥样？');
    expect(c).toEqual(expect.arrayContaining(['扩岗', '补助']));
    for (const w of ['就是', '一直', '那句', '什么样', '啥样']) expect(c).not.toContain(w);
  });

  it('reads A-not-A, a potential complement and the asker\'s rough age as the asking (能不能, 出不了, 70多岁)', () => {
    const c = concepts('我爸70多岁了出不了门，招用毕业生能不能拿补助？会不会到账？');
    expect(c).toEqual(expect.arrayContaining(['补助', '到账']));
    for (const w of ['不能', '不会', '不了', '多岁']) expect(c).not.toContain(w);
    // 不能 said outright is what it says.
    expect(concepts('哪些情形不能申请补助？')).toContain('不能');
  });

  it('bridges English in its British spelling (centres, labour) and leaves the asking (the number of) out', () => {
    const zh = (q: string) => Object.fromEntries(bridgeEnglish(q, () => true).map((b) => [b.en, b.zh]));
    expect(zh('health centres')['centres']).toContain('中心');
    expect(zh('labour disputes')['labour']?.length).toBeGreaterThan(0);
    expect(Object.keys(zh('the number of working days'))).not.toContain('number');
    // In a dictionary phrase the word still counts (`growth rate` → 增长率).
    expect(zh('growth rate')['growth rate']).toContain('增长率');
    expect(concepts('What is the number of working days?')).not.toContain('number');
  });

  it("leaves the asker's voice out of English (contractions' tails, `actually`, `someone`, the bound asked by)", () => {
    const c = concepts("I've heard someone's subsidy is actually paid in a lump sum — what's the maximum, and they're all graduates?");
    for (const w of ['ve', 're', 'heard', 'someone', 'actually', 'maximum', 'all']) expect(c, w).not.toContain(w);
    expect(concepts('What is the longest period a graduate can get the subsidy?')).not.toContain('longest');
  });

  it('reads English past forms and comparatives by the word the dictionary has', () => {
    expect(wordForms('paid')).toContain('pay');
    expect(wordForms('built')).toContain('build');
    expect(wordForms('higher')).toContain('high');
    expect(wordForms('bigger')).toContain('big');
    expect(wordForms('earlier')).toContain('early');
    // (Not every -er is a comparative: an employer is no `employ`.)
    expect(wordForms('employer')).toEqual(['employer']);
    // (A noun in -ility by its adjective, after its own senses: disability → disabled, 残疾.)
    expect(wordForms('disability').slice(0, 1)).toEqual(['disability']);
    expect(wordForms('disability')).toContain('disabled');
    expect(bridgeEnglish('disability subsidies', (w) => w === '残疾' || w === '补贴').find((b) => b.en === 'disability')?.zh).toEqual(['残疾']);
    // (A word's own senses first: `later` is 以后 before anything of `late`.)
    expect(wordForms('later')[0]).toBe('later');
    const zh = (q: string) => Object.fromEntries(bridgeEnglish(q, () => true).map((b) => [b.en, b.zh]));
    expect(zh('the fees paid')['paid']?.some((w) => /付|支/u.test(w))).toBe(true);
    // (A dictionary phrase with a word of the asker's voice in it is still looked up whole.)
    expect(zh('a down payment')['down payment']).toContain('首付');
  });
});

describe('concept weights', () => {
  const files = {
    '目标办法.txt': '目标办法\n第一条 到2025年，目标是新增企业100家。\n第二条 指标每年考核一次。\n',
    'aliases.json': JSON.stringify({ groups: [['目标', '指标', 'target', 'goal']] }),
  };
  const weightOf = (index: KnowledgeIndex, q: string, text: string) => {
    const c = index.parse(q).concepts.find((x) => x.text === text)!;
    return index.conceptIdf(c);
  };

  it('do not depend on which question came first (an alias group read from 目标 and from target)', async () => {
    const { index: fresh } = await answererOver(files);
    const alone = weightOf(fresh, '目标是多少？', '目标');
    const { index: asked } = await answererOver(files);
    weightOf(asked, 'What is the target?', 'target');
    expect(weightOf(asked, '目标是多少？', '目标')).toBe(alone);
  });

  it('weigh a pair no dictionary lists, of characters general Chinese uses everywhere, as those characters (内报 of 时间内报给), not as a rare word', async () => {
    // The text's `二十四小时内报当地公安机关` makes 内报 a rare word of the documents; the asker's `多长时间内报给公安`
    // holds two words cut apart. A quality and a thing (强市 of 旅游强市) is a coined word and keeps its weight.
    const { index } = await answererOver({
      '旅馆办法.txt': '旅馆办法\n第一条 旅馆接待境外旅客住宿，应当在二十四小时内报当地公安机关。\n第二条 经营者应当在三日内报主管部门备案。\n第三条 建设旅游强市，提升住宿服务水平。\n第四条 本办法自公布之日起施行。\n',
    });
    const concepts = index.parse('外国游客住宿登记表得多长时间内报给公安？强市指什么').concepts;
    const weight = (w: string) => index.conceptIdf(concepts.find((c) => c.text === w)!);
    // (住宿 is in two articles as 内报 is, and is a word of its own.)
    expect(weight('内报')).toBeLessThan(weight('住宿') / 2);
    expect(weight('强市')).toBeGreaterThan(weight('住宿'));
  });

  describe('conjunctions and particles', () => {
    let other: KnowledgeIndex;
    let ask: (q: string) => Promise<{ grounded: boolean; body: string }>;
    beforeAll(async () => {
      // A law that happens to use 要是 and 的话 in a passage about something else: rare there, so weighty
      // as words, though they only join the asker's clauses.
      const made = await answererOver({
        '扩岗补助办法.txt':
          '扩岗补助办法\n\n第一条 招用未就业高校毕业生的，按每招用1人不超过1500元的标准给予一次性扩岗补助。\n第二条 线上招聘与线下招聘同等对待，招用10人以上的另行奖励。\n第三条 当事人陈述“要是不签的话就走人”的，记入笔录。\n',
      });
      other = made.index;
      ask = (q) => made.answerer.ask(q);
    });

    it('are no concept of the question (要是, 的话, 还是)', () => {
      const c = other.parse('要是招用高校毕业生的话，扩岗补助是按人头还是按岗位给？').concepts.map((x) => x.text);
      expect(c).toEqual(expect.arrayContaining(['高校', '扩岗']));
      for (const w of ['要是', '的话', '还是']) expect(c).not.toContain(w);
    });

    it('nor are a preposition (冲着), a place word no document uses (里头) or a pointer read whole (这方面)', () => {
      const c = other.parse('冲着高校毕业生的扩岗补助，里头在线上招聘这方面有没有规定？').concepts.map((x) => x.text);
      expect(c).toEqual(expect.arrayContaining(['扩岗', '线上']));
      for (const w of ['冲着', '里头', '这方面', '方面']) expect(c).not.toContain(w);
    });

    it('keep a place word the documents use (以上, as in 1人以上)', () => {
      expect(other.parse('招用1人以上的有扩岗补助吗？').concepts.map((x) => x.text)).toContain('以上');
    });

    it('nor is a word for the name or the wording asked for (全称, 说法)', () => {
      const c = other.parse('扩岗补助这项政策的全称叫啥？法律上对线上招聘有什么说法？').concepts.map((x) => x.text);
      expect(c).toEqual(expect.arrayContaining(['扩岗', '线上']));
      for (const w of ['全称', '说法']) expect(c).not.toContain(w);
    });

    it('do not hold back an answer the passage gives', async () => {
      const a = await ask('要是招用未就业高校毕业生的话，扩岗补助一个人给多少？');
      expect(a.grounded).toBe(true);
      expect(a.body).toContain('1500元');
    });
  });
});

