// Builds src/t2s_map.json: a per-character traditional->simplified map (opencc hk->cn) for every
// character of the seed (after dropping pinyin glosses), so check.mjs can fold without dependencies.
import fs from 'fs'; import path from 'path';
import { fold, dropGloss, SEED } from './fold.mjs';
const here = path.dirname(new URL(import.meta.url).pathname);
const raw = dropGloss(fs.readFileSync(SEED, 'utf8'));
const map = {};
for (const ch of new Set([...raw])) { const s = fold(ch); if (s !== ch) map[ch] = s; }
const byChar = [...raw].map(c => map[c] ?? c).join('');
const full = fold(fs.readFileSync(SEED, 'utf8'));
console.log('entries', Object.keys(map).length, 'char-map equals opencc phrase conversion:', byChar === full);
if (byChar !== full) { for (let i = 0; i < full.length; i++) if (byChar[i] !== full[i]) { console.log(i, byChar.slice(i - 5, i + 5), full.slice(i - 5, i + 5)); break; } }
fs.writeFileSync(path.join(here, 't2s_map.json'), JSON.stringify(map));
