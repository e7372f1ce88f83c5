// Build suite laws42 from src/cases.mjs.  Usage: node src/build.mjs   (LAWS_DIR overrides the corpus path)
// Writes ../questions.jsonl, ../conversations.jsonl and, in src/: refusal_proof.json, corpus_absent.json,
// sources.tsv, answer_key.md, refusal_grep.txt.  Stops on any inconsistency.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { LAWS, SINGLE, CONV } from './cases.mjs';

const src = path.dirname(fileURLToPath(import.meta.url));
const out = path.dirname(src);
const ROOT = process.env.LAWS_DIR || '/work/shared/corpus/laws';
const req = createRequire(import.meta.url);
let OpenCC;
try { OpenCC = req('opencc-js'); } catch { OpenCC = req('/work/main/node_modules/opencc-js'); }
const fold = OpenCC.Converter({ from: 'tw', to: 'cn' });
const strip = (s) => fold(String(s)).replace(/\s+/g, '');
const titleOf = (p) => path.basename(p).replace(/\.md$/, '').replace(/\(\d{4}-\d{2}-\d{2}\)$/, '');

const problems = [];
const bad = (id, m) => problems.push(`${id}: ${m}`);

// whole corpus, folded
const corpus = new Map();
(function walk(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p); else if (e.name.endsWith('.md')) corpus.set(path.relative(ROOT, p), fs.readFileSync(p, 'utf8'));
  }
})(ROOT);
const corpusStripped = new Map([...corpus].map(([k, v]) => [k, strip(v)]));
const filesWith = (s) => [...corpusStripped].filter(([, t]) => t.includes(strip(s))).map(([k]) => k);

const lawText = (key) => {
  const note = LAWS[key];
  if (!corpus.has(note)) throw new Error('missing law ' + note);
  return { note, raw: corpus.get(note), text: corpusStripped.get(note) };
};

const longestCopy = (q, text) => {
  const a = [...strip(q)]; let best = 0;
  for (let i = 0; i < a.length; i++) for (let j = i + best + 1; j <= a.length; j++) { if (text.includes(a.slice(i, j).join(''))) best = j - i; else break; }
  return best;
};

function make(c, id) {
  const { note, raw, text } = lawText(c.law);
  const o = { id, doc: titleOf(note), kind: c.kind };
  if (c.q) o.q = c.q; else o.turns = c.turns;
  const asked = strip((c.q ? [c.q] : c.turns).join('\n'));
  for (const t of c.q ? [c.q] : c.turns) { const n = longestCopy(t, text); if (n >= 12) bad(id, `copies ${n} chars`); }
  if (c.refuse) {
    o.refuse = true;
    for (const s of c.absent) { if (text.includes(strip(s))) bad(id, `refusal string in law: ${s}`); const f = filesWith(s); if (f.length) bad(id, `refusal string in corpus: ${s} ${f.join(',')}`); }
  } else {
    o.must = c.must; o.passage = c.passage;
    for (const g of c.must) for (const a of g) {
      if (!text.includes(strip(a))) bad(id, `must not in law: ${a}`);
      if (asked.includes(strip(a))) bad(id, `must in question: ${a}`);
      if ([...strip(a)].length > 12) bad(id, `must too long: ${a}`);
    }
    const p = strip(c.passage); const n = [...p].length;
    if (n < 10 || n > 30) bad(id, `passage length ${n}`);
    if (!raw.split('\n').some((l) => strip(l).includes(p))) bad(id, `passage not within one line of the law: ${c.passage}`);
    const f = filesWith(c.passage);
    if (f.length !== 1) bad(id, `passage occurs in ${f.length} corpus files: ${f.join(', ')}`);
  }
  // laws42: note = path under the corpus root, ' § ', then the article/paragraph that answers (refusals: no article).
  o.note = `${note} § ${c.refuse ? '无条文作答（拒答）' : c.art}`;
  if (!c.refuse && !c.art) bad(id, 'missing art');
  return o;
}

const singles = SINGLE.map((c, i) => make(c, `lw42-${String(i + 1).padStart(2, '0')}`));
const convs = CONV.map((c, i) => make(c, `lw42c${String(i + 1).padStart(2, '0')}`));
const allCases = [...SINGLE.map((c, i) => [c, singles[i]]), ...CONV.map((c, i) => [c, convs[i]])];

// shape
const ans = SINGLE.filter((c) => !c.refuse);
if (SINGLE.length !== 48) bad('suite', 'single count ' + SINGLE.length);
if (SINGLE.filter((c) => c.refuse).length !== 6) bad('suite', 'refusal count');
if (ans.length !== 42) bad('suite', 'answerable count ' + ans.length);
const sit = ans.filter((c) => c.sit).length;
if (sit < 21) bad('suite', 'situational answerable questions ' + sit);
if (SINGLE.filter((c) => c.lang === 'en').length !== 2) bad('suite', 'English count');
for (const c of SINGLE) if ((c.lang === 'en') !== !/[\u4e00-\u9fff]/.test(c.q)) bad('suite', 'lang flag mismatch ' + c.q);
const per = {};
for (const [c] of allCases) { per[c.law] = per[c.law] || [0, 0]; per[c.law][c.refuse ? 1 : 0]++; }
for (const [k, [a]] of Object.entries(per)) if (a < 2 || a > 4) bad('suite', `${k}: ${a} answerable`);
if (Object.keys(per).length !== 20 || Object.keys(LAWS).length !== 20) bad('suite', 'law count');
// not used before, title unique in corpus
const used = fs.existsSync('/tmp/used_laws.txt') ? fs.readFileSync('/tmp/used_laws.txt', 'utf8').split('\n').map((s) => s.trim()).filter(Boolean) : [];
const bare = (t) => titleOf(t).replace(/^中华人民共和国/, '');
const titleCount = {};
for (const f of corpus.keys()) titleCount[titleOf(f)] = (titleCount[titleOf(f)] || 0) + 1;
for (const note of Object.values(LAWS)) {
  if (used.some((u) => u === note || titleOf(u) === titleOf(note) || bare(u) === bare(note))) bad('suite', 'already used ' + note);
  if (titleCount[titleOf(note)] !== 1) bad('suite', 'title not unique ' + note);
}

if (problems.length) { console.error(problems.join('\n')); process.exit(1); }

const jsonl = (a) => a.map((o) => JSON.stringify(o)).join('\n') + '\n';
fs.writeFileSync(path.join(out, 'questions.jsonl'), jsonl(singles));
fs.writeFileSync(path.join(out, 'conversations.jsonl'), jsonl(convs));

const proof = {}; const absent = {};
let grep = '# Absence proof for the refusal cases of laws42\n# For every key string: number of files among all ' + corpus.size +
  ' corpus files (' + ROOT + ') that contain it after folding to simplified Chinese and removing white space.\n';
for (const [c, o] of allCases) if (c.refuse) {
  proof[o.id] = c.absent; absent[o.id] = c.absent;
  grep += `\n${o.id} (${o.doc}): ${o.q || o.turns.join(' / ')}\n`;
  for (const s of c.absent) grep += `  ${JSON.stringify(s)}: in this law ${lawText(c.law).text.includes(strip(s)) ? 'YES' : 'no'}; corpus files ${filesWith(s).length}\n`;
}
fs.writeFileSync(path.join(src, 'refusal_proof.json'), JSON.stringify(proof, null, 1) + '\n');
fs.writeFileSync(path.join(src, 'corpus_absent.json'), JSON.stringify(absent, null, 1) + '\n');
fs.writeFileSync(path.join(src, 'refusal_grep.txt'), grep);

let tsv = 'path\tbytes\tchars\tsha256\n';
for (const note of [...new Set(Object.values(LAWS))].sort()) {
  const buf = fs.readFileSync(path.join(ROOT, note));
  tsv += `${note}\t${buf.length}\t${[...buf.toString('utf8')].length}\t${createHash('sha256').update(buf).digest('hex')}\n`;
}
fs.writeFileSync(path.join(src, 'sources.tsv'), tsv);

let key = '# Answer key for laws42\n\nFor every case: the law, the article/paragraph that answers, the full answering line of the law, and the must groups.\n';
for (const [c, o] of allCases) {
  key += `\n## ${o.id} (${o.kind}${c.sit ? ', situation' : ''}${c.lang === 'en' ? ', English' : ''})\n\n- Q: ${o.q || o.turns.map((t, i) => `[${i + 1}] ${t}`).join(' ')}\n- Law: ${o.doc} (\`${LAWS[c.law]}\`)\n`;
  if (c.refuse) { key += `- Refusal. The law and the whole corpus lack: ${c.absent.map((s) => '`' + s + '`').join(', ')} (see refusal_grep.txt)\n`; continue; }
  const line = corpus.get(LAWS[c.law]).split('\n').find((l) => strip(l).includes(strip(o.passage))).trim();
  key += `- Where: ${c.art}\n- Text: ${line}\n- must: ${JSON.stringify(o.must)}; passage: ${o.passage}\n`;
}
fs.writeFileSync(path.join(src, 'answer_key.md'), key);

console.log(`ok: ${singles.length} single (${ans.length} answerable, ${sit} situational), ${convs.length} conversations, ${Object.keys(per).length} laws`);
for (const [k, [a, r]] of Object.entries(per)) console.log(`  ${a}/${r}  ${LAWS[k]}`);
