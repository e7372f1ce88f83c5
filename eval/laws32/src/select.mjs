// Candidate list for suite laws32: corpus laws not in /tmp/used_laws.txt whose title (file name less the date) is
// unique in the corpus. Writes src/all.txt, src/unused.txt, src/cand.txt. Usage: node src/select.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url));
const LAWS = process.env.LAWS_DIR || '/work/shared/corpus/laws';
const all = [];
(function walk(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p); else if (e.name.endsWith('.md')) all.push(path.relative(LAWS, p));
  }
})(LAWS);
all.sort();
const used = new Set(fs.readFileSync('/tmp/used_laws.txt', 'utf8').split('\n').map((l) => l.trim()).filter(Boolean));
const unused = all.filter((f) => !used.has(f));
const titleOf = (p) => path.basename(p).replace(/\.md$/, '').replace(/\(\d{4}-\d{2}-\d{2}\)$/, '');
const count = {};
for (const f of all) count[titleOf(f)] = (count[titleOf(f)] || 0) + 1;
const cand = unused.filter((f) => count[titleOf(f)] === 1 && !f.endsWith('_index.md'));
fs.writeFileSync(path.join(here, 'all.txt'), all.join('\n') + '\n');
fs.writeFileSync(path.join(here, 'unused.txt'), unused.join('\n') + '\n');
fs.writeFileSync(path.join(here, 'cand.txt'), cand.join('\n') + '\n');
console.log(`corpus ${all.length}, unused ${unused.length}, candidates ${cand.length}`);
