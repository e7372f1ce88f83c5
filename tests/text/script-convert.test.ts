// The flat-table converters give exactly what opencc-js's own converters give (the service used
// opencc-js's Converter until issue 19 made the tables flat): on every key of the dictionaries
// themselves, on the shipped knowledge, and on mixed and odd text (surrogate pairs, ideographic
// description sequences, compatibility ideographs).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import ST_PHRASES from 'opencc-js/dict/STPhrases';
import TS_PHRASES from 'opencc-js/dict/TSPhrases';
import HK_VARIANTS_REV_PHRASES from 'opencc-js/dict/HKVariantsRevPhrases';
import CJK_COMPATIBILITY from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import { hongKongToSimplified, simplifiedToHongKong, simplifiedToHongKongChar } from '../../src/text/script-convert.ts';
import { ROOT } from '../support/seed.ts';

const t2s = { ours: hongKongToSimplified(), theirs: OpenCC.Converter({ from: 'hk', to: 'cn' }) };
const s2t = { ours: simplifiedToHongKong(), theirs: OpenCC.Converter({ from: 'cn', to: 'hk' }) };

const entries = (dict: string) => dict.split('|').map((l) => l.split(' '));

/** Every text, converted both ways by both, must agree; returns the first few that do not. */
function differences(texts: string[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    for (const c of [t2s, s2t]) if (c.ours(t) !== c.theirs(t)) out.push(t);
    if (out.length >= 5) break;
  }
  return out;
}

describe('script conversion (flat tables)', () => {
  it('agrees with opencc-js on every dictionary key and value, alone and run together', () => {
    const words = [ST_PHRASES, TS_PHRASES, HK_VARIANTS_REV_PHRASES, CJK_COMPATIBILITY].flatMap(entries).flat();
    expect(differences(words)).toEqual([]);
    // Keys glued to their neighbours: where one longest match ends decides where the next starts.
    const glued: string[] = [];
    for (let i = 0; i + 7 < words.length; i += 7) glued.push(words.slice(i, i + 7).join(''));
    expect(differences(glued)).toEqual([]);
  });

  it('agrees with opencc-js on the shipped knowledge, line by line', () => {
    const dir = path.join(ROOT, 'knowledge');
    const lines = readdirSync(dir)
      .filter((f) => /\.(txt|md)$/.test(f))
      .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n'));
    expect(lines.length).toBeGreaterThan(10);
    expect(differences(lines)).toEqual([]);
  });

  it('agrees on mixed and odd text: Latin, numbers, astral characters, description sequences', () => {
    const odd = [
      '',
      'abc 123 ＡＢＣ',
      '乾隆皇帝下江南，头发乾了吗？頭髮乾了嗎？',
      '𠮷野家的𩸽定食，𠀋一个',
      '⿰氵每是一个字，⿱艹⿰氵每也是',
      '⿰',
      '⿲木',
      '豈更車賈滑串句龜契金',
      '我們在台灣說的話，香港人說的話，还有简体字',
      '\ud842',
      '显著，顯著，著作，着重',
    ];
    expect(differences(odd)).toEqual([]);
  });
});

describe('simplifiedToHongKongChar', () => {
  it('converts every single character as the full converter does', () => {
    let fellBack = 0;
    const one = simplifiedToHongKongChar(() => {
      fellBack++;
      return s2t.ours;
    });
    const han = /\p{Script=Han}/u;
    const differ: string[] = [];
    for (let cp = 0; cp <= 0x3ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      // Every Han character (what it is asked of), and every compatibility ideograph and key of the tables.
      if (!han.test(ch) && !(cp >= 0xf900 && cp <= 0xfaff) && !(cp >= 0x2f800 && cp <= 0x2fa1f)) continue;
      if (one(ch) !== s2t.ours(ch)) differ.push(ch);
    }
    expect(differ).toEqual([]);
    expect(fellBack).toBeLessThan(50);
  });
});

