// Builds src/fold_map.json (traditional -> simplified, per character) for the seed text with
// opencc-js t->cn, after dropping the ASCII pinyin glosses, and verifies that the character map
// gives the same result as opencc-js's phrase-level conversion of the whole text.
// Also writes src/doc_folded.txt (folded text, for drafting) -- not a deliverable.
const fs = require('fs');
const path = require('path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const raw = fs.readFileSync(SEED, 'utf8').replace(GLOSS, '');
const t2cn = OpenCC.Converter({ from: 't', to: 'cn' });
const hk2cn = OpenCC.Converter({ from: 'hk', to: 'cn' });
const whole = t2cn(raw);
const map = {};
for (const c of new Set([...raw])) { const s = t2cn(c); if (s !== c) map[c] = s; }
const byChar = [...raw].map(c => map[c] ?? c).join('');
if (byChar !== whole) { console.error('char map differs from phrase conversion'); process.exit(1); }
if (hk2cn(raw) !== whole) console.log('note: hk->cn differs from t->cn');
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map, null, 0) + '\n');
fs.writeFileSync(path.join(__dirname, 'doc_folded.txt'), whole);
console.log(`map entries ${Object.keys(map).length}; folded ${[...whole].length} chars; identical to phrase-level t->cn`);
