// Which documents are primary (the plans the service is about) and which are reference material
// (laws, regulations). Primary passages rank above reference ones at (near-)equal relevance
// (src/retrieval/knowledge-index.ts PRIMARY_BOOST). By default a document directly in the knowledge folder is
// primary; PRIMARY_DOCS replaces that rule with globs, and a document's facts file (`primary: true`
// or `false`, src/knowledge/facts/overrides.ts) has the last word.

// Glob syntax: `*` any characters but `/`; `**` any characters, folders too (followed by `/`, also
// no folder at all); `?` one character but `/`.
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'u');
}

/** A document id (path below the knowledge folder, `/`-separated) → primary, from a list of globs. */
export function primaryMatcher(globs: string[]): (id: string) => boolean {
  const res = globs.map((g) => globToRegExp(g.trim().replace(/^\.?\//, ''))).filter((r) => r.source !== '^$');
  return (id) => res.some((r) => r.test(id));
}
