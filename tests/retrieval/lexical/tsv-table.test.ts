import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BRIDGE_FILE, PINYIN_FILE } from '../../../src/retrieval/lexical/english.ts';
import { TsvTable } from '../../../src/retrieval/lexical/tsv-table.ts';

/** The table as it was read before: a Map of every key to its values, later lines winning. */
function asMap(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    out.set(line.slice(0, tab), line.slice(tab + 1).split(','));
  }
  return out;
}

describe('TsvTable', () => {
  for (const file of [BRIDGE_FILE, PINYIN_FILE]) {
    it(`reads every key of ${file.split('/').at(-1)} as the Map did, and no other`, () => {
      const text = readFileSync(file, 'utf8');
      const map = asMap(text);
      const table = new TsvTable(text);
      expect(map.size).toBeGreaterThan(10_000);
      for (const [key, values] of map) expect(table.get(key)).toEqual(values);
      // Prefixes, extensions and near misses of real keys are absent unless they are keys themselves.
      let absent = 0;
      for (const key of [...map.keys()].slice(0, 5000)) {
        for (const probe of [key.slice(0, -1), `${key}s`, `${key} `, ` ${key}`, key.toUpperCase(), `${key}\t`]) {
          if (!map.has(probe)) {
            expect(table.get(probe)).toBeUndefined();
            absent++;
          }
        }
      }
      expect(absent).toBeGreaterThan(5000);
    });
  }

  it('takes the last of a key written twice, skips comments and empty lines, and is empty without a file', () => {
    const table = new TsvTable('# note\tx\nrent\t租金,房租\n\nrent\t租金\nhong kong\t香港');
    expect(table.get('rent')).toEqual(['租金']);
    expect(table.get('hong kong')).toEqual(['香港']);
    expect(table.get('# note')).toBeUndefined();
    expect(table.get('')).toBeUndefined();
    expect(TsvTable.read('/nonexistent/table.tsv').get('rent')).toBeUndefined();
  });
});
