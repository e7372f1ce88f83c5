// A character the published text lost (a pinyin gloss left without its character) keeps its place as □: the
// words around it are not read as one, and an asker's quote of the whole passage (`“体现新担当”`) is still
// found in it — as long as most of the quote meets the text's own characters.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { usesQuoted } from '../../src/answer/asked.ts';
import { answererOver } from '../support/docs.ts';

const NOTICE =
  '溪城市制造业振兴新闻发布会\n' +
  '一、主要目标\n到2026年末，规模以上工业增加值年均增长6%。\n' +
  '二、下一步工作\n下一步，市工业和信息化局将抓好落实，努力在新征程中体現新?dān)?dāng)、彰显新作为，打好工业“翻身仗”。\n';

describe('characters lost from the text', () => {
  it('keeps their place and finds a quote across them, not a quote of lost characters alone', () => {
    const text = '努力在新征程中体现新□□、彰显新作为';
    expect(usesQuoted(text, '体现新担当')).toBe(true);
    expect(usesQuoted(text, '体现新担当、彰显新作为')).toBe(true);
    expect(usesQuoted(text, '担当')).toBe(false);
    expect(usesQuoted(text, '推进新担当')).toBe(false);
  });

  it('answers a question that quotes the passage as the asker knows it', async () => {
    const { answerer } = await answererOver({ 'notice.txt': NOTICE }, true);
    const a = await answerer.ask('发布会上说要“体现新担当”，后半句跟的是啥？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('彰显新作为');
    expect(plainText(a)).toContain('体现新□□');
  });
});
