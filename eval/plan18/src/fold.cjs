// Builds src/fold_map.json (traditional->simplified, char level, only for chars of the seed)
// and src/seed_folded.txt; verifies char-level folding equals opencc-js hk->cn on the whole text.
const fs = require('fs');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const raw = fs.readFileSync(SEED, 'utf8');
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const noGloss = raw.replace(GLOSS, '');
const full = conv(noGloss);
const map = {};
for (const ch of new Set([...noGloss])) { const s = conv(ch); if (s !== ch) map[ch] = s; }
const charLevel = [...noGloss].map(c => map[c] ?? c).join('');
if (charLevel !== full) { console.error('char-level fold differs from opencc'); process.exit(1); }
fs.writeFileSync(__dirname + '/fold_map.json', JSON.stringify(map));
fs.writeFileSync(__dirname + '/seed_folded.txt', full);
console.log('ok', Object.keys(map).length, 'chars mapped; folded length', full.length);
