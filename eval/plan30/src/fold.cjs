// Builds src/fold_map.json (per-character traditional->simplified map for the seed document) and
// src/doc_folded.txt (the folded, gloss-stripped document, one line per source line) using opencc-js hk->cn.
// Verifies that the per-character map gives exactly the phrase-level opencc-js conversion for this text.
const fs = require('fs');
const path = require('path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const raw = fs.readFileSync(SEED, 'utf8');
const text = raw.replace(GLOSS, '');
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const map = {};
for (const c of new Set([...text])) { const s = conv(c); if (s !== c) map[c] = s; }
const byChar = [...text].map(c => map[c] ?? c).join('');
const phrase = conv(text);
if (byChar !== phrase) { console.error('per-character map differs from phrase conversion'); process.exit(1); }
const left = text.match(/\([^)]*\)/g) || [];
console.log('parentheses left after stripping glosses:', left);
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map, null, 0) + '\n');
fs.writeFileSync(path.join(__dirname, 'doc_folded.txt'), phrase);
console.log('map entries', Object.keys(map).length, 'chars', [...phrase.replace(/\s+/g, '')].length);
