// Build src/fold_map.json (char -> simplified char) and src/folded.txt from the seed document.
// Glosses "(pinyin)" are removed first (also the one nested inside "(第二場(chǎng))"), then opencc-js hk->cn.
// The per-character map is verified to give the same result as the phrase-level converter on this text.
const fs = require('node:fs');
const path = require('node:path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const raw = fs.readFileSync(SEED, 'utf8');
const noGloss = raw.replace(GLOSS, '');
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const phrase = conv(noGloss);
const map = {};
for (const c of new Set([...noGloss])) { const s = conv(c); if (s !== c) map[c] = s; }
const charLevel = [...noGloss].map(c => map[c] ?? c).join('');
if (charLevel !== phrase) { console.error('char-level fold differs from phrase-level conversion'); process.exit(1); }
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map, null, 0) + '\n');
fs.writeFileSync(path.join(__dirname, 'folded.txt'), phrase);
console.log(`glosses removed: ${(raw.match(GLOSS) || []).length}; mapped chars: ${Object.keys(map).length}; folded chars (no ws): ${phrase.replace(/\s+/g, '').length}`);
