// Print the plan line by line: folded to simplified, each glossed character followed by '|'.
// Needs opencc-js in OPENCC_DIR (default /tmp/p12oc).
import fs from 'node:fs';
import { createRequire } from 'node:module';
const req = createRequire((process.env.OPENCC_DIR || '/tmp/p12oc') + '/');
const OpenCC = req('opencc-js');
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const PLAN = '/work/shared/seed/000_87c328761f19b533.txt';
const lines = fs.readFileSync(PLAN, 'utf8').split('\n');
lines.forEach((l, i) => {
  const marked = l.replace(/\([a-zA-Z\u00C0-\u024F]+\)/g, '|');
  console.log(i + ': ' + conv(marked));
});
