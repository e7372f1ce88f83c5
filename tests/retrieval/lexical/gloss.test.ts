// The dictionary read forwards (Chinese headword → English words of its senses): what lets an English
// name be matched word by word against a Chinese title.
import { describe, expect, it } from 'vitest';
import { bridgeEnglish, buildGloss, chineseGloss, kbSenses } from '../../../src/retrieval/lexical/english.ts';

describe('the Chinese gloss table', () => {
  it('keeps the content words of short senses, not a surname, a variant pointer or a long definition', () => {
    const gloss = buildGloss(
      [
        ['处罚', 'to penalize/to punish'],
        ['王', 'surname Wang/king'],
        ['王国', 'kingdom/realm'],
        ['台风', 'typhoon/variant of 颱風'],
        ['总则', 'general rule/general provisions of a law, set out before its chapters on particular matters'],
        ['某词', 'a word'],
      ],
      (zh) => zh !== '某词',
    );
    expect(gloss.get('处罚')).toEqual(['penalize', 'punish']);
    // (One character is no word of a title; a word jieba does not know is left out.)
    expect(gloss.has('王')).toBe(false);
    expect(gloss.has('某词')).toBe(false);
    expect(gloss.get('台风')).toEqual(['typhoon']);
    expect(gloss.get('总则')).toEqual(['general', 'rule']);
  });

  it('ships the table built from CC-CEDICT, looked up in place', () => {
    expect(chineseGloss().get('处罚')).toEqual(expect.arrayContaining(['penalize', 'punish']));
    expect(chineseGloss().get('医疗器械')).toEqual(expect.arrayContaining(['medical']));
  });

  it('finds the knowledge base’s own word of a sense the bridge’s commonest headwords miss, after the bridge’s', () => {
    const vocabulary = ['滞纳金', '社会保险费', '缴纳', '已故'];
    const df = (t: string) => (t === '缴纳' ? 40 : 3);
    const senses = kbSenses(vocabulary, df);
    expect(senses.get('late')).toContain('滞纳金');
    const known = (zh: string) => vocabulary.includes(zh);
    const bridged = (q: string) => bridgeEnglish(q, known, 3, new Map(), (w) => senses.get(w) ?? []);
    // `late`: of the bridge's headwords these texts have 已故 (the late…); the texts' own 滞纳金 follows it.
    expect(bridged('What late fee applies?').find((b) => b.en === 'late')?.zh).toEqual(['已故', '滞纳金']);
    // In texts without any of the bridge's words for it: the texts' own word of that sense, 滞纳金.
    const noDead = (zh: string) => zh !== '已故' && known(zh);
    expect(bridgeEnglish('What late fee applies?', noDead, 3, new Map(), (w) => senses.get(w) ?? []).find((b) => b.en === 'late')?.zh).toEqual(['滞纳金']);
  });
});
