// Fold the seed (traditional + pinyin glosses) to simplified, whitespace kept; print to stdout.
// Also writes src/fold_map.json (char map t->cn from opencc-js, char by char) and checks it equals the phrase-level conversion.
const fs = require('fs'); const path = require('path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const raw = fs.readFileSync(SEED, 'utf8').replace(GLOSS, '');
const conv = OpenCC.Converter({ from: 't', to: 'cn' });
const full = conv(raw);
const map = {};
for (const c of new Set([...raw])) { const s = conv(c); if (s !== c) map[c] = s; }
const byChar = [...raw].map(c => map[c] ?? c).join('');
if (byChar.replace(/\s+/g, '') !== full.replace(/\s+/g, '')) {
  const a = [...byChar], b = [...full];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) { console.error('differ at', i, a.slice(i - 5, i + 5).join(''), b.slice(i - 5, i + 5).join('')); break; }
  process.exitCode = 1;
}
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map));
if (process.argv[2] !== '--quiet') process.stdout.write(full);
