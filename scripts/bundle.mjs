// The server as one CommonJS script (run by scripts/build.mjs after tsc's emit): esbuild bundles
// src/main.ts with the packages it imports into dist/server.cjs, and dist/main.js (scripts/main-loader.mjs)
// compiles it with V8's code cache, written here by a node started with `npm start`'s V8 flags. One file
// instead of ~500 modules is less resolving, reading and compiling at every start; the cache spares V8
// parsing and compiling the bundle's code again at every start. What main.ts imports only when configured
// (the WeChat bot, the 公众号 callbacks, the LLM client, PostgreSQL, embeddings) is in the bundle too,
// evaluated when asked for as before (esbuild's lazy `init_…` for an `import()`), compiled then.
//
// Left outside the bundle, loaded from node_modules as before: native addons, and packages that read
// files next to their own code or are heavy and only loaded on demand (models, readers of uploaded
// documents, the bot) — kept as `import()` where the source imports them so.
//
// A module's own location: the bundle sits directly in dist/, so `import.meta.dirname`,
// `import.meta.url` and `import.meta.resolve` in a source module are rewritten to name that module's place
// in tsc's tree (dist/retrieval/lexical for src/retrieval/lexical/english.ts), where its data files are
// copied — `../../public` and `data/english-bridge.tsv` resolve as they do from src/ and from the module tree.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { writeCodeCache } from './code-cache.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const SRC = path.join(ROOT, 'src');
const DIST = path.join(ROOT, 'dist');

export const EXTERNAL = [
  // native
  '@node-rs/jieba',
  'sharp',
  'onnxruntime-node',
  // on demand, large, or reading files of their own
  '@xenova/transformers',
  'wechaty',
  'wechaty-puppet-mock',
  'qrcode-terminal',
  'unpdf',
  'mammoth',
  'word-extractor',
  'linkedom',
  '@mozilla/readability',
];

/** import.meta.dirname / url / resolve of `file` (below src/) as the same place below dist/. */
const ownLocation = {
  name: 'own-location',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (!args.path.startsWith(SRC + path.sep)) return undefined;
      const rel = path.relative(SRC, args.path).split(path.sep).join('/');
      const dir = path.posix.dirname(rel);
      const js = rel.replace(/\.ts$/, '.js');
      const contents = (await readFile(args.path, 'utf8'))
        .replaceAll('import.meta.dirname', `__ownDir(${JSON.stringify(dir)})`)
        .replaceAll('import.meta.url', `__ownUrl(${JSON.stringify(js)})`)
        .replaceAll('import.meta.resolve(', '__ownResolve(');
      return { contents, loader: 'ts' };
    });
  },
};

const built = await build({
  entryPoints: { server: path.join(SRC, 'main.ts') },
  outdir: DIST,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  metafile: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // Stack traces need the mappings, not the sources (src/ is beside dist/): maps a third the size,
  // which --enable-source-maps reads and parses at every start.
  sourcesContent: false,
  // Chinese text as it is, not as \uXXXX escapes (esbuild's default): the opencc dictionaries alone were
  // ~1 MB of escapes in the bundle, which Node decodes, V8 scans and --enable-source-maps measures line by
  // line at every start; 5.2 → 4.1 MB of JavaScript, ~50 ms less CPU to import dist/main.js (8 imports
  // alternating with the escaped bundle: 620–680 → 570–630 ms, another process on the other core).
  // (Escaped, the source would still not be ASCII, a one-byte string: esbuild leaves regular expressions'
  // Chinese as it is.)
  charset: 'utf8',
  external: EXTERNAL,
  plugins: [ownLocation],
  logLevel: 'warning',
  // The bundle is one function expression, CommonJS's wrapper with the loader's `__import` (below) written
  // into the file, so the loader compiles the file's text as it is (no 3 MB string put together at every
  // start) and the source map's lines are the file's. Inside it: strict mode, as the ES modules it is made
  // of (and the ES module bundle before it) ran in, and the helpers the rewrite above calls
  // (`require.resolve` for an `import.meta.resolve`: only the TypeScript worker of build-pool.ts asks,
  // never from dist/).
  banner: {
    js: [
      '(function (exports, require, module, __filename, __dirname, __import) {',
      '"use strict";',
      "const __ownDir = (dir) => require('node:path').join(__dirname, dir);",
      "const __ownUrl = (file) => require('node:url').pathToFileURL(require('node:path').join(__dirname, file)).href;",
      "const __ownResolve = (specifier) => require('node:url').pathToFileURL(require.resolve(specifier)).href;",
    ].join('\n'),
  },
  footer: { js: '})' },
});

const [[output, entry]] = Object.entries(built.metafile.outputs).filter(([, o]) => o.entryPoint);

// An `import()` the bundle keeps (an external package, a node: module) is the loader's: a script compiled
// with a code cache loses its dynamic-import callback on Node 20 (and `vm`'s default-loader option for it
// is experimental and says so on stderr), so the bundle calls `__import`, the loader's own `import()` —
// from dist/ as the bundle, the same resolution. Every one esbuild reports must be rewritten, and once.
const bundled = path.join(ROOT, output);
let code = readFileSync(bundled, 'utf8');
for (const specifier of new Set(entry.imports.filter((i) => i.kind === 'dynamic-import' && i.external).map((i) => i.path))) {
  const call = `import(${JSON.stringify(specifier)})`;
  if (!code.includes(call)) throw new Error(`bundle: ${call} not found in ${output}`);
  code = code.replaceAll(call, `__import(${JSON.stringify(specifier)})`);
}
writeFileSync(bundled, code);

// dist/main.js: the loader (over tsc's main.js), exporting what src/main.ts exports (named by esbuild for the
// module alone as an ES module: a CommonJS output's metafile lists none).
const alone = await build({ entryPoints: [path.join(SRC, 'main.ts')], bundle: false, write: false, metafile: true, format: 'esm', outdir: DIST, logLevel: 'warning' });
const names = Object.values(alone.metafile.outputs).find((o) => o.entryPoint).exports;
const loader = readFileSync(path.join(ROOT, 'scripts', 'main-loader.mjs'), 'utf8').replace(
  /^export const \{[^}]*\} = module\.exports;$/m,
  `export const { ${names.join(', ')} } = module.exports;`,
);
writeFileSync(path.join(DIST, 'main.js'), loader);
rmSync(path.join(DIST, 'main.js.map'), { force: true });
writeCodeCache();

