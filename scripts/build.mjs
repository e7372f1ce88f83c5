// `npm run build` (and, through scripts/prestart.mjs, `npm start`'s check): src/ → dist/ as plain
// JavaScript with source maps, so the production server is `node` on compiled code — no TypeScript
// loader at run time.
//
// Plain JavaScript on purpose: it runs before anything is compiled. "Current" is a hash of every
// file below src/, the two tsconfigs, the build scripts and the compilers' versions, kept in
// dist/.build-stamp: a start with unchanged sources skips the compilers (about 2 s on a 2-core
// machine), so a restart stays fast. The stamp also keeps the files' sizes and modification times:
// when none changed, the contents (4 MB, ~40 ms) are not read again.
//
// Two outputs from the same sources, in one build:
// - tsc's module tree (dist/<the src/ tree>.js): one file per module, for tools and tests that import
//   one module (dist/config.js), and for the index snapshot's code key (snapshot.ts hashes the modules
//   dist/retrieval/build.js reaches). The emit does not type-check (`noCheck` in
//   tsconfig.build.json; `npm run typecheck` and CI do that).
// - the server (scripts/bundle.mjs): src/main.ts and the packages it imports bundled by esbuild into
//   one CommonJS script, dist/server.cjs, with its V8 code cache, and dist/main.js (over tsc's) the loader
//   that compiles it with that cache. Node evaluating ~500 modules one by one (resolving, reading,
//   compiling each, CommonJS wrapped) was ~0.3 s of CPU of every start.
//
// Files that are not TypeScript (src/retrieval/lexical/data/english-bridge.tsv, read beside its
// module through import.meta.dirname) are copied to the same place under dist/.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasCodeCache, writeCodeCache } from './code-cache.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const SRC = path.join(ROOT, 'src');
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.build-stamp');
const require = createRequire(import.meta.url);

/** Every file below dir, relative paths, sorted (the same order on every machine). */
function files(dir, rel = '') {
  const out = [];
  // Code-unit order, not localeCompare: no collator to load, and no locale to differ by.
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const r = path.join(rel, e.name);
    if (e.isDirectory()) out.push(...files(dir, r));
    else if (e.isFile()) out.push(r);
  }
  return out;
}

/** Every input of the build: the sources, the configs, the build scripts, both compilers' versions. */
function inputs(sources) {
  return [
    ...sources.map((f) => path.join(SRC, f)),
    ...['tsconfig.json', 'tsconfig.build.json', 'package.json', 'scripts/build.mjs', 'scripts/bundle.mjs', 'scripts/code-cache.mjs', 'scripts/main-loader.mjs'].map((f) =>
      path.join(ROOT, f),
    ),
    require.resolve('typescript/package.json'),
    require.resolve('esbuild/package.json'),
  ];
}

/** The hash of the inputs' contents: what dist/ was built from. */
function contentHash(files) {
  const h = createHash('sha256');
  for (const f of files) h.update(`${path.relative(ROOT, f)}\n`).update(readFileSync(f));
  return h.digest('hex');
}

/** The hash of the inputs' paths, sizes and modification times: unchanged files, without reading them. */
function statHash(files) {
  const h = createHash('sha256');
  for (const f of files) {
    const s = statSync(f);
    h.update(`${f}\t${s.size}\t${s.mtimeMs}\n`);
  }
  return h.digest('hex');
}

/** A current dist/: its bundle's code cache written if this node has none (a node updated since the build). */
function current() {
  if (!hasCodeCache()) writeCodeCache();
  return false;
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return null; // none yet, or the plain hash of an older build: built again
  }
}

/**
 * Builds dist/ unless it is current (`force`: always). Synchronous: it runs before the server's
 * first module is loaded (scripts/prestart.mjs), and the server must not start on a stale dist/.
 */
export function ensureBuilt({ force = false } = {}) {
  const sources = files(SRC);
  const all = inputs(sources);
  const stats = statHash(all);
  const last = readStamp();
  if (!force && last?.stats === stats) return current();
  const content = contentHash(all);
  if (!force && last?.content === content) {
    // Same contents, touched files (a checkout, a copy): current; the new times are noted.
    writeFileSync(STAMP, JSON.stringify({ content, stats }));
    return current();
  }

  const started = performance.now();
  // From scratch: a module deleted from src/ must not linger in dist/ (nor in the snapshot's code hash).
  rmSync(DIST, { recursive: true, force: true });
  const tsc = path.join(path.dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
  let copied = 0;
  for (const f of sources) {
    if (f.endsWith('.ts')) continue;
    mkdirSync(path.dirname(path.join(DIST, f)), { recursive: true });
    cpSync(path.join(SRC, f), path.join(DIST, f));
    copied++;
  }
  // The bundler in a child process: this one may be the server about to start, which should not
  // keep esbuild's service (or its memory) around.
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle.mjs')], { cwd: ROOT, stdio: 'inherit' });
  writeFileSync(STAMP, JSON.stringify({ content, stats }));
  console.error(`[build] src → dist: ${sources.length - copied} modules compiled and bundled, ${copied} data files copied, ${Math.round(performance.now() - started)} ms`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  ensureBuilt({ force: process.argv.includes('--force') });
}
