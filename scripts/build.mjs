// `npm run build` (and `npm start`'s pre-step): src/ → dist/ as plain JavaScript with source maps,
// so the production server is `node` on compiled code — no TypeScript loader at run time.
//
// Plain JavaScript on purpose: it runs before anything is compiled, and without tsx it costs only
// Node's start-up when dist/ is already current. "Current" is a hash of every file below src/,
// the two tsconfigs and the compiler's version, kept in dist/.build-stamp: a start with unchanged
// sources skips the compiler (about 2 s on a 2-core machine), so a restart stays fast.
//
// The emit does not type-check (`noCheck` in tsconfig.build.json; `npm run typecheck` and CI do
// that). Files that are not TypeScript (src/retrieval/lexical/data/english-bridge.tsv, read beside its
// module through import.meta.dirname) are copied to the same place under dist/.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const SRC = path.join(ROOT, 'src');
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.build-stamp');
const force = process.argv.includes('--force');

/** Every file below dir, relative paths, sorted (the same order on every machine). */
function files(dir, rel = '') {
  const out = [];
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const r = path.join(rel, e.name);
    if (e.isDirectory()) out.push(...files(dir, r));
    else if (e.isFile()) out.push(r);
  }
  return out;
}

const require = createRequire(import.meta.url);
const tscPackage = require.resolve('typescript/package.json');
const sources = files(SRC);
const h = createHash('sha256');
for (const f of sources) h.update(`src/${f}\n`).update(readFileSync(path.join(SRC, f)));
for (const f of ['tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs']) h.update(`${f}\n`).update(readFileSync(path.join(ROOT, f)));
h.update(readFileSync(tscPackage));
const stamp = h.digest('hex');

if (!force && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === stamp) process.exit(0);

const started = performance.now();
// From scratch: a module deleted from src/ must not linger in dist/ (nor in the snapshot's code hash).
rmSync(DIST, { recursive: true, force: true });
const tsc = path.join(path.dirname(tscPackage), 'bin', 'tsc');
execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
let copied = 0;
for (const f of sources) {
  if (f.endsWith('.ts')) continue;
  mkdirSync(path.dirname(path.join(DIST, f)), { recursive: true });
  cpSync(path.join(SRC, f), path.join(DIST, f));
  copied++;
}
writeFileSync(STAMP, stamp);
console.error(`[build] src → dist: ${sources.length - copied} modules compiled, ${copied} data files copied, ${Math.round(performance.now() - started)} ms`);
