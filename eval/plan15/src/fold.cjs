// Fold the seed: drop pinyin glosses "(shí)" and convert traditional (hk) -> simplified (cn).
const fs = require('fs');
const OpenCC = require('/work/main/node_modules/opencc-js');
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)/g;
function foldDoc(raw) { return conv(raw.replace(GLOSS, '')); }
function fold(s) { return conv(s); }
module.exports = { foldDoc, fold };
if (require.main === module) {
  const raw = fs.readFileSync('/work/shared/seed/000_87c328761f19b533.txt', 'utf8');
  const out = foldDoc(raw);
  fs.writeFileSync(__dirname + '/seed_folded.txt', out);
  console.log(out);
}
