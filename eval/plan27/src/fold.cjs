// Builds src/fold_map.json (char -> simplified char) from opencc-js hk->cn for the characters of the
// seed file, writes src/doc_folded.txt, and verifies the char map reproduces the phrase-level conversion.
const fs = require('fs');
const path = require('path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const raw = fs.readFileSync(SEED, 'utf8').replace(GLOSS, '');
const map = {};
for (const c of new Set([...raw])) { const s = conv(c); if (s !== c && [...s].length === 1) map[c] = s; }
const fold = s => [...s].map(c => map[c] ?? c).join('');
const strip = s => s.replace(/\s+/g, '');
const a = strip(fold(raw)), b = strip(conv(raw));
if (a !== b) {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) { console.error('differs at', i, a.slice(i - 5, i + 5), b.slice(i - 5, i + 5)); break; }
  process.exit(1);
}
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map, null, 0) + '\n');
fs.writeFileSync(path.join(__dirname, 'doc_folded.txt'), conv(raw));
console.log(`map ${Object.keys(map).length} chars; folded ${a.length} chars; equal to opencc-js phrase conversion`);
