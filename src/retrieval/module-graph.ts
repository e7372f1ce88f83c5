// The modules a module imports, read from its source: what the snapshot key hashes (the code that
// builds an index, snapshot.ts) and what the import-rank test checks (tests/layout/imports.test.ts).
// Every form counts — `import type` and `export … from` as well as values and `import('…')` — so a
// module reached only for a type, or loaded only on demand, is part of the graph all the same.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Statements start a line; comments (`//`, ` * `) and prose never do, so they are not read as imports.
const STATIC_IMPORT = /^[ \t]*import\s+(?:type\s+)?(?:[\w$]+\s*,?\s*)?(?:\*\s*as\s+[\w$]+|\{[^}]*\})?\s*from\s*(['"])([^'"\n]+)\1/gm;
const SIDE_EFFECT = /^[ \t]*import\s*(['"])([^'"\n]+)\1/gm;
const RE_EXPORT = /^[ \t]*export\s+(?:type\s+)?(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s*from\s*(['"])([^'"\n]+)\1/gm;
const DYNAMIC = /\bimport\(\s*(['"])([^'"\n]+)\1\s*\)/g;

/** Every module specifier in a source text, in order of appearance by kind, each once. */
export function importsOf(source: string): string[] {
  const out = new Set<string>();
  for (const re of [STATIC_IMPORT, SIDE_EFFECT, RE_EXPORT, DYNAMIC]) for (const m of source.matchAll(re)) out.add(m[2]!);
  return [...out];
}

/** The files a module's relative imports name (`./x.ts` under tsx, `./x.js` in dist/); packages are left out. */
export function localImports(file: string, source = readFileSync(file, 'utf8')): string[] {
  return importsOf(source)
    .filter((s) => s.startsWith('./') || s.startsWith('../'))
    .map((s) => path.resolve(path.dirname(file), s));
}

/**
 * Every module reachable from `entries` through relative imports, entries included, sorted. A module
 * that is named but absent is kept in the list (the caller hashes its absence too), not followed.
 */
export function moduleGraph(entries: string[]): string[] {
  const seen = new Set<string>();
  const todo = entries.map((e) => path.resolve(e));
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(ts|js|mjs)$/.test(file) || !existsSync(file)) continue;
    for (const next of localImports(file)) if (!seen.has(next)) todo.push(next);
  }
  return [...seen].sort();
}
