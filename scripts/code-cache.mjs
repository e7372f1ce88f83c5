// The bundle's V8 code cache (dist/server.cjs.<node version>.cache, read by dist/main.js: see
// scripts/main-loader.mjs). Written at build (scripts/bundle.mjs), and by scripts/build.mjs when a current
// dist/ has none for the running node (node updated since the build).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Where dist/main.js looks for the cache under this node. */
export const codeCacheFile = () => path.join(ROOT, 'dist', `server.cjs.${process.version}.cache`);

export const hasCodeCache = () => existsSync(codeCacheFile());

/**
 * `npm start`'s node flags (package.json), less its `--import` (the build check): V8 accepts a code cache
 * only from a node whose V8 flags were the same.
 */
export function startFlags() {
  const start = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.start.split(/\s+/);
  const node = start.findIndex((word) => !/^[A-Z_]+=/.test(word)); // after the environment's assignments
  const flags = [];
  for (let i = node + 1; i < start.length && start[i].startsWith('--'); i++) {
    if (start[i] === '--import') i++;
    else flags.push(start[i]);
  }
  return flags;
}

/**
 * A node with `npm start`'s flags imports dist/main.js, which evaluates the bundle (defining its modules:
 * the server starts only as the main module), and writes the bytecode compiled so far.
 */
export function writeCodeCache() {
  execFileSync(
    process.execPath,
    [...startFlags(), '--input-type=module', '-e', "import { writeCodeCache } from './dist/main.js'; writeCodeCache();"],
    { cwd: ROOT, stdio: 'inherit' },
  );
}
