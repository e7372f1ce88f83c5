// Builds knowledge/*.txt from the three sources. Run from the suite folder:
//   node src/build_knowledge.mjs <path to ge_policy_raw20190217.sql>
// A: row 39 of ZhouYNF/platform-1 db/ge_policy_raw20190217.sql (gov.cn page body, HTML -> text by sql_rows.mjs);
//    the headline, broken over two lines by a <br>, is joined into one title line. Nothing else is changed.
// B, C: src/raw/*.md, copied verbatim from zhiyao87/Shanghai-Gov-Docs-Index (read_file); the YAML front matter,
//    the repository's two-line "> " provenance note and the "# " heading marker are dropped. Nothing else is changed.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
const here = path.dirname(new URL(import.meta.url).pathname);
const out = path.join(here, '..', 'knowledge');
fs.mkdirSync(out, { recursive: true });
const sql = process.argv[2];
let a = execFileSync('node', [path.join(here, 'sql_rows.mjs'), sql, '39'], { encoding: 'utf8' });
const la = a.split('\n');
if (la[0] !== '国务院关于做好当前和今后一个时期' || la[1] !== '促进就业工作的若干意见') throw new Error('unexpected head');
const titleA = la[0] + la[1];
fs.writeFileSync(path.join(out, titleA + '.txt'), [titleA, ...la.slice(2)].join('\n').replace(/\n+$/, '\n'));
for (const f of ['shanghai_renewable_fund_measures.md', 'huangpu_renewable_action_plan.md']) {
  const raw = fs.readFileSync(path.join(here, 'raw', f), 'utf8');
  const body = raw.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n');
  const start = body.findIndex(l => l.startsWith('# '));
  const lines = body.slice(start);
  lines[0] = lines[0].slice(2);
  fs.writeFileSync(path.join(out, lines[0] + '.txt'), lines.join('\n'));
}
for (const f of fs.readdirSync(out)) console.log(f, [...fs.readFileSync(path.join(out, f), 'utf8')].length);
