// Folds the seed plan (traditional characters + pinyin glosses) to simplified Chinese with opencc-js (t -> cn),
// writes the folded copy OUTSIDE the project (/tmp/plan36_doc.txt) and a per-character map src/fold_map.json
// that check.mjs uses; verifies that the character map reproduces the phrase-level conversion of this text.
const fs = require('fs');
const path = require('path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const conv = OpenCC.Converter({ from: 't', to: 'cn' });
const raw = fs.readFileSync(SEED, 'utf8').replace(GLOSS, '');
const folded = conv(raw);
fs.writeFileSync('/tmp/plan36_doc.txt', folded);
const map = {};
for (const c of new Set([...raw])) { const f = conv(c); if (f !== c && [...f].length === 1) map[c] = f; }
const byMap = [...raw].map(c => map[c] ?? c).join('');
if (byMap !== folded) { console.error('character map differs from phrase-level conversion'); process.exit(1); }
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map));
console.log(`folded ${[...raw].length} chars, map ${Object.keys(map).length} entries, /tmp/plan36_doc.txt written`);
