// Builds src/fold_map.json: per-character traditional->simplified map for the seed text, using opencc-js (t->cn).
// Verifies that character-level mapping equals opencc-js phrase-level conversion of the whole text.
// Also writes a folded, gloss-free reading copy to /tmp/plan38_folded.txt (outside the suite folder).
const fs = require('fs');
const path = require('path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const conv = OpenCC.Converter({ from: 't', to: 'cn' });
const raw = fs.readFileSync(SEED, 'utf8').replace(GLOSS, '');
const map = {};
for (const c of new Set([...raw])) { const s = conv(c); if (s !== c) map[c] = s; }
const charFold = [...raw].map(c => map[c] ?? c).join('');
const phrase = conv(raw);
if (charFold !== phrase) {
  const a = [...charFold], b = [...phrase];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) { console.error('differs at', i, a.slice(i - 10, i + 10).join(''), '|', b.slice(i - 10, i + 10).join('')); break; }
  process.exit(1);
}
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map, null, 0) + '\n');
fs.writeFileSync('/tmp/plan38_folded.txt', phrase);
console.log('map entries', Object.keys(map).length, 'folded chars', [...phrase].length);
