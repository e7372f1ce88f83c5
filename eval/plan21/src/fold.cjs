// Builds src/fold_map.json (traditional -> simplified, per character) and src/doc_folded.txt from the seed.
// The pinyin glosses in parentheses are dropped first; the per-character map is verified to reproduce
// the phrase-level opencc-js hk->cn conversion of the whole text.
const fs = require('node:fs');
const path = require('node:path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const raw = fs.readFileSync(SEED, 'utf8');
const text = raw.replace(GLOSS, '');
const left = text.match(/\([^)]*[a-z][^)]*\)/g);
if (left) throw new Error('unstripped gloss-like parentheses: ' + left.join(' '));
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const whole = conv(text);
const map = {};
for (const c of new Set([...text])) { const s = conv(c); if (s !== c) map[c] = s; }
const byChar = [...text].map(c => map[c] ?? c).join('');
if (byChar !== whole) throw new Error('per-character fold differs from phrase-level conversion');
const dir = __dirname;
fs.writeFileSync(path.join(dir, 'fold_map.json'), JSON.stringify(map, null, 0) + '\n');
fs.writeFileSync(path.join(dir, 'doc_folded.txt'), whole);
console.log(`glosses removed: ${(raw.match(GLOSS) || []).length}; map entries: ${Object.keys(map).length}; chars: ${[...whole].length}`);
