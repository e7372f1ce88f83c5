// Verifies that the facts asked by the refusal cases are absent from the folded, gloss-stripped document:
// for each refusal, the listed tokens must not occur; "context" tokens are printed with their surroundings
// so a reader can see that the text mentions the topic but gives no figure/date/name.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const doc = fs.readFileSync(path.join(HERE, 'src/doc_folded.txt'), 'utf8').replace(/\s+/g, '');
const CHECKS = {
  'p30-43': { absent: ['追责', '问责', '扣分', '通报', '处分', '约谈', '细则'], context: ['督查督办', '督导'] },
  'p30-44': { absent: ['链主', '链长', '华锦', '宝来', '集团'], context: ['产业链'] },
  'p30-45': { absent: ['实验室', '工程研究中心', '技术中心', '研发中心', '个平台'], context: ['创新平台'] },
  'p30-46': { absent: ['挂牌', '上市公司', '家企业上市', '交易所'], context: ['上市'] },
  'p30-47': { absent: ['出台', '印发', '月底', '年底前', '发布政策'], context: ['政策措施'] },
  'p30-48': { absent: ['媒体', '记者', '报社', '电视台', '家媒'], context: [] },
  'p30-m06': { absent: ['资金', '万元', '奖励', '资助', '补助', '最高'], context: ['揭榜挂帅'] },
};
let bad = 0;
for (const [id, { absent, context }] of Object.entries(CHECKS)) {
  const hits = absent.filter(t => doc.includes(t));
  if (hits.length) { bad++; console.log(`${id}: FOUND ${hits.join(',')}`); } else console.log(`${id}: absent ok (${absent.join(',')})`);
  for (const t of context) { let i = doc.indexOf(t); while (i >= 0) { console.log(`   ${t}: …${doc.slice(Math.max(0, i - 20), i + t.length + 20)}…`); i = doc.indexOf(t, i + 1); } }
}
// any Arabic number in the document, to show which figures exist at all
console.log('numbers in document:', [...new Set(doc.match(/\d+(\.\d+)?/g))].join(' '));
process.exit(bad ? 1 : 0);
