// Builds src/fold_map.json (character map traditional->simplified for the seed document) from
// opencc-js hk->cn, verifies that per-character mapping equals the phrase-level conversion of the
// whole de-glossed text, and writes src/folded.txt (the folded document, one line per source line).
const fs = require('node:fs');
const path = require('node:path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const raw = fs.readFileSync(SEED, 'utf8').replace(GLOSS, '');
const map = {};
for (const c of new Set([...raw])) { const s = conv(c); if (s !== c) map[c] = s; }
const byChar = [...raw].map(c => map[c] ?? c).join('');
const whole = conv(raw);
if (byChar !== whole) { console.error('per-character fold differs from phrase conversion'); process.exit(1); }
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map, null, 0) + '\n');
fs.writeFileSync(path.join(__dirname, 'folded.txt'), whole.split('\n').map(l => l.replace(/\s+/g, '')).join('\n'));
console.log(`map entries ${Object.keys(map).length}, folded chars ${whole.replace(/\s+/g, '').length}`);
