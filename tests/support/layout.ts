// The layout rules of ARCHITECTURE.md as a check over a source tree: every module sits in a ranked
// folder, an import points to its own rank or below, no import names a missing module, and no two
// modules reach each other (a cycle), type imports included.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { importsOf } from '../../src/retrieval/module-graph.ts';

/** Lowest first: text and config · knowledge · retrieval · answer and store · ops · http · channels · root. */
export const RANKS: Record<string, number> = {
  'config.ts': 0,
  text: 0,
  knowledge: 1,
  retrieval: 2,
  answer: 3,
  store: 3,
  ops: 4,
  http: 5,
  channels: 6,
  'main.ts': 7,
  cli: 7,
};

/** A source tree: path relative to its root (`answer/pipeline.ts`) → source text. */
export type Tree = Map<string, string>;

export function readTree(root: string): Tree {
  const tree: Tree = new Map();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      // Declaration files (src/types/*.d.ts) describe packages; they import nothing of ours.
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) tree.set(path.relative(root, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(root);
  return tree;
}

/**
 * The channel folders under channels/, one front door each. They import the parts of channels/ every
 * channel shares (inbound.ts, the presenters, the commands, the WeChat API client), never each other,
 * and the shared parts import no channel folder.
 */
export const CHANNEL_FOLDERS = ['http-api', 'wechaty', 'official-account', 'mini-program'];

function channelFolder(file: string): string | null {
  const [top, sub] = file.split('/');
  return top === 'channels' && sub && CHANNEL_FOLDERS.includes(sub) ? sub : null;
}

export function rankOf(file: string): number | undefined {
  return RANKS[file.split('/')[0]!];
}

/** Each module's imports of other modules of the tree, as tree paths. */
export function edges(tree: Tree): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [file, source] of tree) {
    const local = importsOf(source)
      .filter((s) => s.startsWith('./') || s.startsWith('../'))
      .map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s)));
    out.set(file, local);
  }
  return out;
}

/** Strongly connected groups of more than one module (or a module importing itself), each sorted. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || graph.get(v)!.includes(v)) found.push(group.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

export interface Violations {
  /** Modules outside every ranked folder. */
  unranked: string[];
  /** `from → to` where `to` has a higher rank than `from`. */
  upward: string[];
  /** `from → to` where `to` is not a module of the tree. */
  missing: string[];
  /** `from → to` from one channel folder (or a shared part of channels/) into another channel folder. */
  acrossChannels: string[];
  cycles: string[][];
}

export function violations(tree: Tree): Violations {
  const graph = edges(tree);
  const out: Violations = { unranked: [], upward: [], missing: [], acrossChannels: [], cycles: cycles(graph) };
  for (const [from, targets] of graph) {
    const rank = rankOf(from);
    if (rank === undefined) out.unranked.push(from);
    for (const to of targets) {
      if (!tree.has(to)) {
        // Data files (aliases.json) are read, not imported as modules.
        if (!to.endsWith('.json')) out.missing.push(`${from} → ${to}`);
        continue;
      }
      const target = rankOf(to);
      if (rank !== undefined && target !== undefined && target > rank) out.upward.push(`${from} (${rank}) → ${to} (${target})`);
      const [a, b] = [channelFolder(from), channelFolder(to)];
      if (b && a !== b && from.startsWith('channels/')) out.acrossChannels.push(`${from} → ${to}`);
    }
  }
  return out;
}
