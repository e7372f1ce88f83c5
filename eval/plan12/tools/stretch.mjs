// List passage candidates per line: maximal stretches with no gloss inside (a glossed char may only end the
// stretch), no half-width , ; : ( ) and no white space; length >= MIN (default 10). Printed folded for reading,
// raw (traditional) after '=>'.
import fs from 'node:fs';
import { createRequire } from 'node:module';
const req = createRequire((process.env.OPENCC_DIR || '/tmp/p12oc') + '/');
const conv = req('opencc-js').Converter({ from: 'hk', to: 'cn' });
const MIN = +(process.env.MIN || 10);
const lines = fs.readFileSync('/work/shared/seed/000_87c328761f19b533.txt', 'utf8').split('\n');
const only = process.argv[2] ? process.argv.slice(2).map(Number) : null;
lines.forEach((l, i) => {
  if (only && !only.includes(i)) return;
  // tokenize into chars; mark glossed chars
  const toks = [];
  const re = /\([a-zA-Z\u00C0-\u024F]+\)/y;
  for (let k = 0; k < l.length;) {
    re.lastIndex = k;
    if (re.test(l)) { if (toks.length) toks[toks.length - 1].g = true; k = re.lastIndex; continue; }
    const ch = String.fromCodePoint(l.codePointAt(k)); toks.push({ c: ch, g: false }); k += ch.length;
  }
  let cur = [];
  const out = [];
  const flush = () => { if (cur.length >= MIN) out.push(cur.map(t => t.c).join('')); cur = []; };
  for (const t of toks) {
    if ((process.env.COMMA ? /[;:()\s]/ : /[,;:()\s]/).test(t.c)) { flush(); continue; }
    cur.push(t);
    if (t.g) flush();
  }
  flush();
  for (const s of out) console.log(i + ' [' + s.length + '] ' + conv(s) + '  => ' + s);
});
