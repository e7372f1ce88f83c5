// Characters that sound alike. Chinese is typed by sound: a slip of the input method gives a character of
// the same reading (碳达峰 → 碳达风, 企业 → 企叶, 揭榜挂帅 → 揭傍挂帅), and the asker never notices. The readings
// are CC-CEDICT's toneless ones for single characters (data/pinyin.tsv, made by scripts/build-english-bridge.ts).
import { readFileSync } from 'node:fs';
import { PINYIN_FILE } from './english.ts';

let byChar: Map<string, string[]> | null = null;
let bySound: Map<string, string[]> | null = null;

/** Read once, the first time a question needs it (~11k characters, a few milliseconds). */
function tables(): { byChar: Map<string, string[]>; bySound: Map<string, string[]> } {
  if (!byChar || !bySound) {
    byChar = new Map();
    bySound = new Map();
    for (const line of readFileSync(PINYIN_FILE, 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [ch, readings] = line.split('\t');
      if (!ch || !readings) continue;
      const sounds = readings.split(',').filter(Boolean);
      byChar.set(ch, sounds);
      for (const s of sounds) {
        const list = bySound.get(s);
        if (list) list.push(ch);
        else bySound.set(s, [ch]);
      }
    }
  }
  return { byChar, bySound };
}

/** The characters that share a reading with `ch`, `ch` itself left out (none for a character without one). */
export function soundAlikes(ch: string): string[] {
  const { byChar, bySound } = tables();
  const out = new Set<string>();
  for (const s of byChar.get(ch) ?? []) for (const c of bySound.get(s) ?? []) if (c !== ch) out.add(c);
  return [...out];
}
