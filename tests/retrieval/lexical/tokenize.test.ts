import { describe, expect, it } from 'vitest';
import { createTokenizer, quotedTerms } from '../../../src/retrieval/lexical/tokenize.ts';

describe('tokenizer', () => {
  it('collects quoted names from documents', () => {
    const terms = quotedTerms(['高标准实施好“千人助千企”专项行动，推行“揭榜挂帅”制度，创新“候鸟式”柔性引才机制。《专项方案》']);
    expect(terms).toEqual(expect.arrayContaining(['千人助千企', '揭榜挂帅', '候鸟式', '专项方案']));
  });

  it('keeps dictionary additions whole', () => {
    const plain = createTokenizer();
    const aware = createTokenizer(['千人助千企', '候鸟式']);
    const text = '实施好千人助千企专项行动，创新候鸟式柔性引才机制';
    expect(plain.index(text)).not.toContain('千人助千企');
    expect(aware.index(text)).toContain('千人助千企');
    expect(aware.index(text)).toContain('候鸟式');
  });

  it('drops question words but keeps plan words', () => {
    const t = createTokenizer();
    const q = t.query('这份方案的重点任务和目标有哪些要求和措施政策?');
    expect(q).toEqual(expect.arrayContaining(['任务', '目标', '要求', '措施', '政策']));
    expect(q).not.toContain('哪些');
    expect(q).not.toContain('的');
  });

  // (An extent asked, `做到哪儿为止`, and a place among, `从哪些人里面`: no word a passage must hold — over the laws,
  // 里面 weighed like a rare term and kept the article that answers out.)
  it('drops the words that frame an extent or a place among', () => {
    const t = createTokenizer();
    expect(t.query('水电气企业出资建设的部分要免费做到哪儿为止')).not.toContain('为止');
    expect(t.query('政府参事一般是从哪些人里面选聘的')).not.toContain('里面');
    expect(t.query('政府参事一般是从哪些人里面选聘的')).toContain('参事');
  });

  it('treats list positions as structure, not content', () => {
    const t = createTokenizer();
    expect(t.query('其中第二项具体怎么做')).not.toContain('第二项');
  });
});
