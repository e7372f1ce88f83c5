// A `key<TAB>value,value,…` table file (`#` comments) looked up in place. The English bridge is 93k
// lines: read into a Map of its keys and value arrays it held 18.5 MB of heap for the server's life
// (a sliced string per key, an array and a string per value, the Map's own table) against 3.5 MB for
// the file's text. Here the text is kept as read and an open-addressing table of line starts finds a
// key; a lookup splits that line's values afresh (English questions only: a few a question).
import { readFileSync } from 'node:fs';

/** 32-bit FNV-1a over the UTF-16 code units of `s[from, to)`. */
function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class TsvTable {
  /** Per slot: the start of the line holding the key, plus one (0: empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `text`: the file's content. A key written twice reads as its last line, as a Map set in order would. */
  constructor(private readonly text: string) {
    let lines = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    let size = 16;
    while (size < lines * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (end > start && text.charCodeAt(start) !== 0x23 /* # */) {
        const tab = text.indexOf('\t', start);
        // A line without a tab is no entry (the files have none; the Map read made a nonsense key of it).
        if (tab >= 0 && tab < end) this.put(start, tab);
      }
      start = end + 1;
    }
  }

  /** The values of `key`, a fresh array; undefined when the table has no such key. */
  get(key: string): string[] | undefined {
    const line = this.find(key, 0, key.length);
    if (line < 0) return undefined;
    const tab = line + key.length;
    let end = this.text.indexOf('\n', tab);
    if (end < 0) end = this.text.length;
    return this.text.slice(tab + 1, end).split(',');
  }

  /** The table read from `file`; empty when the file is absent or unreadable. */
  static read(file: string): TsvTable {
    try {
      return new TsvTable(readFileSync(file, 'utf8'));
    } catch {
      return new TsvTable('');
    }
  }

  private put(start: number, tab: number): void {
    for (let slot = hashOf(this.text, start, tab) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = this.slots[slot]! - 1;
      if (at < 0 || this.sameKey(at, this.text, start, tab)) {
        this.slots[slot] = start + 1;
        return;
      }
    }
  }

  /** The start of the line whose key is `s[from, to)`, or -1. */
  private find(s: string, from: number, to: number): number {
    for (let slot = hashOf(s, from, to) & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = this.slots[slot]! - 1;
      if (at < 0) return -1;
      if (this.sameKey(at, s, from, to)) return at;
    }
  }

  /** Whether the line at `at` has the key `s[from, to)`: as long, the same units, a tab after them. */
  private sameKey(at: number, s: string, from: number, to: number): boolean {
    const text = this.text;
    const n = to - from;
    if (text.charCodeAt(at + n) !== 0x09) return false;
    for (let i = 0; i < n; i++) if (text.charCodeAt(at + i) !== s.charCodeAt(from + i)) return false;
    return true;
  }
}
