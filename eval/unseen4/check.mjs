// Standalone checker for the unseen4 set (modelled on ../unseen3/check.mjs). No dependencies.
// Usage: node check.mjs [KNOWLEDGE_DIR] [SHIPPED_PLAN_DIR]
//   KNOWLEDGE_DIR     defaults to ./knowledge (exactly one .txt: the Qingdao AI action plan)
//   SHIPPED_PLAN_DIR  defaults to /work/main/knowledge (the 盘锦 page loaded beside it); skipped if absent
// Checks: the document (title line = file name, issuer/date line, size, no HTML / markdown residue / U+FFFD /
// CR / BOM, the seven actions （一）–（七）, the four 保障措施, ends with 保障措施（四）'s units = not truncated);
// JSON per line, ids unique with the u4- / u4m- prefixes, kinds, notes start with "named;" or "bare;";
// 16 questions (12 answerable, 4 refusals, 8 named, 8 bare) and 4 conversations (>=2 turns, 1 refusal);
// refusals have refuse:true and no must/passage, and the words that would answer them are absent from the text;
// every must alternative occurs in the text (white space removed) and no group is echoed by the case's turns;
// every passage is 10–40 chars, one line, verbatim; at least one English question with a numeric must;
// bare questions' must alternatives do not occur in the shipped plan (folded to simplified with opencc-js when
// it can be loaded, else with a small built-in table). Exits 1 on any problem.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const kdir = process.argv[2] || path.join(here, 'knowledge');
const shippedDir = process.argv[3] || '/work/main/knowledge';
const strip = (s) => s.replace(/\s+/g, '');
const problems = [];

// ---- the document
const files = fs.readdirSync(kdir).filter((f) => f.endsWith('.txt'));
if (files.length !== 1) problems.push(`knowledge/ must hold exactly one .txt, found ${files.length}`);
const file = files[0];
const raw = fs.readFileSync(path.join(kdir, file), 'utf8');
const lines = raw.split('\n');
const name = file.slice(0, -4);
if (lines[0] !== name) problems.push('first line is not the file name');
if (lines[1] !== '发布部门：青岛市人民政府　发布日期：2024-05-31') problems.push('second line is not the issuer/date line');
if (raw.length < 4000 || raw.length > 20000) problems.push(`document length ${raw.length} not in 4000..20000`);
if (/<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;/i.test(raw)) problems.push('document has HTML tags or entities');
if (/\uFFFD|\r|^\uFEFF/.test(raw)) problems.push('document has U+FFFD, CR or a BOM');
if (/\*\*|^#+ |\\\[|\\\]|!\[\]\(/m.test(raw)) problems.push('document has markdown residue (**, #, \\[, image)');
const ACTIONS = ['（一）算力设施“强基”行动', '（二）算法模型“铸魂”行动', '（三）数据要素“提质”行动', '（四）核心产业“固链”行动',
  '（五）创新平台“领航”行动', '（六）产业生态“聚力”行动', '（七）场景应用“赋能”行动'];
for (const a of ACTIONS) if (!lines.some((l) => l.trim() === a)) problems.push(`action heading missing as its own line: ${a}`);
for (const m of ['（一）健全工作机制。', '（二）强化政策支持。', '（三）强化人才支撑。', '（四）营造浓厚氛围。']) {
  if (!lines.some((l) => l.trim().startsWith(m))) problems.push(`保障措施 item missing at a line start: ${m}`);
}
const last = lines.filter((l) => l.trim()).pop() || '';
if (!last.trim().startsWith('（四）营造浓厚氛围。') || !last.endsWith('各区、市政府）')) problems.push('document does not end with 保障措施（四） and its units (truncated?)');
const doc = strip(raw);

// ---- the shipped plan (optional), folded to simplified
let shipped = null, foldMode = 'skipped (no shipped plan dir)';
if (fs.existsSync(shippedDir)) {
  const txts = fs.readdirSync(shippedDir).filter((f) => f.endsWith('.txt'));
  let text = txts.map((f) => fs.readFileSync(path.join(shippedDir, f), 'utf8')).join('\n');
  try {
    const require = createRequire('/work/main/package.json');
    const OpenCC = require('opencc-js');
    text = OpenCC.Converter({ from: 'hk', to: 'cn' })(text);
    foldMode = 'opencc-js hk→cn';
  } catch {
    const table = { '條': '条', '億': '亿', '萬': '万', '項': '项', '個': '个', '頭': '头', '術': '术', '傳': '传',
      '實': '实', '設': '设', '業': '业', '發': '发', '區': '区', '劃': '划', '點': '点', '網': '网', '機': '机',
      '產': '产', '園': '园', '導': '导', '體': '体', '應': '应', '場': '场', '們': '们', '為': '为', '數': '数' };
    text = text.replace(/./gu, (ch) => table[ch] || ch);
    foldMode = 'built-in table (opencc-js not loadable)';
  }
  shipped = strip(text);
}

// ---- cases
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
// words that would answer each refusal; none may occur in the text
const REFUSAL_ABSENT = {
  'u4-13': ['新闻发布会', '发布会', '发布人', '解读'],
  'u4-14': ['补贴', '补助', '奖励', '万元'],
  'u4-15': ['2023', '截至', '目前', '年底'],
  'u4-16': ['亿', '基金规模'],
  'u4m-4': ['房租', '租金', '补贴', '万元'],
};
const ids = new Set();
const byKind = {};
const counts = { q: 0, qRefuse: 0, named: 0, bare: 0, c: 0, cRefuse: 0, english: 0 };

function checkFile(fname, isConv) {
  const rows = fs.readFileSync(path.join(here, fname), 'utf8').split('\n').filter((l) => l.trim());
  rows.forEach((line, i) => {
    let c;
    try { c = JSON.parse(line); } catch { problems.push(`${fname}:${i + 1} invalid JSON`); return; }
    const where = `${fname}:${c.id}`;
    if (!c.id) problems.push(`${fname}:${i + 1} no id`);
    if (ids.has(c.id)) problems.push(`${where} duplicate id`);
    ids.add(c.id);
    if (isConv ? !/^u4m-\d+$/.test(c.id) : !/^u4-\d\d$/.test(c.id)) problems.push(`${where} id prefix`);
    if (!KINDS.has(c.kind)) problems.push(`${where} bad kind ${c.kind}`);
    byKind[c.kind] = (byKind[c.kind] || 0) + 1;
    if (!/^(named|bare);/.test(c.note || '')) problems.push(`${where} note must start with named; or bare;`);
    let qs;
    if (isConv) {
      counts.c++;
      if (c.kind !== 'multi') problems.push(`${where} conversation kind must be multi`);
      if (c.q !== undefined) problems.push(`${where} conversation has q`);
      if (!Array.isArray(c.turns) || c.turns.length < 2) problems.push(`${where} needs >= 2 turns`);
      qs = c.turns || [];
    } else {
      counts.q++;
      if (c.turns !== undefined) problems.push(`${where} question has turns`);
      qs = [c.q];
      if (/^named;/.test(c.note)) counts.named++; else counts.bare++;
    }
    if (!qs.length || qs.some((x) => typeof x !== 'string' || !x.trim())) problems.push(`${where} empty question`);
    const allTurns = strip(qs.join(''));
    if (c.refuse) {
      if (isConv) counts.cRefuse++; else counts.qRefuse++;
      if (!isConv && c.kind !== 'oos') problems.push(`${where} refusal must be kind oos`);
      if (c.refuse !== true) problems.push(`${where} refuse must be true`);
      if (c.must || c.passage) problems.push(`${where} refusal has must/passage`);
      const absent = REFUSAL_ABSENT[c.id];
      if (!absent) problems.push(`${where} refusal has no absent-word list in check.mjs`);
      for (const w of absent || []) if (doc.includes(w)) problems.push(`${where} refusal word "${w}" occurs in the text`);
      return;
    }
    if (c.kind === 'oos') problems.push(`${where} oos without refuse:true`);
    if (!Array.isArray(c.must) || !c.must.length) problems.push(`${where} no must groups`);
    const isEnglish = !isConv && !/[\u4e00-\u9fff]/.test(c.q || '');
    if (isEnglish && (c.must || []).some((g) => g.some((a) => /\d/.test(a)))) counts.english++;
    for (const group of c.must || []) {
      if (!Array.isArray(group) || !group.length) { problems.push(`${where} empty must group`); continue; }
      for (const alt of group) {
        if (typeof alt !== 'string' || !alt.trim()) { problems.push(`${where} empty must alternative`); continue; }
        if (!doc.includes(strip(alt))) problems.push(`${where} must "${alt}" not in document`);
      }
      if (group.some((alt) => allTurns.includes(strip(alt)))) problems.push(`${where} must group ${JSON.stringify(group)} is echoed by a turn`);
      if (shipped && /^bare;/.test(c.note) && group.some((alt) => shipped.includes(strip(alt)))) {
        problems.push(`${where} bare question's must ${JSON.stringify(group)} also occurs in the shipped plan`);
      }
    }
    if (typeof c.passage !== 'string') { problems.push(`${where} no passage`); return; }
    if (/\n/.test(c.passage)) problems.push(`${where} passage has a line break`);
    const p = strip(c.passage);
    if (p.length < 10 || p.length > 40) problems.push(`${where} passage length ${p.length} not in 10..40`);
    if (!raw.includes(c.passage)) problems.push(`${where} passage not verbatim in document: ${c.passage}`);
  });
}
checkFile('questions.jsonl', false);
checkFile('conversations.jsonl', true);

if (counts.q !== 16) problems.push(`expected 16 questions, got ${counts.q}`);
if (counts.qRefuse !== 4) problems.push(`expected 4 refusal questions, got ${counts.qRefuse}`);
if (counts.named !== 8 || counts.bare !== 8) problems.push(`expected 8 named + 8 bare questions, got ${counts.named} + ${counts.bare}`);
if (counts.c !== 4) problems.push(`expected 4 conversations, got ${counts.c}`);
if (counts.cRefuse !== 1) problems.push(`expected 1 refusal conversation, got ${counts.cRefuse}`);
if (counts.english < 1) problems.push('expected at least one English question with a numeric must');

console.log(`document: ${name} (${raw.length} chars, ${lines.filter(Boolean).length} lines)`);
console.log(`questions ${counts.q} (refusals ${counts.qRefuse}; named ${counts.named}, bare ${counts.bare}; English ${counts.english}); conversations ${counts.c} (refusals ${counts.cRefuse})`);
console.log('by kind:', JSON.stringify(byKind));
console.log(`shipped-plan overlap check: ${foldMode}`);
if (problems.length) { for (const p of problems) console.error('FAIL ' + p); process.exit(1); }
console.log('OK');
