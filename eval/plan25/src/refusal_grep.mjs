// Refusal evidence: for each refusal, the key terms searched in the folded document (src/doc_folded.txt,
// whitespace removed) and what was found. A refusal is kept only if the asked fact is absent.
import fs from 'node:fs';
const doc = fs.readFileSync(new URL('./doc_folded.txt', import.meta.url), 'utf8').replace(/\s+/g, '');
const probes = {
  'p25-43 专精特新 target': ['专精特新', '专精', '特新', '小巨人'],
  'p25-44 energy intensity': ['能耗', '能源消耗', '节能', '强度', '下降'],
  'p25-45 chemical park area': ['平方公里', '化工园区', '扩区', '面积', '园区'],
  'p25-46 loan interest rate': ['利率', '基点', '普惠', '降息', '贷款'],
  'p25-47 number of new listings': ['上市', '上市公司', '家上市'],
  'p25-48 green factory count': ['绿色工厂', '试点示范', '省级以上'],
  'p25-m06 listing reward': ['奖励', '奖', '万元', '补助', '资金'],
};
const ctx = (w) => { const out = []; let i = -1; while ((i = doc.indexOf(w, i + 1)) >= 0) out.push(doc.slice(Math.max(0, i - 12), i + w.length + 12)); return out; };
for (const [k, ws] of Object.entries(probes)) {
  console.log(k);
  for (const w of ws) { const c = ctx(w); console.log(`  ${w}: ${c.length}${c.length ? '  e.g. …' + c[0] + '…' : ''}`); }
}
// numbers present in the document (to be sure no refusal asks for a figure that is given)
console.log('figures in text:', [...new Set(doc.match(/[0-9.]+[^0-9.,、;。]{0,4}/g))].join(' | '));
