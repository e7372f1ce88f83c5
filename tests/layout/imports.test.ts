// The folders show the flow (ARCHITECTURE.md): an import points to its own rank or below, never up,
// no modules import each other (type imports included), and the channels share the inbound gate and
// presenters rather than each other's code. This walks every import of src/.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf } from '../../src/retrieval/module-graph.ts';
import { readTree, violations, type Tree } from '../support/layout.ts';
import { ROOT } from '../support/seed.ts';

const tree = (files: Record<string, string>): Tree => new Map(Object.entries(files));

describe('reading imports', () => {
  it('finds value, type, re-export, side-effect and dynamic imports, and nothing in comments', () => {
    const source = [
      "import { a, type B } from './a.ts';",
      "import type {\n  C,\n  D,\n} from '../knowledge/c.ts';",
      "import Router, { type Layer } from '@koa/router';",
      "import * as OpenCC from 'opencc-js';",
      "import './side-effect.ts';",
      "export { e } from './e.ts';",
      "export type { F } from './f.ts';",
      "export * from './g.ts';",
      '// import { nope } from "./comment.ts";',
      " * import { alsoNot } from './jsdoc.ts';",
      "const later = async () => (await import('./lazy.ts')).x;",
      "const s = 'text from ./x.ts';",
    ].join('\n');
    expect(importsOf(source).sort()).toEqual(['../knowledge/c.ts', './a.ts', './e.ts', './f.ts', './g.ts', './lazy.ts', './side-effect.ts', '@koa/router', 'opencc-js']);
  });
});

describe('the rules, on a made-up tree', () => {
  it('reports an upward import, a cycle through a type import, a missing module and an unranked folder', () => {
    const v = violations(
      tree({
        'text/a.ts': "import { b } from '../answer/b.ts';",
        'answer/b.ts': "import type { C } from './c.ts';\nexport const b = 1;",
        'answer/c.ts': "import { b } from './b.ts';\nexport type C = number;",
        'answer/d.ts': "import { gone } from './gone.ts';",
        'misc/e.ts': "import { b } from '../answer/b.ts';",
        'channels/wechaty/bot.ts': "import { x } from '../official-account/x.ts';\nimport { gate } from '../inbound.ts';",
        'channels/official-account/x.ts': 'export const x = 1;',
        'channels/presenters/p.ts': "import { x } from '../official-account/x.ts';",
        'channels/inbound.ts': 'export const gate = 1;',
      }),
    );
    expect(v.upward).toEqual(['text/a.ts (0) → answer/b.ts (3)']);
    expect(v.cycles).toEqual([['answer/b.ts', 'answer/c.ts']]);
    expect(v.missing).toEqual(['answer/d.ts → answer/gone.ts']);
    expect(v.unranked).toEqual(['misc/e.ts']);
    expect(v.acrossChannels).toEqual(['channels/wechaty/bot.ts → channels/official-account/x.ts', 'channels/presenters/p.ts → channels/official-account/x.ts']);
  });

  it('accepts imports within a rank and downwards', () => {
    const v = violations(
      tree({
        'text/a.ts': 'export const a = 1;',
        'store/s.ts': "import type { B } from '../answer/b.ts';\nimport { a } from '../text/a.ts';",
        'answer/b.ts': "import { a } from '../text/a.ts';\nexport type B = number;",
        'main.ts': "import { s } from './store/s.ts';",
      }),
    );
    expect(v).toEqual({ unranked: [], upward: [], missing: [], acrossChannels: [], cycles: [] });
  });
});

describe('src/', () => {
  const v = violations(readTree(path.join(ROOT, 'src')));

  it('has every module in a ranked folder', () => {
    expect(v.unranked).toEqual([]);
  });

  it('imports nothing from a folder above it', () => {
    expect(v.upward).toEqual([]);
  });

  it('has no import cycle, type imports included', () => {
    expect(v.cycles).toEqual([]);
  });

  it('imports only modules that exist', () => {
    expect(v.missing).toEqual([]);
  });

  it('has channels import the gate, presenters, commands and the WeChat API client, never each other', () => {
    expect(v.acrossChannels).toEqual([]);
  });
});
