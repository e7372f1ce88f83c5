// Fold the seed: drop pinyin glosses like (shí), convert traditional (hk) -> simplified (cn), strip white space.
const fs = require('fs');
const OpenCC = require('/work/main/node_modules/opencc-js');
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
function dropGloss(s) { return s.replace(/\([a-z\u00c0-\u024f]+\)/g, ''); }
function fold(s) { return conv(dropGloss(s)).replace(/\s+/g, ''); }
function seedText() { return conv(dropGloss(fs.readFileSync(SEED, 'utf8'))); }
module.exports = { fold, seedText, conv, dropGloss, SEED };
if (require.main === module) process.stdout.write(seedText());
