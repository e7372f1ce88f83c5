// Builds src/fold_map.json: a character map traditional -> simplified for the seed text.
// The map is read off the phrase-level opencc-js conversion (t -> cn) of the seed with its pinyin glosses
// removed, aligned character by character, and then verified to reproduce that conversion exactly.
// Run: node src/fold.cjs   (needs /work/main/node_modules/opencc-js)
const fs = require('fs');
const path = require('path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const conv = OpenCC.Converter({ from: 't', to: 'cn' });
const src = fs.readFileSync(SEED, 'utf8').replace(GLOSS, '');
const out = conv(src);
const a = [...src], b = [...out];
if (a.length !== b.length) throw new Error('conversion changed the length; char alignment impossible');
const map = {};
for (let i = 0; i < a.length; i++) {
  if (a[i] === b[i]) continue;
  if (map[a[i]] && map[a[i]] !== b[i]) throw new Error(`inconsistent mapping for ${a[i]}`);
  map[a[i]] = b[i];
}
// a char left unchanged somewhere but mapped elsewhere would make the char map wrong: check
for (let i = 0; i < a.length; i++) if (a[i] === b[i] && map[a[i]]) throw new Error(`context-dependent mapping for ${a[i]}`);
// also fold the remaining traditional chars that opencc maps on their own (single chars), if not in the text
const fold = s => [...s].map(c => map[c] ?? c).join('');
if (fold(src) !== out) throw new Error('char map does not reproduce the phrase conversion');
const sorted = Object.fromEntries(Object.entries(map).sort());
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(sorted, null, 0) + '\n');
console.log(`fold_map.json: ${Object.keys(map).length} characters; verified against opencc-js t->cn`);
