// The content screen every channel's inbound gate applies: the local word list (folding, reload),
// checks in order, and the refusal it answers with.
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldForMatch, screens, WordList, wordListScreen } from '../../src/channels/content-screen.ts';
import { contentRefusal } from '../../src/channels/texts.ts';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'screen-'));

describe('WordList', () => {
  it('folds script, width, case and separators', () => {
    expect(foldForMatch('辦 假-證 ＡＢＣ')).toBe('办假证abc');
  });

  it('matches disguised words and picks up edits; a broken file keeps the last list', async () => {
    const dir = tmp();
    const file = path.join(dir, 'blocked-words.json');
    writeFileSync(file, JSON.stringify({ words: ['违禁词', 'Bad Word'] }));
    let now = 0;
    const list = new WordList(file, undefined, () => now);
    expect(await list.match('这是違 禁·詞吗')).toBe('违禁词');
    expect(await list.match('a BAD-word here')).toBe('badword');
    expect(await list.match('工业增长目标')).toBeNull();
    writeFileSync(file, JSON.stringify({ words: ['新词'] }));
    const later = Date.now() + 10_000;
    utimesSync(file, later / 1000, later / 1000);
    now += 10_000;
    expect(await list.match('新词')).toBe('新词');
    expect(await list.match('违禁词')).toBeNull();
    writeFileSync(file, '{ not json');
    utimesSync(file, later / 1000 + 5, later / 1000 + 5);
    now += 10_000;
    expect(await list.match('新词')).toBe('新词');
  });

  it('is empty without a file', async () => {
    const list = new WordList(path.join(tmp(), 'none.json'));
    expect(await list.match('anything')).toBeNull();
    expect(list.size).toBe(0);
  });
});

describe('the screen', () => {
  const asker = { channel: 'oa' as const, id: 'o-1' };

  it('names the word list for a listed word and lets the rest through', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'blocked-words.json'), JSON.stringify({ words: ['违禁词'] }));
    const screen = wordListScreen(new WordList(path.join(dir, 'blocked-words.json')));
    expect(await screen('這是違禁詞', asker, {})).toBe('word_list');
    expect(await screen('工业增长目标是什么', asker, {})).toBeNull();
  });

  it('runs its checks in order and stops at the first that flags', async () => {
    const seen: string[] = [];
    const check = (name: string, flags: boolean) => async () => (seen.push(name), flags ? name : null);
    expect(await screens(check('a', false), check('b', true), check('c', true))('x', asker, {})).toBe('b');
    expect(seen).toEqual(['a', 'b']);
  });
});

describe('contentRefusal', () => {
  it('follows the asker’s script', () => {
    expect(contentRefusal('請問這個').body).toContain('內容不符合規範');
    expect(contentRefusal('what is this').body).toMatch(/content guidelines/);
    expect(contentRefusal('请问')).toMatchObject({ grounded: false, citations: [], mode: 'refusal' });
  });
});

