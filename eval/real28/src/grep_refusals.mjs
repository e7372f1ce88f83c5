// Prints every line of every document that contains a keyword of a refusal case, for a manual check that the
// asked fact is absent. Run: node src/grep_refusals.mjs
import fs from 'node:fs';
import path from 'node:path';
const dir = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const docs = fs.readdirSync(path.join(dir, 'knowledge')).map(f => [f.slice(0, -4), fs.readFileSync(path.join(dir, 'knowledge', f), 'utf8').split('\n')]);
const keys = {
  r28a22: ['贴息', '利率', '个点'], r28a23: ['培训补贴', '补贴标准'], r28a24: ['失业保险金'],
  r28b22: ['储能'], r28b23: ['陆上', '风电'], r28b24: ['所得税', '税'],
  r28c22: ['整区域', '试点'], r28c23: ['充电桩'], r28c24: ['电话', '联系', '咨询'],
  r28m02: ['培训补贴', '到账', '发放', '工作日'], r28m06: ['处罚', '罚', '惩戒', '30%'],
};
for (const [id, ks] of Object.entries(keys)) {
  console.log(`== ${id}: ${ks.join(' ')}`);
  for (const [t, lines] of docs) lines.forEach((l, i) => { const k = ks.find(k => l.includes(k)); if (k) console.log(`  [${t.slice(0, 12)} L${i + 1}] …${l.slice(Math.max(0, l.indexOf(k) - 30), l.indexOf(k) + 40)}…`); });
}
