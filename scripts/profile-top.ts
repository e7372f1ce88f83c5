// The top of a V8 CPU profile (`node --cpu-prof`): self time per function, as a share of the time
// the process was not idle, with positions mapped back to the TypeScript source through the emitted
// source maps (the compiled server runs dist/*.js). Used by `npm run bench -- --profile DIR`, and
// on its own: `tsx scripts/profile-top.ts FILE.cpuprofile [N] [--files]`.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}

interface CpuProfile {
  nodes: ProfileNode[];
  /** Monotonic clock, µs: the same clock as process.hrtime on Linux. */
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface TopItem {
  percent: number;
  ms: number;
  name: string;
  where: string;
}

const maps = new Map<string, SourceMap | null>();

/** `src/answer/x.ts:12` for a frame in dist/ with a map beside it; the file as it is otherwise. */
function where(frame: CallFrame, root: string): string {
  if (!frame.url) return '';
  const file = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
  if (file.startsWith('node:') || !path.isAbsolute(file)) return file;
  const mapFile = `${file}.map`;
  if (!maps.has(mapFile)) maps.set(mapFile, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null);
  const map = maps.get(mapFile);
  if (map) {
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number };
    if (entry.originalSource) {
      const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : path.resolve(path.dirname(file), entry.originalSource);
      return `${path.relative(root, source)}:${(entry.originalLine ?? 0) + 1}`;
    }
  }
  const rel = path.relative(root, file);
  return `${rel.startsWith('..') ? rel.replace(/^.*node_modules\//, 'node_modules/') : rel}:${frame.lineNumber + 1}`;
}

/** Now on the profile's clock (µs), to mark where the part worth looking at begins. */
export const profileClock = (): number => Number(process.hrtime.bigint() / 1000n);

/**
 * The `n` functions with the most self time; `byFile` sums them per file instead. `from` (see
 * profileClock): samples before it are left out — the start-up and warm-up of a server profiled
 * from its first instruction — when it falls inside the profile.
 */
export function profileTop(file: string, n = 25, byFile = false, root = process.cwd(), from = 0): TopItem[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  const skipBefore = from > profile.startTime && from < profile.endTime ? from : 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at >= skipBefore) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const totals = new Map<string, TopItem>();
  let busy = 0;
  for (const [id, micros] of self) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') continue;
    busy += micros;
    const at = where(frame, root);
    const name = frame.functionName || '(anonymous)';
    const key = byFile ? at.replace(/:\d+$/, '') || name : `${name}\u0000${at}`;
    const item = totals.get(key) ?? { percent: 0, ms: 0, name: byFile ? '' : name, where: byFile ? at.replace(/:\d+$/, '') || name : at };
    item.ms += micros / 1000;
    totals.set(key, item);
  }
  const items = [...totals.values()].sort((a, b) => b.ms - a.ms).slice(0, n);
  for (const item of items) item.percent = (item.ms / (busy / 1000)) * 100;
  return items;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, count] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: tsx scripts/profile-top.ts FILE.cpuprofile [N] [--files]');
    process.exit(2);
  }
  const byFile = process.argv.includes('--files');
  for (const t of profileTop(file, Number(count ?? 25), byFile)) console.log(`${t.percent.toFixed(1).padStart(5)}%  ${t.ms.toFixed(0).padStart(6)} ms  ${t.name ? `${t.name}  ` : ''}${t.where}`);
}
