// gen_t2s.mjs — regenerates the T2S pair string embedded in check.mjs (not needed to run the checks).
// Needs opencc-js, which is NOT installed here; it was run once from a scratch folder:
//   mkdir /tmp/x && cd /tmp/x && npm install opencc-js && NODE_PATH=... node gen_t2s.mjs
// Prints the pairs (traditional char followed by its simplified form) for every character of the plan that
// opencc-js hk->cn changes, and confirms that mapping the plan char by char equals converting it whole.
import fs from 'fs';
import { createRequire } from 'module';
const require = createRequire(process.cwd() + '/noop.js');
const OpenCC = require('opencc-js');
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const raw = fs.readFileSync('/work/shared/seed/000_87c328761f19b533.txt', 'utf8');
let pairs = '';
for (const c of new Set([...raw])) if (/\p{Script=Han}/u.test(c) && conv(c) !== c) pairs += c + conv(c);
const map = new Map(); for (let i = 0; i < pairs.length; i += 2) map.set(pairs[i], pairs[i + 1]);
console.error('pairs', pairs.length / 2, 'char-wise fold equals opencc whole-text fold:', [...raw].map(c => map.get(c) ?? c).join('') === conv(raw));
console.log(pairs);
