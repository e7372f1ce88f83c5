// A law named outright is asked within: a few of the asker's own words that no loaded text uses (放羊 for the
// law's 放牧) do not refuse a question most of whose words the texts do use. Real laws from the shared
// corpus, loaded with the plan; a question whose words are mostly no text's is still refused.
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { factsAnswerer } from '../../../src/answer/facts/answerer.ts';
import { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { buildIndex } from '../../../src/retrieval/build.ts';
import { KNOWLEDGE, ROOT } from '../../support/seed.ts';

const LAWS = path.resolve(ROOT, '../shared/corpus/laws');
const FILES = [
  '经济法/铁路法(2015-04-24).md',
  '行政法规/铁路安全管理条例(2013-08-17).md',
  '经济法/公路法(2017-11-04).md',
  '经济法/森林法(2019-12-28).md',
  '行政法/道路交通安全法(2021-04-29).md',
];

describe.skipIf(!existsSync(LAWS))('the asker\'s own words in a question to a named law', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'named-law-words-'));
    cpSync(KNOWLEDGE, dir, { recursive: true });
    for (const f of FILES) {
      mkdirSync(path.join(dir, path.dirname(f)), { recursive: true });
      cpSync(path.join(LAWS, f), path.join(dir, f));
    }
    const { index } = await buildIndex({ dir, version: 1 });
    answerer = new Answerer({ index: () => index, facts: factsAnswerer });
  }, 60_000);

  it('answers from the law named when most of the question is its words', async () => {
    const a = await answerer.ask('铁路法里说，在铁路线路边上放羊，多远以内算违规？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('二十米以内');
    expect(a.citations[0]?.source).toContain('铁路法');
  });

  it('still refuses what the named law does not speak of', async () => {
    const a = await answerer.ask('铁路法里说，高铁上能不能吃泡面？带榴莲上车罚多少？');
    expect(a.grounded).toBe(false);
  });
});
