// Builds src/fold_map.json (char map hk->cn for the seed text) and writes src/doc_folded.txt.
const fs = require('fs'); const path = require('path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const raw = fs.readFileSync(SEED, 'utf8').replace(GLOSS, '');
const full = conv(raw);
const map = {};
for (const c of new Set([...raw])) { const d = conv(c); if (d !== c) map[c] = d; }
const byMap = [...raw].map(c => map[c] ?? c).join('');
if (byMap !== full) throw new Error('char map differs from phrase conversion');
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map));
fs.writeFileSync(path.join(__dirname, 'doc_folded.txt'), full);
console.log('ok', Object.keys(map).length);
