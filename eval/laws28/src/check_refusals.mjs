// Proves the refusal cases: the strings an answer would need do not occur in the cited law
// (and reports how many other corpus files contain them). Usage: node src/check_refusals.mjs
import fs from 'node:fs';
import path from 'node:path';
const LAWS = '/work/shared/corpus/laws';
const strip = (s) => s.replace(/\s+/g, '');
const CHECKS = [
  ['lw28-43', '行政法规/专利代理条例(2018-11-06).md', ['报名费', '考试费', '收费标准', '元/科', '每科']],
  ['lw28-44', '行政法规/长城保护条例(2006-10-01).md', ['补助标准', '每月', '每人每月', '元/月', '补贴标准']],
  ['lw28-45', '行政法规/人工影响天气管理条例(2020-03-27).md', ['学时', '课时', '小时', '培训时间', '培训天数']],
  ['lw28-46', '行政法规/国际邮轮在港口靠港补给的规定(2024-04-22).md', ['香烟', '卷烟', '每位旅客', '每人', '限购', '条/人', '200支']],
  ['lw28-47', '司法解释/最高人民法院关于审理森林资源民事纠纷案件适用法律若干问题的解释(2022-06-13).md', ['吨', '元', '价格', '折算']],
  ['lw28-48', '司法解释/最高人民法院关于具有专门知识的人民陪审员参加环境资源案件审理的若干规定(2023-07-26).md', ['补助', '补贴', '元', '报酬', '费用']],
  ['lw28-m05', '行政法规/证券期货行政执法当事人承诺制度实施办法(2021-10-26).md', ['中证', '投资者服务中心', '投资者保护基金', '地址', '邮寄', '北京市']],
];
const files = [];
(function w(d) { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) w(p); else if (e.name.endsWith('.md')) files.push(p); } })(LAWS);
const corpus = files.map((f) => [path.relative(LAWS, f), strip(fs.readFileSync(f, 'utf8'))]);
let bad = 0;
for (const [id, note, needles] of CHECKS) {
  const text = strip(fs.readFileSync(path.join(LAWS, note), 'utf8'));
  const hits = needles.filter((n) => text.includes(n));
  if (hits.length) bad++;
  const elsewhere = needles.map((n) => `${n}:${corpus.filter(([, t]) => t.includes(n)).length}`).join(' ');
  console.log(`${id} ${hits.length ? 'PRESENT ' + hits.join(',') : 'absent'} | corpus files containing: ${elsewhere}`);
}
process.exit(bad ? 1 : 0);
