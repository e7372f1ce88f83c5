// Verifies that the facts asked by the refusal cases are absent from the whole chosen law.
// Usage: node src/check_refusals.mjs  (LAWS_DIR overrides the corpus path)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const LAWS = process.env.LAWS_DIR || '/work/shared/corpus/laws';
// id -> patterns that must NOT match anywhere in the law text (whitespace removed)
const ABSENT = {
  'lw25-05': [/千瓦时/, /度电/, /分布式/, /\d+元/, /[零一二三四五六七八九十]+元/, /分钱/],
  'lw25-14': [/登记费[^。]*\d+元/, /登记费[^。]*[一二三四五六七八九十百千]+元/, /收费标准为/],
  'lw25-19': [/工作日/, /库存现金限额[^。]*\d+日内/, /核定[^。]*\d+日内/],
  'lw25-24': [/毫米/, /红色/, /橙色/, /降雨量/, /雨量/],
  'lw25-27': [/温度/, /湿度/, /℃/, /摄氏/],
  'lw25-48': [/日内/, /日以内/, /工作日/, /期限内作出/, /答复/],
  'lw25-m05': [/经营许可证[^。]*费/, /工本费/, /许可[^。]*收费/, /手续费/],
};
const cases = [];
for (const f of ['questions.jsonl', 'conversations.jsonl']) {
  for (const l of fs.readFileSync(path.join(here, f), 'utf8').split('\n')) if (l.trim()) cases.push(JSON.parse(l));
}
let bad = 0;
const refusals = cases.filter((c) => c.refuse);
for (const c of refusals) {
  const pats = ABSENT[c.id];
  if (!pats) { console.log(`${c.id}: no absence patterns listed`); bad++; continue; }
  const text = fs.readFileSync(path.join(LAWS, c.note), 'utf8').replace(/\s+/g, '');
  for (const p of pats) {
    const m = text.match(p);
    if (m) { console.log(`${c.id}: pattern ${p} FOUND: ${m[0].slice(0, 60)}`); bad++; }
  }
  console.log(`${c.id}: ${pats.length} patterns absent from ${c.note}`);
}
if (bad) { console.log('FAIL'); process.exit(1); }
console.log(`OK (${refusals.length} refusals)`);
