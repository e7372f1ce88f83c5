// Builds owners.json from the annotations in knowledge/*.txt.
// A (State Council opinion): each item line "（N）Title。…（units负责…）"; the document says
//   "列第一位者为牵头单位" so the first unit is lead and the rest support.
// C (Huangpu action plan): heading line "（N）Title" followed later by "（责任单位：…）"; the plan names all of them
//   责任单位 without marking a lead, so every listed unit goes into "lead" and "support" stays empty.
import fs from 'node:fs';
import path from 'node:path';
const dir = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const K = f => fs.readFileSync(path.join(dir, 'knowledge', f + '.txt'), 'utf8');
const A = '国务院关于做好当前和今后一个时期促进就业工作的若干意见';
const C = '关于印发《黄浦区可再生能源发展行动方案》的通知';
const splitUnits = s => s.split(/[、，]/).map(u => u.trim()).filter(Boolean)
  .flatMap(u => { const m = /^(.+?)等有关部门和单位$/.exec(u); return m ? [m[1], '有关部门和单位'] : [u]; });
const out = [];
{
  const items = [];
  for (const line of K(A).split('\n')) {
    const m = /^(（[一二三四五六七八九十]+）)([^。]+)。.*（([^（）]*?)(?:按职责分工)?负责(?:。[^（）]*)?）$/.exec(line);
    if (!m) continue;
    const units = splitUnits(m[3]);
    items.push({ no: m[1], title: m[2], lead: [units[0]], support: units.slice(1) });
  }
  out.push({ doc: A, items });
}
{
  const items = [];
  let cur = null;
  for (const line of K(C).split('\n')) {
    let m;
    if ((m = /^(（[一二三四五六七八九十]+）)(.+)$/.exec(line)) && !line.startsWith('（责任单位')) cur = { no: m[1], title: m[2] };
    else if ((m = /^(二、)(保障措施)$/.exec(line))) cur = { no: m[1], title: m[2] };
    else if ((m = /^（责任单位：(.+)）$/.exec(line)) && cur) { items.push({ ...cur, lead: splitUnits(m[1]), support: [] }); cur = null; }
  }
  out.push({ doc: C, items });
}
fs.writeFileSync(path.join(dir, 'owners.json'), JSON.stringify(out, null, 1) + '\n');
for (const o of out) { console.log(o.doc, o.items.length); for (const it of o.items) console.log(' ', it.no, it.title, '|', it.lead.join('/'), '|', it.support.join('/')); }
