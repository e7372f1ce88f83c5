// Fold the seed document: drop the pinyin glosses "(xx)" and convert hk -> cn with opencc-js.
// Writes src/seed.folded.txt (white space kept) for check.mjs to fall back on.
import { createRequire } from 'module';
import fs from 'fs';
const require = createRequire(import.meta.url);
export const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
export function stripGloss(s) {
  return s.replace(/\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+\)/g, '');
}
export function loadOpencc() {
  try { return require('/work/main/node_modules/opencc-js'); } catch { return null; }
}
export function fold(s, OpenCC) {
  const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
  return conv(stripGloss(s));
}
if (import.meta.url === `file://${process.argv[1]}`) {
  const OpenCC = loadOpencc();
  const out = fold(fs.readFileSync(SEED, 'utf8'), OpenCC);
  fs.writeFileSync(new URL('./seed.folded.txt', import.meta.url), out);
  console.log(out);
}
