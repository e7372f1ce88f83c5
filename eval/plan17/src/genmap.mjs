// Builds the per-character traditional->simplified map for the seed (so check.mjs needs no opencc),
// and verifies that char-wise folding equals opencc-js hk->cn folding of the whole text.
import fs from 'fs';
import { createRequire } from 'module';
import { SEED, dropGlosses } from './fold.mjs';
const require = createRequire(import.meta.url);
const toCn = require('/work/main/node_modules/opencc-js').Converter({ from: 'hk', to: 'cn' });
const raw = dropGlosses(fs.readFileSync(SEED, 'utf8'));
const map = {};
for (const ch of new Set([...raw])) { const s = toCn(ch); if (s !== ch) map[ch] = s; }
const charwise = [...raw].map(c => map[c] ?? c).join('');
const full = toCn(raw);
console.error('entries', Object.keys(map).length, 'charwise==opencc', charwise === full);
if (charwise !== full) { for (let i = 0; i < full.length; i++) if (full[i] !== charwise[i]) { console.error(i, full.slice(i - 5, i + 5), charwise.slice(i - 5, i + 5)); break; } process.exit(1); }
process.stdout.write(JSON.stringify(map));
