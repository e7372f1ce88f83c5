// (plan50: copied from plan49's src/fold.cjs unchanged; document path = the knowledge file.)
// Builds src/fold_map.json: a per-character traditional->simplified map taken from opencc-js (t -> cn),
// for every character in the seed document (pinyin glosses removed), in this suite's questions and in the
// earlier-questions file. Verifies that per-character mapping of the document equals opencc-js's
// phrase-level conversion. With --print it also prints the folded document with glosses kept, one numbered
// line per seed line (to stdout only; nothing is written outside this folder).
const fs = require('fs');
const path = require('path');
const OpenCC = require('/work/main/node_modules/opencc-js');
const conv = OpenCC.Converter({ from: 't', to: 'cn' });
const SEED = '/work/main/knowledge/盘锦市工业增长三年行动专项方案-新闻发布会解读.txt';
const GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
const HERE = path.join(__dirname, '..');
const rawG = fs.readFileSync(SEED, 'utf8');
const raw = rawG.replace(GLOSS, '');
let extra = '';
for (const f of ['questions.jsonl', 'conversations.jsonl', 'src/cases.mjs']) if (fs.existsSync(path.join(HERE, f))) extra += fs.readFileSync(path.join(HERE, f), 'utf8');
if (fs.existsSync(path.join(__dirname, 'earlier_plan_questions.txt'))) extra += fs.readFileSync(path.join(__dirname, 'earlier_plan_questions.txt'), 'utf8');
const chars = new Set([...raw, ...extra]);
const map = {};
for (const c of [...chars].sort()) { const s = conv(c); if (s !== c) map[c] = s; }
const fold = s => [...s].map(c => map[c] ?? c).join('');
if (fold(raw) !== conv(raw)) { console.error('per-character fold differs from phrase-level conversion'); process.exit(1); }
fs.writeFileSync(path.join(__dirname, 'fold_map.json'), JSON.stringify(map, null, 0) + '\n');
if (process.argv.includes('--print')) console.log(fold(rawG).split('\n').map((l, i) => `${i + 1}: ${l}`).join('\n'));
console.log(`fold_map.json: ${Object.keys(map).length} entries; per-character fold equals opencc-js t->cn for the document`);
