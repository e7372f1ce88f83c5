// Builds src/fold_map.json (char-level t->cn map for the characters of the seed) and
// src/doc_folded.txt (glosses dropped, opencc-js t->cn), and checks char map == phrase conversion.
const fs = require('fs');
const path = require('path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const conv = OpenCC.Converter({ from: 't', to: 'cn' });
const raw = fs.readFileSync(SEED, 'utf8').replace(GLOSS, '');
const folded = conv(raw);
const map = {};
for (const c of new Set([...raw])) { const f = conv(c); if (f !== c) map[c] = f; }
const byChar = [...raw].map(c => map[c] ?? c).join('');
if (byChar !== folded) { console.error('char map differs from phrase conversion'); process.exit(1); }
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map));
fs.writeFileSync(path.join(__dirname, 'doc_folded.txt'), folded);
console.log('ok', Object.keys(map).length, 'chars mapped; leftover parens:', (folded.match(/\([^)]*\)/g) || []).join(' '));
