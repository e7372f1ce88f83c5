// A word typed by its sound, one character off the documents' word (`碳达风` for 碳达峰), is read as theirs;
// a word the tokenizer knows — a name, a word of general Chinese — is never respelled into another.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { soundAlikes } from '../../src/retrieval/lexical/homophones.ts';
import { answererOver } from '../support/docs.ts';

const TITLE = '某市绿色制造三年行动方案';
const TEXT = [
  TITLE,
  '一、主要目标',
  '到2026年，全市培育绿色工厂40家，单位工业增加值能耗下降8%。',
  '二、重点任务',
  '（一）推进节能降碳。推动重点行业落实碳达峰目标任务，实行梯次达峰。（市发展改革委牵头）',
  '（二）培育绿色企业。对新认定的国家级绿色工厂给予一次性奖励50万元。（市工业和信息化局牵头）',
  '（三）实施揭榜挂帅。围绕绿色低碳关键技术实行揭榜挂帅，支持企业联合高校攻关。（市科技局牵头）',
  '',
].join('\n');

describe('soundAlikes', () => {
  it('gives the characters of the same reading, not the character itself', () => {
    expect(soundAlikes('风')).toContain('峰');
    expect(soundAlikes('叶')).toContain('业');
    expect(soundAlikes('风')).not.toContain('风');
    expect(soundAlikes('A')).toEqual([]);
  });
});

describe('a word typed by its sound', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ [`${TITLE}.txt`]: TEXT }));
  });

  it('is read as the documents write it', async () => {
    const a = await answerer.ask('碳达风这事，各行业是同一年一起达吗');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('梯次达峰');
    const b = await answerer.ask('新认定的国家级绿色工厂，企叶能拿多少奖励？');
    expect(b.grounded).toBe(true);
    expect(plainText(b)).toContain('50万元');
    const c = await answerer.ask('揭傍挂帅那条是哪个部门牵头？');
    expect(plainText(c)).toContain('市科技局');
  });

  it('is not a word the question spells right that the documents lack', async () => {
    // (风险 is a word of general Chinese: no slip for anything, whatever sounds like it.)
    const a = await answerer.ask('碳排放交易的风险补偿资金有多少？');
    expect(a.grounded).toBe(false);
  });
});

describe('a colloquial word glued from a character of grammar', () => {
  it('is typed on purpose: 群里 is no slip for the documents\' 群力', async () => {
    const { index } = await answererOver({ '某市群策群力行动方案.txt': '某市群策群力行动方案\n一、群策群力。发动群力，共建家园。\n二、组织保障。各区负责。\n' });
    const { respelled } = await import('../../src/answer/respell.ts');
    const ids = index.documents.map((d) => d.id);
    expect(respelled(index, '群里有人说这个方案谁负责', ids)).toBeNull();
    expect(respelled(index, '群策群立这个方案谁负责', ids)).toBe('群策群力这个方案谁负责');
  });

  it('is found inside a run the tokenizer could not read, though no word ends after it', async () => {
    // (`瞪|铃库`: jieba reads 瞪 as a verb and 铃库 as nothing it knows; the slip is 瞪铃, for 瞪羚.)
    const { index } = await answererOver({ '某市科技企业培育方案.txt': '某市科技企业培育方案\n一、梯度培育。建立科技企业库，对新入库的雏鹰、瞪羚、独角兽企业分别给予奖励10万元、20万元、50万元。\n二、组织保障。各区负责。\n' });
    const { respelled } = await import('../../src/answer/respell.ts');
    const ids = index.documents.map((d) => d.id);
    expect(respelled(index, '我们公司刚进了瞪铃库，奖励多少', ids)).toBe('我们公司刚进了瞪羚库，奖励多少');
  });
});

describe('a name the asker quotes, one character off by its sound', () => {
  it('is the documents\' name (“千人住千企” for 千人助千企), and a name they use is left as it is', async () => {
    const { index } = await answererOver({ '某市服务企业行动方案.txt': '某市服务企业行动方案\n一、服务企业。高标准实施好“千人助千企”专项行动，全面提高服务企业的能力。\n二、人才引育。创新“候鸟式”柔性引才机制。\n' });
    const { respelled } = await import('../../src/answer/respell.ts');
    const ids = index.documents.map((d) => d.id);
    expect(respelled(index, '那个行动叫“千人住千企”还是啥？', ids)).toBe('那个行动叫“千人助千企”还是啥？');
    expect(respelled(index, '方案里说的“侯鸟式”引才是个啥机制？', ids)).toBe('方案里说的“候鸟式”引才是个啥机制？');
    expect(respelled(index, '“千人助千企”行动是干啥的？', ids)).toBeNull();
    // (A quoted name with no name of the same sound in the documents is not made into one.)
    expect(respelled(index, '“专精特新”企业有啥奖励？', ids)).toBeNull();
  });
});
