// Generates the traditional->simplified character map embedded in check.mjs, limited to the
// characters of the seed, and verifies that char-by-char mapping reproduces opencc hk->cn on the whole seed.
const fs = require('fs');
const { conv, dropGloss, SEED } = require('./fold.cjs');
const raw = dropGloss(fs.readFileSync(SEED, 'utf8'));
const map = {};
for (const ch of new Set([...raw])) { const s = conv(ch); if (s !== ch) map[ch] = s; }
const viaMap = [...raw].map(c => map[c] ?? c).join('');
if (viaMap !== conv(raw)) { console.error('char map does not reproduce opencc output'); process.exit(1); }
fs.writeFileSync(__dirname + '/t2s_map.json', JSON.stringify(map));
console.log('map entries', Object.keys(map).length, 'reproduces opencc: yes');
