// Evidence that the refusal cases ask for facts the document does not give: counts of key terms in the
// folded document (glosses removed, opencc-js hk->cn, whitespace stripped). Run: node src/refusals.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const doc = fs.readFileSync(path.join(HERE, 'src/doc_folded.txt'), 'utf8').replace(/\s+/g, '');
const probes = {
  'p27-43 revenue amount': ['亿元', '亿'],            // 亿 occurs once, only in 三个万亿级产业基地
  'p27-44 safety accidents': ['安全生产', '事故'],
  'p27-45 energy intensity': ['能耗', '能源消耗', '百分之'],
  'p27-46 host of the conference': ['主持'],
  'p27-47 electricity use': ['用电', '电量'],
  'p27-48 phone number': ['电话', '联系', '咨询'],
  'p27-m06 loan interest rate': ['利率', '利息', '贴息'],
};
for (const [k, terms] of Object.entries(probes))
  console.log(k.padEnd(30), terms.map(t => `${t}:${doc.split(t).length - 1}`).join('  '));
const i = doc.indexOf('亿'); console.log('context of 亿:', doc.slice(i - 8, i + 6));
