// Where the server's CPU goes per request, by part of the request path: reads a `perf record -g`
// of the compiled server (started with `node --perf-basic-prof-only-functions
// --interpreted-frames-native-stack dist/main.js`, recorded with `perf record -F 1999 -g -p PID`
// while a load runs). Unlike `--cpu-prof`, whose samples are wall-clock (a server descheduled in
// `writev` while the load generator runs on the same CPUs showed 20% "writev"), perf counts
// on-CPU time only. Each sample of the main thread is charged to one category by its stack, JS
// frames mapped back to the TypeScript through the bundle's source maps; the V8 background threads
// (concurrent GC, the optimising compiler) are counted apart.
//
//   tsx scripts/perf-breakdown.ts perf.data [REQUESTS]   (DETAIL=n: the top stacks of n categories;
//   BYJS=k: group them by their k innermost JS frames; HZ: the sampling rate, 1999 by default)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [file, reqArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx scripts/perf-breakdown.ts perf.data [REQUESTS]');
  process.exit(2);
}
const requests = Number(reqArg ?? 0);
const out = execFileSync('perf', ['script', '-i', file, '-F', 'tid,ip,sym,dso'], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
const samples = out.split('\n\n').filter((s) => s.trim());
const maps = new Map<string, SourceMap | null>();
const cache = new Map<string, string>();
function mapJs(sym: string): string {
  const hit = cache.get(sym);
  if (hit !== undefined) return hit;
  let res = sym;
  const m = /^JS:\S?(\S*) (file:\/\/\S+):(\d+):(\d+)/.exec(sym);
  if (m) {
    const f = fileURLToPath(m[2]!);
    const mf = `${f}.map`;
    if (!maps.has(mf)) maps.set(mf, existsSync(mf) ? new SourceMap(JSON.parse(readFileSync(mf, 'utf8'))) : null);
    const e = maps.get(mf)?.findEntry(Number(m[3]) - 1, Number(m[4]) - 1) as { originalSource?: string; originalLine?: number } | undefined;
    let src = e?.originalSource ?? f;
    if (src.startsWith('file:')) src = fileURLToPath(src);
    else if (!path.isAbsolute(src)) src = path.resolve(path.dirname(f), src);
    src = src.replace(/^.*node_modules\//, 'nm/').replace(/^\/work\/[^/]+\/|^\/tmp\/h19g\/[^/]+\//, '');
    res = `${src}:${(e?.originalLine ?? 0) + 1} ${m[1] || '(anon)'}`;
  } else if (/^JS:/.test(sym)) res = sym.replace(/^JS:\S?/, '');
  cache.set(sym, res);
  return res;
}

interface Frame { sym: string; dso: string }
const byTid = new Map<string, number>();
const parsed: { tid: string; frames: Frame[] }[] = [];
for (const s of samples) {
  const lines = s.split('\n');
  const tid = lines[0]!.trim();
  const frames = lines.slice(1).map((l) => {
    const m = /^\s*[0-9a-f]+ (.*) \((.*)\)$/.exec(l);
    return m ? { sym: m[1]!, dso: m[2]! } : { sym: l.trim(), dso: '' };
  });
  byTid.set(tid, (byTid.get(tid) ?? 0) + 1);
  parsed.push({ tid, frames });
}
const main = [...byTid].sort((a, b) => b[1] - a[1])[0]![0];
const total = parsed.length;
const mainN = byTid.get(main)!;

function classify(frames: Frame[]): string {
  const js = frames.map((f) => (f.sym.startsWith('JS:') ? mapJs(f.sym) : ''));
  const all = frames.map((f, i) => js[i] || f.sym);
  const leaf = frames[0]?.sym ?? '';
  if (all.some((s) => /Heap::CollectGarbage|Scavenger|MarkCompact|Heap::PerformGarbageCollection|ConcurrentMarking|IncrementalMarking|MinorMarkCompact|Sweeper/.test(s))) return 'gc (main thread)';
  if (all.some((s) => /compiler::|Compiler::|Deoptimizer|CompileLazy|Maglev|BaselineBatchCompiler|OptimizingCompileDispatcher/.test(s))) return 'jit compile/deopt (main thread)';
  const joined = all.join(' | ');
  // The system call a sample is in: the kernel and libc frames from the leaf up, then the first JS frame.
  let k = 0;
  while (k < frames.length && /kernel|libc|\[unknown\]|^$/.test(frames[k]!.dso)) k++;
  const sys = frames.slice(0, k + 1).map((f) => f.sym).join(' | ');
  const firstJsName = js.find((s) => s) ?? '';
  if (/__GI___writev|do_writev/.test(sys)) return 'socket write (writev syscall, kernel loopback)';
  if (/writeSync node:fs/.test(firstJsName) || /fdatasync|do_fsync|ext4_/.test(sys)) return 'file write/fsync (history line, logs)';
  if (/tcp_recvmsg|sock_read_iter|ksys_read|__GI___read|\bread\b/.test(sys)) return 'socket read (syscall)';
  if (/epoll_wait|epoll_pwait/.test(sys)) return 'event loop (epoll)';
  if (all.some((s) => /src\/main\.ts:\d+ observe/.test(s))) return 'observer (metrics, daily, unanswered, history)';
  if (js.some((s) => /^src\/(answer|retrieval|knowledge)\//.test(s))) return 'answerer';
  for (let i = 0; i < all.length; i++) {
    const s = js[i];
    if (!s) continue;
    if (/ node:/.test(s)) return 'node http/streams/timers (JS)';
    if (/^src\/(answer|retrieval|knowledge)\//.test(s)) return 'answerer';
    if (/^nm\/(pino|sonic-boom)|frame-steps\.ts:\d+ logAccess|\bpino\b/.test(s)) return 'logging (pino)';
    if (/^nm\/(lowdb|steno)|^src\/store\//.test(s)) return 'store (history log, lowdb files)';
    if (/^src\/text\//.test(s)) return 'text (script, numerals, pii)';
    if (/^src\/channels\/presenters/.test(s)) return 'presenter (JSON)';
    if (/^src\/channels\//.test(s)) return 'route + gate';
    if (/^src\/http\/body/.test(s)) return 'body read + JSON.parse';
    if (/^src\/http\/validate|^nm\/zod/.test(s)) return 'validate (zod)';
    if (/^src\/ops\/metrics|^nm\/prom-client/.test(s)) return 'metrics';
    if (/^src\/http\//.test(s)) return 'frame/dispatch';
    if (/^nm\//.test(s)) return 'koa and its helpers';
  }
  if (/llhttp|HTTPParser|node::http/.test(joined)) return 'node http parser (C++)';
  if (/RunMicrotasks|PromiseFulfill|AsyncFunction|processTicksAndRejections/.test(joined)) return 'promise machinery';
  if (/^\[k\]|pvm_irq_enable/.test(leaf) || frames.every((f) => f.dso.includes('kernel'))) return 'kernel (other)';
  return `other: ${leaf}`;
}

const cats = new Map<string, number>();
const detail = new Map<string, Map<string, number>>();
let bg = 0;
for (const p of parsed) {
  if (p.tid !== main) {
    bg++;
    continue;
  }
  const c = classify(p.frames);
  cats.set(c, (cats.get(c) ?? 0) + 1);
  const leafJs = p.frames.find((f) => f.sym.startsWith('JS:'));
  const jsNames = p.frames.filter((f) => f.sym.startsWith('JS:')).map((f) => mapJs(f.sym));
  const key = process.env.BYJS ? jsNames.slice(0, Number(process.env.BYJS)).join(' < ') || p.frames[0]?.sym.slice(0, 60) || '-' : `${p.frames[0]?.sym.slice(0, 60)} <- ${leafJs ? mapJs(leafJs.sym) : '-'}`;
  const dm = detail.get(c) ?? new Map<string, number>();
  dm.set(key, (dm.get(key) ?? 0) + 1);
  detail.set(c, dm);
}
const hz = Number(process.env.HZ ?? 1999);
const perReq = (n: number) => (requests ? ` ${((n / hz) * 1e6 / requests).toFixed(0).padStart(5)} us/req` : '');
console.log(`samples ${total}: main thread ${mainN} (${((mainN / total) * 100).toFixed(1)}%)${perReq(mainN)}, background threads ${bg}${perReq(bg)}`);
for (const [c, n] of [...cats].sort((a, b) => b[1] - a[1])) console.log(`${((n / mainN) * 100).toFixed(1).padStart(5)}%${perReq(n)}  ${c}`);
const D = Number(process.env.DETAIL ?? 0);
if (D) {
  for (const [c] of [...cats].sort((a, b) => b[1] - a[1]).slice(0, D)) {
    console.log(`\n== ${c}`);
    for (const [k, n] of [...detail.get(c)!].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`${((n / mainN) * 100).toFixed(2).padStart(6)}%  ${k}`);
  }
}
