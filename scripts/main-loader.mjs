// dist/main.js: the server's entry (scripts/bundle.mjs copies this file there after bundling). The server
// itself is dist/server.cjs, esbuild's CommonJS bundle of src/main.ts, compiled here through `vm.Script`
// with V8's code cache: the bytecode of the bundle's top level and of every function its evaluation
// compiled, written at build (scripts/bundle.mjs) by a node with `npm start`'s V8 flags. An ES module
// cannot be given a code cache on Node 20 (Node 22's module compile cache does that); a script can.
//
// The cache is used only for the bundle it was made from and the node that made it:
// dist/server.cjs.<node version>.cache holds the SHA-1 of the bundle's bytes and of its own payload before
// V8's data; V8 checks its version and flags itself (a node started with other V8 flags, `node
// dist/main.js` without `--max-semi-space-size=4`, has it rejected). Any mismatch, a missing or unreadable
// file, a rejection: the bundle is compiled from its source as without a cache, silently — same code,
// same behaviour, only the compile's time.
//
// Source maps: Node registers a module's map when its own loaders compile it, not for a `vm.Script`. With
// --enable-source-maps on, a one-line module at the bundle's path holding only the bundle's
// sourceMappingURL comment is compiled by Node's CommonJS loader first: Node reads dist/server.cjs.map
// for that path, and stack frames in the bundle name the .ts lines as before (without measuring the
// length of every line of a 3 MB source, which only coverage uses).
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

const DIR = import.meta.dirname;
const BUNDLE = path.join(DIR, 'server.cjs');
const CACHE = `${BUNDLE}.${process.version}.cache`;
const DIGEST = 20; // SHA-1

const sha1 = (bytes) => createHash('sha1').update(bytes).digest();
const bytes = readFileSync(BUNDLE);
const bundleDigest = sha1(bytes);

/** The cache's V8 data when it was made from these bytes and is whole; otherwise undefined. */
function cachedData() {
  let file;
  try {
    file = readFileSync(CACHE);
  } catch {
    return undefined; // none for this node
  }
  if (file.length <= 2 * DIGEST || !file.subarray(0, DIGEST).equals(bundleDigest)) return undefined;
  const data = file.subarray(2 * DIGEST);
  return sha1(data).equals(file.subarray(DIGEST, 2 * DIGEST)) ? data : undefined;
}

const module = new Module(BUNDLE);
module.filename = BUNDLE;
module.paths = Module._nodeModulePaths(DIR);
if (process.sourceMapsEnabled) module._compile(`//# sourceMappingURL=${path.basename(BUNDLE)}.map\n`, BUNDLE);

// CommonJS's wrapper on a line of its own (lineOffset -1): the bundle's lines and columns stay its own.
// The file is the bundle in CommonJS's wrapper, with `__import` for its `import()`s (scripts/bundle.mjs: a
// script compiled from a code cache has no dynamic-import callback on Node 20).
const script = new vm.Script(bytes.toString('utf8'), { filename: BUNDLE, cachedData: cachedData() });
script.runInThisContext().call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, DIR, (specifier) => import(specifier));

/** Writes the code cache of the bundle as compiled so far (scripts/bundle.mjs, at build). */
export function writeCodeCache() {
  const data = script.createCachedData();
  const tmp = `${CACHE}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([bundleDigest, sha1(data), data]));
  renameSync(tmp, CACHE);
  return { file: CACHE, bytes: data.length };
}

/** Whether this start compiled the bundle with its code cache (false: from its source). */
export const codeCacheUsed = script.cachedDataRejected === false;

// What src/main.ts exports, for whoever imports dist/main.js.
export const { buildApp, logLoad } = module.exports;
