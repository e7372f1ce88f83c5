// Builds src/fold_map.json: a character map traditional -> simplified for every character of the seed text
// (pinyin glosses removed), taken from opencc-js t->cn, and checks that mapping character by character gives
// exactly the phrase-level opencc-js conversion of the whole text. Run: node src/fold.cjs
const fs = require('node:fs');
const path = require('node:path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const conv = OpenCC.Converter({ from: 't', to: 'cn' });
const text = fs.readFileSync(SEED, 'utf8').replace(GLOSS, '');
const map = {};
for (const c of new Set([...text])) { const s = conv(c); if (s !== c) map[c] = s; }
const byChar = [...text].map(c => map[c] ?? c).join('');
if (byChar !== conv(text)) { console.error('character map differs from phrase-level conversion'); process.exit(1); }
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map, null, 0) + '\n');
console.log(`fold_map.json: ${Object.keys(map).length} characters; equals phrase-level conversion`);
