// The server as a few ES modules (run by scripts/build.mjs after tsc's emit): esbuild bundles
// src/main.ts with the packages it imports into dist/main.js, and what main.ts imports only when
// configured (the WeChat bot, the 公众号 callbacks, the LLM client, PostgreSQL, embeddings) into
// chunks beside it (code splitting), loaded when asked for as before. One file instead of ~500
// modules is less resolving, reading and compiling at every start.
//
// Left outside the bundle, loaded from node_modules as before: native addons, and packages that read
// files next to their own code or are heavy and only loaded on demand (models, readers of uploaded
// documents, the bot).
//
// A module's own location: every output file sits directly in dist/, so `import.meta.dirname` and
// `import.meta.url` in a source module are rewritten to name that module's place in tsc's tree
// (dist/retrieval/lexical for src/retrieval/lexical/english.ts), where its data files are copied —
// `../../public` and `data/english-bridge.tsv` resolve as they do from src/ and from the module tree.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

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

/** import.meta.dirname / import.meta.url of `file` (below src/) as the same place below dist/. */
const ownLocation = {
  name: 'own-location',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (!args.path.startsWith(SRC + path.sep)) return undefined;
      const rel = path.relative(SRC, args.path).split(path.sep).join('/');
      const dir = path.posix.dirname(rel);
      const js = rel.replace(/\.ts$/, '.js');
      const contents = (await readFile(args.path, 'utf8'))
        .replaceAll('import.meta.dirname', dir === '.' ? 'import.meta.dirname' : `__ownDir(${JSON.stringify(dir)})`)
        .replaceAll('import.meta.url', `__ownUrl(${JSON.stringify(js)})`);
      return { contents, loader: 'ts' };
    });
  },
};

await build({
  entryPoints: [path.join(SRC, 'main.ts')],
  outdir: DIST,
  allowOverwrite: true,
  bundle: true,
  splitting: true,
  chunkNames: 'bundle-[name]-[hash]',
  format: 'esm',
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
  charset: 'utf8',
  external: EXTERNAL,
  plugins: [ownLocation],
  logLevel: 'warning',
  // `require` for the CommonJS packages bundled into ES modules (koa's dependencies…), and the two
  // helpers the rewrite above calls.
  banner: {
    js: [
      "import { createRequire as __createRequire } from 'node:module';",
      "import { join as __join } from 'node:path';",
      'const require = __createRequire(import.meta.url);',
      'const __ownDir = (dir) => __join(import.meta.dirname, dir);',
      'const __ownUrl = (file) => new URL(file, import.meta.url).href;',
    ].join(' '),
  },
});
