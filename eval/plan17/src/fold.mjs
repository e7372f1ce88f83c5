// Fold the seed: traditional(hk) -> simplified(cn), drop pinyin glosses like (shí)
import { createRequire } from 'module';
import fs from 'fs';
const require = createRequire(import.meta.url);
export const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
export function loadOpencc() {
  try { return require('/work/main/node_modules/opencc-js'); } catch { return null; }
}
export function dropGlosses(t) {
  // pinyin glosses: lowercase latin letters with tone marks inside ASCII or full-width parentheses
  return t.replace(/[(（][a-zü\u00C0-\u024F\u1E00-\u1EFF]+[)）]/g, '');
}
export function foldedSeed() {
  let t = dropGlosses(fs.readFileSync(SEED, 'utf8'));
  const OpenCC = loadOpencc();
  if (OpenCC) t = OpenCC.Converter({ from: 'hk', to: 'cn' })(t);
  return t;
}
if (process.argv[1] && process.argv[1].endsWith('fold.mjs')) process.stdout.write(foldedSeed());
