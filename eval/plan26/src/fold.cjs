// Folds the seed document: drop pinyin glosses, opencc-js hk->cn; builds src/fold_map.json (char map)
// and verifies that char-level mapping equals the phrase-level conversion for this text.
const fs = require('fs'); const path = require('path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const raw = fs.readFileSync(SEED, 'utf8').replace(GLOSS, '');
const full = conv(raw);
const map = {};
for (const c of new Set([...raw])) { const t = conv(c); if (t !== c && [...t].length === 1) map[c] = t; }
// extra chars that questions may use (simplified side) need no mapping; also map common traditional chars users might type
const byChar = [...raw].map(c => map[c] ?? c).join('');
if (byChar !== full) { console.error('char map differs from phrase conversion'); process.exit(1); }
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map, null, 0));
fs.writeFileSync(path.join(__dirname, 'folded.txt'), full);
console.log('ok', Object.keys(map).length, 'chars mapped,', [...full].length, 'chars');
