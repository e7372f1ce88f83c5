// Round 14 of issue 19 read text in place instead of making strings per character or per occurrence:
// each reading here must agree with the one it replaced, on strings made to reach the edge cases
// (capitals that lower-case, surrogate pairs and lone halves, phrases at the very end of the text).
import { describe, expect, it } from 'vitest';
import { adjacent } from '../../src/retrieval/lexical/phrase.ts';
import { isSubsequence } from '../../src/answer/facts/match.ts';
import { mayShorten } from '../../src/knowledge/short-forms.ts';
import type { Concept } from '../../src/retrieval/types.ts';
import { answererOver } from '../support/docs.ts';

const ALPHABET = ['公', '共', '租', '赁', '住', '房', '局', '的', '，', 'a', 'B', 'İ', 'K', '𠀀', '\uD840', '\uDC00', ' ', '\n'];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function text(rnd: () => number, max: number, letters = ALPHABET): string {
  let s = '';
  const n = Math.floor(rnd() * (max + 1));
  for (let i = 0; i < n; i++) s += letters[Math.floor(rnd() * letters.length)]!;
  return s;
}

/** adjacent() as it was: a slice of the text after each occurrence of a phrase of `a`. */
function adjacentBefore(t: string, a: Concept, b: Concept): boolean {
  const reach = 2 + Math.max(...b.phrases.map((p) => p.length));
  const startsNear = (after: string) =>
    b.phrases.some((pb) => {
      const k = after.indexOf(pb);
      return k >= 0 && k <= 2;
    });
  for (const pa of a.phrases) {
    for (let at = t.indexOf(pa); at >= 0; at = t.indexOf(pa, at + 1)) {
      if (startsNear(t.slice(at + pa.length, at + pa.length + reach))) return true;
    }
  }
  return false;
}

/** isSubsequence() as it was: by the string iterator. */
function isSubsequenceBefore(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

const HAN_CHAR = /^\p{Script=Han}$/u;
const SURROGATE = /^[\uD800-\uDFFF]$/;
/** mayShorten() as it was: the text searched for the form first, each character scanned as a string. */
function mayShortenBefore(t: string, title: string, form: string): boolean {
  if (form.length !== 3 || t.includes(form) || title.includes(form)) return false;
  const holds = (source: string) => {
    const [a, b, c] = [form[0]!, form[1]!, form[2]!];
    for (let s = source.indexOf(a); s >= 0; s = source.indexOf(a, s + 1)) {
      const end = Math.min(source.length, s + 10);
      let seenB = false;
      for (let k = s + 1; k < end; k++) {
        const ch = source[k]!;
        if (!HAN_CHAR.test(ch) && !SURROGATE.test(ch)) break;
        if (seenB && ch === c) return true;
        if (ch === b) seenB = true;
      }
    }
    return false;
  };
  return holds(t) || holds(title);
}

describe('readings in place agree with the readings they replaced', () => {
  it('adjacent', () => {
    const rnd = random(14);
    const small = ['公', '共', '租', '房', '的', 'a', '𠀀', '\uD840'];
    for (let n = 0; n < 20_000; n++) {
      const t = text(rnd, 24, small);
      const concept = (): Concept => ({ text: 'x', phrases: Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => text(rnd, 2, small) || '公'), terms: [] });
      const a = concept();
      const b = concept();
      expect(adjacent(t, a, b), JSON.stringify([t, a.phrases, b.phrases])).toBe(adjacentBefore(t, a, b));
    }
  });

  it('isSubsequence', () => {
    const rnd = random(19);
    for (let n = 0; n < 20_000; n++) {
      const long = text(rnd, 12);
      const short = rnd() < 0.5 ? text(rnd, 4) : [...long].filter(() => rnd() < 0.4).join('');
      expect(isSubsequence(short, long), JSON.stringify([short, long])).toBe(isSubsequenceBefore(short, long));
    }
  });

  it('mayShorten', () => {
    const rnd = random(3);
    for (let n = 0; n < 20_000; n++) {
      const t = text(rnd, 40);
      const title = text(rnd, 8);
      const form = rnd() < 0.8 ? text(rnd, 3).padEnd(3, '房').slice(0, 3) : text(rnd, 4);
      expect(mayShorten(t, title, form), JSON.stringify([t, title, form])).toBe(mayShortenBefore(t, title, form));
    }
  });
});

describe('textIncludes', () => {
  it('finds a Han word in a document as its lower-cased text does, and anything else by that text', async () => {
    const body = 'İSTANBUL 的 PM2.5 浓度：公共租赁住房 APP 上线。Kelvin 温度 K 值；𠀀字 ΣΑΣ 终。\n第二条 住建局 负责 ABC 管理。';
    const { index } = await answererOver({ 'doc.md': `# 某市公共租赁住房管理办法\n\n${body}\n` });
    const id = index.documents[0]!.id;
    const lower = index.lowerText(id);
    const words = ['公共', '租赁住房', '住建局', '𠀀字', '终', '管理', 'pm2.5', 'app', 'i̇stanbul', 'σας', 'k', '温度 k', '浓度：', '没有', 'abc', 'ABC'];
    for (const chars of [...new Set(index.documents[0]!.text)]) words.push(chars);
    for (const w of words) expect(index.textIncludes(id, w), w).toBe(lower.includes(w));
    expect(index.textIncludes('no-such-document', '公共')).toBe(false);
  });
});
