// Builds src/fold_map.json (character map) and src/doc_folded.txt from the seed file:
// drop the pinyin glosses, convert with opencc-js t->cn, and check that a per-character map
// reproduces the phrase-level conversion exactly for this text.
const fs = require('fs');
const path = require('path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const raw = fs.readFileSync(SEED, 'utf8');
const noGloss = raw.replace(GLOSS, '');
const conv = OpenCC.Converter({ from: 't', to: 'cn' });
const whole = conv(noGloss);
const map = {};
for (const c of new Set([...noGloss])) { const d = conv(c); if (d !== c) map[c] = d; }
const byChar = [...noGloss].map(c => map[c] ?? c).join('');
if (byChar !== whole) { console.error('char map differs from phrase conversion'); process.exit(1); }
// leftover glosses?
const left = noGloss.match(/\([a-z]+\)/gi);
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map, null, 0) + '\n');
fs.writeFileSync(path.join(__dirname, 'doc_folded.txt'), whole);
console.log('chars mapped:', Object.keys(map).length, 'glosses removed:', (raw.match(GLOSS) || []).length, 'left:', left, 'folded chars (no ws):', whole.replace(/\s+/g, '').length);
