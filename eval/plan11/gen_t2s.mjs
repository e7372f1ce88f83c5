// Generates t2s.json: a traditional->simplified character table (opencc-js hk->cn, applied char by char)
// for every character of the plan, of this suite's questions and of the earlier suites' questions.
// Needs opencc-js resolvable from OPENCC_DIR (default /tmp/p11oc, a scratch npm folder). check.mjs only reads t2s.json.
import fs from 'fs'; import path from 'path'; import { createRequire } from 'module'; import { fileURLToPath } from 'url';
const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(process.env.OPENCC_DIR || '/tmp/p11oc', 'noop.js'));
const t2s = require('opencc-js').Converter({ from: 'hk', to: 'cn' });
const PLAN = ['/work/shared/seed/000_87c328761f19b533.txt', '/work/main/knowledge/盘锦市工业增长三年行动专项方案-新闻发布会解读.txt'].find(p => fs.existsSync(p));
const plan = fs.readFileSync(PLAN, 'utf8');
let text = plan;
const files = ['questions.jsonl', 'conversations.jsonl'].map(f => path.join(here, f));
files.push('/work/shared/eval/dev.jsonl');
for (const d of ['plan', 'plan3', 'plan5', 'plan6', 'plan7', 'plan8', 'plan9', 'plan10'])
  for (const f of ['questions.jsonl', 'conversations.jsonl']) files.push(`/work/main/eval/${d}/${f}`);
for (const f of files) if (fs.existsSync(f)) text += fs.readFileSync(f, 'utf8');
const table = {};
for (const ch of new Set([...text])) { const s = t2s(ch); if (s !== ch) table[ch] = s; }
// char-by-char fold must equal opencc's whole-text fold on the plan
const byChar = [...plan].map(c => table[c] ?? c).join('');
if (byChar !== t2s(plan)) { console.error('char-by-char fold differs from whole-text fold'); process.exit(1); }
fs.writeFileSync(path.join(here, 't2s.json'), JSON.stringify(table));
console.log(`t2s.json: ${Object.keys(table).length} pairs; plan fold check ok`);
