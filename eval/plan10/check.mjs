// check.mjs — static checks for the plan10 suite (no dependencies). node check.mjs ; exit 1 on any problem.
// Verifies every must alternative and passage against the plan file with white space removed only
// (musts and passages are written in the plan's own traditional characters, without pinyin glosses).
import fs from 'fs';
import path from 'path';
import crypto from 'crypto';
const here = path.dirname(new URL(import.meta.url).pathname);
const PLAN_NAME = '盘锦市工业增长三年行动专项方案-新闻发布会解读';
const PLAN_FILES = ['/work/shared/seed/000_87c328761f19b533.txt', '/work/main/knowledge/' + PLAN_NAME + '.txt'];
const PLAN_SHA = 'f6db3188e196d0b182968285bb65a00859b68b078345b1c3659c779a027336d9';
const EARLIER = ['/work/shared/eval/dev.jsonl',
  ...['plan', 'plan3', 'plan5', 'plan6', 'plan7', 'plan8', 'plan9'].flatMap(d => ['questions.jsonl', 'conversations.jsonl'].map(f => '/work/main/eval/' + d + '/' + f))];
const DICE_MAX = 0.5;           // a question at or above this bigram Dice with an earlier one counts as a re-wording
const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
// traditional -> simplified for every character of the plan that opencc-js hk->cn changes (176 pairs, generated from the plan)
const PAIRS = '貫贯徹彻黨党實实興兴動动題题聞闻發发會会場场開开辦办讀读盤盘錦锦業业長长專专項项點点紹绍結结構构調调進进強强設设產产優优轉转級级經经濟济現现總总體体標标務务舉举組组員员劉刘楊杨營营國国過过數数鏈链應应韌韧顯显漸渐穩稳遼辽寧宁區区軍军為为撐撑個个萬万億亿貢贡獻献質质規规劃划堅坚礎础圍围繞绕氣气繼继續续噸吨細细飛飞東东糧粮電电創创識识壯壮內内費费較较術术達达雛雏鷹鹰獨独獸兽計计關关躍跃則则統统籌筹協协這这間间準准學学環环藝艺龍龙頭头帶带聯联斷断資资綜综積积極极際际緊紧勢势謀谋別别兩两徑径廣广廠厂臺台評评價价儲储備备庫库類类導导掛挂帥帅織织決决難难檔档態态與与揮挥認认證证對对競竞爭争紐纽選选擇择條条戰战鍵键領领綠绿節节試试確确幫帮軟软園园嚴严來来團团隊队鳥鸟機机層层銀银貸贷滿满從从責责擴扩執执將将單单';
const T2S = new Map(); for (let i = 0; i < PAIRS.length; i += 2) T2S.set(PAIRS[i], PAIRS[i + 1]);
const fold = s => [...String(s)].map(c => T2S.get(c) ?? c).join('').replace(/\s+/g, '').toLowerCase();
const GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/i;

const problems = []; const bad = (id, msg) => problems.push(id + ': ' + msg);
let planPath = PLAN_FILES.find(f => fs.existsSync(f));
if (!planPath) { console.error('plan file not found'); process.exit(1); }
const planBuf = fs.readFileSync(planPath);
const sha = crypto.createHash('sha256').update(planBuf).digest('hex');
if (sha !== PLAN_SHA) bad('plan', 'sha256 ' + sha + ' differs from the one the suite was written against');
const planText = planBuf.toString('utf8');
const raw = planText.replace(/\s+/g, '');                       // white space removed only
const lines = planText.split('\n').map(l => l.replace(/\s+/g, ''));

const read = f => fs.readFileSync(path.join(here, f), 'utf8').split('\n').filter(l => l.trim()).map((l, i) => {
  try { return JSON.parse(l); } catch (e) { bad(f + ':' + (i + 1), 'invalid JSON'); return null; } }).filter(Boolean);
const qs = read('questions.jsonl'), cs = read('conversations.jsonl');
const ids = new Set();
const isEnglish = s => !/\p{Script=Han}/u.test(s);

function checkCase(c, conv) {
  const id = c.id ?? '?';
  if (ids.has(id)) bad(id, 'duplicate id'); ids.add(id);
  if (!(conv ? /^p10-m\d\d$/ : /^p10-\d\d$/).test(id)) bad(id, 'bad id');
  if (!KINDS.has(c.kind)) bad(id, 'bad kind ' + c.kind);
  if (conv && c.kind !== 'multi') bad(id, 'conversation kind must be multi');
  if (!conv && c.kind === 'multi') bad(id, 'multi kind outside conversations');
  if (typeof c.note !== 'string' || !/^[^;]+; \S.*$/.test(c.note)) bad(id, 'note must be "<sub-kind>; <part of the plan>"');
  let q;
  if (conv) {
    if (!Array.isArray(c.turns) || c.turns.length < 2 || c.turns.length > 3 || c.turns.some(t => typeof t !== 'string' || !t.trim())) bad(id, 'turns must be 2-3 strings');
    if ('q' in c) bad(id, 'conversation has q');
    q = (c.turns ?? []).at(-1) ?? '';
  } else {
    if (typeof c.q !== 'string' || !c.q.trim()) bad(id, 'missing q');
    if ('turns' in c) bad(id, 'single-turn case has turns');
    q = c.q ?? '';
  }
  if (c.refuse) {
    if (c.refuse !== true) bad(id, 'refuse must be true');
    if (!conv && c.kind !== 'oos') bad(id, 'refusal must be kind oos');
    if ('must' in c || 'passage' in c) bad(id, 'refusal with must/passage');
    for (const a of c.absent ?? []) if (raw.includes(a.replace(/\s+/g, '')) || fold(raw).includes(fold(a))) bad(id, 'absent term occurs in the plan: ' + a);
    return;
  }
  if (c.kind === 'oos') bad(id, 'oos without refuse');
  if (!Array.isArray(c.must) || !c.must.length) bad(id, 'missing must');
  for (const g of c.must ?? []) {
    if (!Array.isArray(g) || !g.length) { bad(id, 'empty must group'); continue; }
    for (const a of g) {
      if (typeof a !== 'string' || !a) { bad(id, 'empty must alternative'); continue; }
      if (/\s/.test(a)) bad(id, 'must has white space: ' + a);
      if (/[(),]/.test(a) || GLOSS.test(a)) bad(id, 'must contains a parenthesis, gloss or comma: ' + a);
      if (!raw.includes(a)) bad(id, 'must not in plan: ' + a);
      if (fold(q).includes(fold(a))) bad(id, 'must contained in the question: ' + a);
    }
  }
  const p = c.passage;
  if (typeof p !== 'string') { bad(id, 'missing passage'); return; }
  const n = [...p].length;
  if (n < 10 || n > 40) bad(id, 'passage length ' + n);
  if (/\s/.test(p)) bad(id, 'passage has white space');
  if (/[()]/.test(p) || GLOSS.test(p)) bad(id, 'passage contains a parenthesis or gloss');
  if (/[;:]/.test(p) || (p.includes(',') && c.passage_comma !== true)) bad(id, 'passage has half-width , ; or :');
  if (!raw.includes(p)) bad(id, 'passage not in plan: ' + p);
  else if (!lines.some(l => l.includes(p))) bad(id, 'passage spans a line break');
}
qs.forEach(c => checkCase(c, false));
cs.forEach(c => checkCase(c, true));

// set shape
const ans = qs.filter(c => !c.refuse), ref = qs.filter(c => c.refuse);
if (qs.length !== 48 || ans.length !== 42 || ref.length !== 6) bad('set', `questions ${qs.length}, answerable ${ans.length}, refusals ${ref.length} (want 48/42/6)`);
const eng = qs.filter(c => isEnglish(c.q ?? ''));
if (eng.length !== 3) bad('set', 'English questions ' + eng.length + ' (want 3)');
if (cs.length !== 6 || cs.filter(c => c.refuse).length !== 1) bad('set', 'want 6 conversations, 1 refusing');

// overlap with earlier sets (character-bigram Dice on folded text)
const bigrams = s => { const t = fold(s).replace(/[\p{P}\p{S}]/gu, ''); const m = new Map(); for (let i = 0; i < t.length - 1; i++) { const b = t.slice(i, i + 2); m.set(b, (m.get(b) ?? 0) + 1); } return m; };
const dice = (a, b) => { let inter = 0, na = 0, nb = 0; for (const v of a.values()) na += v; for (const v of b.values()) nb += v;
  for (const [k, v] of a) inter += Math.min(v, b.get(k) ?? 0); return na + nb ? 2 * inter / (na + nb) : 0; };
const text = c => c.q ?? (c.turns ?? []).join(' ');
const earlier = [];
for (const f of EARLIER) {
  if (!fs.existsSync(f)) { console.log('note: earlier set not present, skipped: ' + f); continue; }
  for (const l of fs.readFileSync(f, 'utf8').split('\n')) if (l.trim()) { try { const c = JSON.parse(l); earlier.push([f.replace(/^.*eval\//, '') + '#' + c.id, bigrams(text(c))]); } catch {} }
}
const mine = [...qs, ...cs].map(c => [c.id, bigrams(text(c))]);
let worst = [0, '', ''];
for (const [id, b] of mine) {
  for (const [eid, eb] of earlier) { const d = dice(b, eb); if (d > worst[0]) worst = [d, id, eid]; if (d >= DICE_MAX) bad(id, `too close to ${eid} (Dice ${d.toFixed(2)})`); }
}
for (let i = 0; i < mine.length; i++) for (let j = i + 1; j < mine.length; j++) { const d = dice(mine[i][1], mine[j][1]); if (d >= DICE_MAX) bad(mine[i][0], `too close to ${mine[j][0]} (Dice ${d.toFixed(2)})`); }

const kinds = {}; for (const c of [...qs, ...cs]) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
console.log(`plan: ${planPath} (${raw.length} chars without white space)`);
console.log(`questions ${qs.length} (answerable ${ans.length}, refusals ${ref.length}, English ${eng.length}); conversations ${cs.length} (refusing ${cs.filter(c => c.refuse).length})`);
console.log('kinds: ' + Object.entries(kinds).map(([k, v]) => k + ' ' + v).join(', '));
console.log(`earlier questions compared: ${earlier.length}; closest: ${worst[1]} ~ ${worst[2]} Dice ${worst[0].toFixed(2)} (limit ${DICE_MAX})`);
if (problems.length) { console.log(problems.length + ' problem(s):\n' + problems.join('\n')); process.exit(1); }
console.log('OK');
