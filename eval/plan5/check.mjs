// Static checks for plan5 (questions.jsonl + conversations.jsonl) against the shipped 盘锦 plan.
// Standalone: node check.mjs   (no dependencies; exits 1 on any problem)
//
// The plan is stored in traditional characters with pinyin glosses after some characters (實(shí) ...).
// It is folded the way the grader folds answers: glosses removed, traditional -> simplified, whitespace removed.
// T2S below is the traditional->simplified map of every character of the document that changes under
// opencc-js { from: 'hk', to: 'cn' } (the grader's converter), generated once from the document; folding the whole
// document character by character with it gives exactly what opencc-js gives (verified when written; re-verified
// below whenever opencc-js happens to be resolvable, e.g. from /work/main/node_modules).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const NAME = '盘锦市工业增长三年行动专项方案-新闻发布会解读';
// The shipped plan itself (the project's knowledge/), not a copy.
const DOC = path.join(HERE, '..', '..', 'knowledge', NAME + '.txt');
const SHIPPED = DOC;
const T2S = {"貫":"贯","徹":"彻","黨":"党","實":"实","興":"兴","動":"动","題":"题","聞":"闻","發":"发","會":"会","場":"场","開":"开","辦":"办","讀":"读","盤":"盘","錦":"锦","業":"业","長":"长","專":"专","項":"项","點":"点","紹":"绍","結":"结","構":"构","調":"调","進":"进","強":"强","設":"设","產":"产","優":"优","轉":"转","級":"级","經":"经","濟":"济","現":"现","總":"总","體":"体","標":"标","務":"务","舉":"举","組":"组","員":"员","劉":"刘","楊":"杨","營":"营","國":"国","過":"过","數":"数","鏈":"链","應":"应","韌":"韧","顯":"显","漸":"渐","穩":"稳","遼":"辽","寧":"宁","區":"区","軍":"军","為":"为","撐":"撑","個":"个","萬":"万","億":"亿","貢":"贡","獻":"献","質":"质","規":"规","劃":"划","堅":"坚","礎":"础","圍":"围","繞":"绕","氣":"气","繼":"继","續":"续","噸":"吨","細":"细","飛":"飞","東":"东","糧":"粮","電":"电","創":"创","識":"识","壯":"壮","內":"内","費":"费","較":"较","術":"术","達":"达","雛":"雏","鷹":"鹰","獨":"独","獸":"兽","計":"计","關":"关","躍":"跃","則":"则","統":"统","籌":"筹","協":"协","這":"这","間":"间","準":"准","學":"学","環":"环","藝":"艺","龍":"龙","頭":"头","帶":"带","聯":"联","斷":"断","資":"资","綜":"综","積":"积","極":"极","際":"际","緊":"紧","勢":"势","謀":"谋","別":"别","兩":"两","徑":"径","廣":"广","廠":"厂","臺":"台","評":"评","價":"价","儲":"储","備":"备","庫":"库","類":"类","導":"导","掛":"挂","帥":"帅","織":"织","決":"决","難":"难","檔":"档","態":"态","與":"与","揮":"挥","認":"认","證":"证","對":"对","競":"竞","爭":"争","紐":"纽","選":"选","擇":"择","條":"条","戰":"战","鍵":"键","領":"领","綠":"绿","節":"节","試":"试","確":"确","幫":"帮","軟":"软","園":"园","嚴":"严","來":"来","團":"团","隊":"队","鳥":"鸟","機":"机","層":"层","銀":"银","貸":"贷","滿":"满","從":"从","責":"责","擴":"扩","執":"执","將":"将","單":"单"};

const TONE = 'a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const glossRe = new RegExp(`(\\p{Script=Han})[(（][${TONE}]+[)）]`, 'gu');
const fold = s => [...String(s)].map(ch => T2S[ch] ?? ch).join('').replace(/\s+/g, '');
const raw = fs.readFileSync(DOC, 'utf8');
const stripped = raw.replace(glossRe, '$1');
const text = fold(stripped);

const errs = [], warns = [];
if (/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+[)）]/u.test(text)) warns.push('a pinyin gloss survived stripping');
if (fs.existsSync(SHIPPED) && fs.readFileSync(SHIPPED, 'utf8') !== raw) warns.push('knowledge/ copy differs from ' + SHIPPED);
// optional cross-check against the grader's converter
for (const base of [process.cwd(), HERE, '/work/main'].filter(Boolean)) {
  try {
    const conv = createRequire(path.join(base, 'noop.js'))('opencc-js').Converter({ from: 'hk', to: 'cn' });
    if (conv(stripped).replace(/\s+/g, '') !== text) errs.push('embedded T2S table and opencc-js disagree on the document');
    else console.log('(cross-checked the fold against opencc-js from ' + base + ')');
    break;
  } catch {}
}

const KINDS = new Set(['target', 'task', 'policy', 'owner', 'measure', 'overview', 'oos', 'multi']);
const ids = new Set(); const counts = {}; let nMust = 0, nPass = 0, nCases = 0;
const trad = s => [...s].filter(ch => T2S[ch]);
for (const file of ['questions.jsonl', 'conversations.jsonl']) {
  const lines = fs.readFileSync(path.join(HERE, file), 'utf8').split('\n').filter(l => l.trim());
  lines.forEach((l, i) => {
    let c; nCases++;
    try { c = JSON.parse(l); } catch (e) { errs.push(`${file}:${i + 1}: does not parse: ${e.message}`); return; }
    const id = c.id ?? `${file}:${i + 1}`;
    if (!c.id) errs.push(`${id}: no id`);
    if (ids.has(c.id)) errs.push(`${id}: duplicate id`); ids.add(c.id);
    if (!KINDS.has(c.kind)) errs.push(`${id}: bad kind ${c.kind}`);
    counts[c.kind] = (counts[c.kind] ?? 0) + 1;
    if (c.note !== NAME) errs.push(`${id}: note is not the document name`);
    if (file === 'conversations.jsonl') {
      if (c.kind !== 'multi') errs.push(`${id}: conversation kind should be multi`);
      if (!Array.isArray(c.turns) || c.turns.length < 2 || c.turns.length > 3 || c.turns.some(t => typeof t !== 'string' || !t.trim()))
        errs.push(`${id}: turns must be 2-3 non-empty strings`);
      if (c.q) errs.push(`${id}: multi-turn case has q`);
    } else if (typeof c.q !== 'string' || !c.q.trim()) errs.push(`${id}: no question`);
    if (c.kind === 'oos' && c.refuse !== true) errs.push(`${id}: oos without refuse:true`);
    if (c.refuse) {
      if (c.kind !== 'oos' && c.kind !== 'multi') errs.push(`${id}: refuse but kind ${c.kind}`);
      if (c.must || c.passage) errs.push(`${id}: refusal carries must/passage`);
      return;
    }
    if (!Array.isArray(c.must) || !c.must.length) errs.push(`${id}: no must groups`);
    for (const g of c.must ?? []) {
      if (!Array.isArray(g) || !g.length) { errs.push(`${id}: empty/bad must group`); continue; }
      for (const w of g) {
        nMust++;
        if (typeof w !== 'string' || !w) { errs.push(`${id}: bad must entry`); continue; }
        if (trad(w).length || /\s/.test(w)) errs.push(`${id}: must "${w}" is not simplified / has whitespace`);
        if (!text.includes(fold(w))) errs.push(`${id}: must "${w}" not in the folded document`);
      }
    }
    const p = c.passage;
    if (typeof p !== 'string') { errs.push(`${id}: no passage`); return; }
    nPass++;
    const n = [...p.replace(/\s+/g, '')].length;
    if (n < 10 || n > 40) errs.push(`${id}: passage length ${n} not in 10..40`);
    if (trad(p).length) errs.push(`${id}: passage "${p}" is not simplified`);
    if (!text.includes(fold(p))) errs.push(`${id}: passage "${p}" not in the folded document`);
  });
}
for (const w of warns) console.log('WARN ' + w);
for (const e of errs) console.log('FAIL ' + e);
console.log(`${nCases} cases; kinds ${JSON.stringify(counts)}; ${nMust} must strings, ${nPass} passages checked`);
console.log(errs.length ? `${errs.length} problem(s)` : 'OK: every line parses, ids are unique, every must string and passage occurs in the folded document');
process.exit(errs.length ? 1 : 0);
