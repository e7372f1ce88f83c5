// find.mjs WORD... : locate a simplified (or traditional) phrase in the plan; print the raw traditional span with
// glossed characters marked by '|', plus the longest gloss-free pieces (a piece may end on a glossed char).
import fs from 'node:fs';
import { createRequire } from 'node:module';
const req = createRequire((process.env.OPENCC_DIR || '/tmp/p12oc') + '/');
const conv = req('opencc-js').Converter({ from: 'hk', to: 'cn' });
const raw = fs.readFileSync('/work/shared/seed/000_87c328761f19b533.txt', 'utf8').replace(/\s+/g, '');
const toks = [];
const re = /\([a-zA-Z\u00C0-\u024F]+\)/y;
for (let k = 0; k < raw.length;) {
  re.lastIndex = k;
  if (re.test(raw)) { toks[toks.length - 1].g = true; k = re.lastIndex; continue; }
  const ch = String.fromCodePoint(raw.codePointAt(k)); toks.push({ c: ch, g: false }); k += ch.length;
}
const plainT = toks.map(t => t.c).join('');
const plainS = conv(plainT);
for (const w of process.argv.slice(2)) {
  const ws = conv(w);
  let i = plainS.indexOf(ws), n = 0;
  if (i < 0) { console.log(w + ': NOT FOUND'); continue; }
  while (i >= 0 && n < 3) {
    const span = toks.slice(i, i + ws.length);
    const marked = span.map(t => t.c + (t.g ? '|' : '')).join('');
    const pieces = []; let cur = '';
    for (const t of span) { cur += t.c; if (t.g) { pieces.push(cur); cur = ''; } }
    if (cur) pieces.push(cur);
    console.log(`${w}: @${i} ${marked}   pieces: ${pieces.join(' / ')}`);
    i = plainS.indexOf(ws, i + 1); n++;
  }
}
