// Fold the seed document: drop pinyin glosses "(xxx)" and convert traditional -> simplified
// with opencc-js (t -> cn). Writes src/doc_simplified.txt (for reading/grep) and src/fold_map.json
// (per-character map, verified to reproduce the phrase-level conversion of this text).
const fs = require('fs');
const path = require('path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const raw = fs.readFileSync(SEED, 'utf8');
const noGloss = raw.replace(GLOSS, '');
const conv = OpenCC.Converter({ from: 't', to: 'cn' });
const out = conv(noGloss);
const hk = OpenCC.Converter({ from: 'hk', to: 'cn' })(noGloss);
console.log('t->cn equals hk->cn:', out === hk);
fs.writeFileSync(path.join(__dirname, 'doc_simplified.txt'), out);
// char map
const map = {};
for (const c of new Set([...noGloss])) { const s = conv(c); if (s !== c) map[c] = s; }
const viaMap = [...noGloss].map(c => map[c] ?? c).join('');
console.log('char map reproduces phrase conversion:', viaMap === out, 'entries', Object.keys(map).length);
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map));
const left = noGloss.match(/\([^)]*\)/g) || [];
console.log('remaining parentheses:', left.length, left.slice(0, 10));
