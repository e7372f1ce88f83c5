// Parse the ge_policy_raw INSERT statements of ZhouYNF/platform-1 db/ge_policy_raw20190217.sql
// Usage: node sql_rows.mjs <sqlfile> [id]   -> lists rows, or prints the content HTML of row <id> as plain text
import fs from 'node:fs';
const [file, want] = process.argv.slice(2);
const sql = fs.readFileSync(file, 'utf8');
const rows = [];
let i = 0;
while ((i = sql.indexOf('values (', i)) >= 0) {
  i += 8;
  const vals = [];
  while (true) {
    while (sql[i] === ' ' || sql[i] === '\n' || sql[i] === ',') i++;
    if (sql[i] === ')') { i++; break; }
    if (sql[i] === "'") {
      let s = ''; i++;
      while (true) {
        if (sql[i] === "'" && sql[i + 1] === "'") { s += "'"; i += 2; continue; }
        if (sql[i] === "'") { i++; break; }
        s += sql[i++];
      }
      vals.push(s);
    } else {
      const m = /^[^,)]+/.exec(sql.slice(i, i + 50));
      vals.push(m[0].trim()); i += m[0].length;
    }
  }
  rows.push(vals);
}
// columns: id, crawl_url, crawl_time, index_number, title, release_office, release_number, policy_basis,
// wiritten_time, release_time, effect_time, content, image_url, status, html, remark
export function htmlToText(h) {
  return h.replace(/\r/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|tr|h\d|li|table)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&quot;/g, '"')
    .split('\n').map(l => l.replace(/^[ \t]+|[ \t]+$/g, '')).filter(l => l.length).join('\n');
}
if (!want) for (const r of rows) console.log(r[0], r[4], r[6], r[11].length, r[14].length);
else {
  const r = rows.find(r => r[0] === want);
  console.log(htmlToText(r[11]));
}
