// Build src/fold_map.json and src/doc_folded.txt from the seed document.
// Folding: drop pinyin glosses "(shí)", then opencc-js hk->cn (phrase-level).
// The per-character map is verified to reproduce the phrase-level result for this text.
const fs = require('node:fs');
const path = require('node:path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const raw = fs.readFileSync(SEED, 'utf8');
const noGloss = raw.replace(GLOSS, '');
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const folded = conv(noGloss);
const map = {};
for (const c of new Set([...noGloss])) { const t = conv(c); if (t !== c) map[c] = t; }
const byChar = [...noGloss].map(c => map[c] ?? c).join('');
if (byChar !== folded) { console.error('per-char map differs from phrase conversion'); process.exit(1); }
const left = noGloss.match(/\([^)]*\)/g) || [];
console.log('remaining parentheses after gloss removal:', left);
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map, null, 0) + '\n');
fs.writeFileSync(path.join(__dirname, 'doc_folded.txt'), folded);
console.log('map entries', Object.keys(map).length, 'chars', [...folded.replace(/\s+/g, '')].length);
