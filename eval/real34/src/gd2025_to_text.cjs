// Turns the task table of 《数字广东建设2025年工作要点》 (transcribed verbatim from the source file,
// see gd2025_sectionData.cjs) into plain lines: 一、section / （N）subsection / "id.title。content（departments）".
// Subsections are numbered continuously (一)…(十九), as the source's overview list numbers them 1–19.
const fs = require('fs');
const data = require('./gd2025_sectionData.cjs');
const cn = n => {
  const d = '零一二三四五六七八九';
  if (n <= 10) return n === 10 ? '十' : d[n];
  if (n < 20) return '十' + d[n - 10];
  return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
};
const lines = ['数字广东建设2025年工作要点'];
let sub = 0;
data.forEach((s, i) => {
  lines.push(`${cn(i + 1)}、${s.title}`);
  for (const ss of s.subsections) {
    sub++;
    lines.push(`（${cn(sub)}）${ss.title}`);
    for (const t of ss.tasks) lines.push(`${t.id}.${t.title}。${t.content}（${t.departments}）`);
  }
});
fs.writeFileSync(process.argv[2], lines.join('\n') + '\n');
console.log(lines.length, 'lines', [...lines.join('\n')].length, 'chars');
