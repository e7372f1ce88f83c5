// Answers are data: their sources are never written into the text for a channel to parse back out.
// One module writes the `来源` line (answer/plain-text.ts); no other module's code names the word (but
// the facts reader, for a document's own source line) —
// so nothing can write it, split it off or match it — and the channels lay answers out only in
// their presenters.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTree } from '../support/layout.ts';
import { ROOT } from '../support/seed.ts';

/** A module's code without its comments (whole-line and trailing ones). */
function code(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((l) => !/^\s*\/\//.test(l))
    .map((l) => l.replace(/\s\/\/\s.*$/, ''))
    .join('\n');
}

const tree = readTree(path.join(ROOT, 'src'));

describe('sources as data', () => {
  it('has one module that writes the 来源 line, and no other module that names it', () => {
    const naming = [...tree].filter(([, source]) => /来源|來源/.test(code(source))).map(([file]) => file);
    // The facts reader names it too, for a different line: a document's own head (`来源：广州市人力资源和
    // 社会保障局` on a web page says who issued it). It reads documents, never answers.
    expect(naming).toEqual(['answer/plain-text.ts', 'knowledge/facts/document.ts']);
  });

  it('has the channels lay out an answer’s text only in their presenters', () => {
    // Reading an answer's body or its plain text (to split, cut or match it) is a presenter's work.
    const reading = [...tree]
      .filter(([file]) => file.startsWith('channels/') && !file.startsWith('channels/presenters/'))
      .filter(([, source]) => /\b(?:bodyText|sourceLine)\(|\.body\.(?:split|replace|match|slice)\(/.test(code(source)))
      .map(([file]) => file);
    expect(reading).toEqual([]);
  });
});
