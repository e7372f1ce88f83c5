// gen_t2s.mjs — writes t2s.json, a character table traditional->simplified (opencc-js hk->cn applied to every
// character of the plan, of this suite and of the earlier suites' questions). check.mjs only reads the JSON.
// Needs opencc-js resolvable from OPENCC_DIR (default /tmp/p12oc).
import fs from 'node:fs';
import { createRequire } from 'node:module';
const req = createRequire((process.env.OPENCC_DIR || '/tmp/p12oc') + '/');
const conv = req('opencc-js').Converter({ from: 'hk', to: 'cn' });
const here = new URL('.', import.meta.url).pathname;
const PLAN = ['/work/shared/seed/000_87c328761f19b533.txt',
  '/work/main/knowledge/盘锦市工业增长三年行动专项方案-新闻发布会解读.txt'].find(p => fs.existsSync(p));
const plan = fs.readFileSync(PLAN, 'utf8');
const { EARLIER } = await import(here + 'earlier.mjs');
let text = plan;
for (const f of [here + 'questions.jsonl', here + 'conversations.jsonl', ...EARLIER])
  if (fs.existsSync(f)) text += fs.readFileSync(f, 'utf8');
const table = {};
for (const ch of new Set(text)) { const s = conv(ch); if (s !== ch && [...s].length === 1) table[ch] = s; }
// sanity: char-by-char fold of the plan equals opencc's whole-text fold
const fold = s => [...s].map(c => table[c] || c).join('');
if (fold(plan) !== conv(plan)) { console.error('char-by-char fold differs from whole-text fold'); process.exit(1); }
fs.writeFileSync(here + 't2s.json', JSON.stringify(table, null, 0) + '\n');
console.log(`t2s.json: ${Object.keys(table).length} pairs`);
