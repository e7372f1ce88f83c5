// Build src/fold_map.json: per-character traditional->simplified map for the seed plan, taken from
// opencc-js (t -> cn), and verify that per-character mapping equals the phrase-level conversion.
// Also writes /tmp/plan39_folded.txt (folded, glosses stripped) for authoring; not shipped.
const fs = require('fs');
const path = require('path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const conv = OpenCC.Converter({ from: 't', to: 'cn' });
const raw = fs.readFileSync(SEED, 'utf8').replace(GLOSS, '');
const map = {};
for (const c of new Set([...raw])) { const s = conv(c); if (s !== c) map[c] = s; }
const byChar = [...raw].map(c => map[c] ?? c).join('');
const whole = conv(raw);
if (byChar !== whole) { console.error('per-character fold differs from phrase-level conversion'); process.exit(1); }
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map, null, 0) + '\n');
fs.writeFileSync('/tmp/plan39_folded.txt', whole);
console.log(`fold map: ${Object.keys(map).length} characters; per-character == phrase-level: yes`);
