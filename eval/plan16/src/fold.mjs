// Fold the seed: drop pinyin glosses "(shí)" and convert traditional (hk) -> simplified (cn).
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const OpenCC = require('/work/main/node_modules/opencc-js');
export const SEED = '/work/shared/seed/000_87c328761f19b533.txt';
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
export const dropGloss = s => s.replace(/\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]+\)/g, '');
export const fold = s => conv(dropGloss(s));
export const squash = s => s.replace(/\s+/g, '');
