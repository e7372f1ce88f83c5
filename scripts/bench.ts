// `npm run bench [-- --seconds 5] [--rounds 3] [--anchor]`: how the service does at scale, as one table.
//
// Knowledge: knowledge/ plus ../shared/corpus/laws when present (else a generated corpus of the same
// shape, scripts/bench-corpus.ts), linked into a temporary folder. Measures the cold build in
// process, the dev questions in process (uncached: a fresh index instance per pass), the server's
// time to /healthz 200 cold and from its snapshot, its memory, and /api/chat under autocannon at 1
// and 32 connections next to a bare Koa JSON echo (scripts/bench-echo.ts) run the same way, plus the
// embedding throughput of the tiny test model. `--anchor` also measures MiniSearch over fixed
// 300-character chunks (scripts/bench-anchor.ts) on the same files. Nothing here is a test.
//
// The write paths (POST /api/feedback, acknowledged once fsync'd, and chat turns with a sessionId,
// whose history line is written before the reply and fsync'd within 50 ms) have a row each.
// `--compare DIR` runs the same two loads against another checkout of the service (say, main in a
// worktree) in turn with this one.
//
// Distinct questions (issue 19): the repeated rows are served from the per-index memo; real traffic
// is mostly new questions. The distinct set is every graded question (../shared/eval/dev.jsonl,
// ../shared/eval/real-dev/questions.jsonl, eval/questions.jsonl) plus two questions per law title,
// over three thousand in all — more than the memos hold, so cycling through them in order never
// hits one. In process each is asked once of a fresh index instance; over HTTP they go with
// sessionIds (every request a turn of one of 32 conversations: a history line, and no remembered
// answer). The server is the compiled production start (`npm start`: npm → sh → node on dist/).
// `--profile DIR` also runs the server under --cpu-prof on the distinct load and prints the
// profile's top functions (scripts/profile-top.ts).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { factsAnswerer } from '../src/answer/facts/answerer.ts';
import { grade, parseCases, summary, type EvalCase } from '../src/answer/grade.ts';
import { Answerer } from '../src/answer/pipeline.ts';
import { buildIndex } from '../src/retrieval/build.ts';
import { Memo } from '../src/retrieval/memo.ts';
import { loadLocalEmbedder } from '../src/retrieval/dense/embed-local.ts';
import { measureEmbeddingThroughput } from '../src/retrieval/dense/embed.ts';
import { passageText } from '../src/retrieval/dense/fusion.ts';
import { random, writeTinyModel } from '../tests/support/tiny-model.ts';
import { generateLawCorpus } from './bench-corpus.ts';
import { compared, load, paired, ROOT, startEcho, startService, type Compared, type Paired, type Running } from './bench-http.ts';
import { profileClock, profileTop } from './profile-top.ts';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    anchor: { type: 'boolean', default: false },
    laws: { type: 'string' },
    compare: { type: 'string' },
    // Only the write paths against --compare (seconds instead of minutes, for checking a change).
    'writes-only': { type: 'boolean', default: false },
    // A folder for the server's CPU profiles under the distinct load (seed + laws, then seed only).
    profile: { type: 'string' },
  },
});
const SECONDS = Number(args.seconds);
const ROUNDS = Math.max(1, Number(args.rounds));
const LAWS = path.resolve(args.laws ?? path.join(ROOT, '../shared/corpus/laws'));
const DEV = path.join(ROOT, '../shared/eval/dev.jsonl');
/** Every graded question there is, for the distinct set (files that are absent are skipped). */
const GRADED = [DEV, path.join(ROOT, '../shared/eval/real-dev/questions.jsonl'), path.join(ROOT, 'eval/questions.jsonl')];
const FALLBACK_QUESTIONS = ['企业融资难怎么办', '有哪些人才政策?', '重点任务有哪些', '怎么支持企业上市?', '科技成果转化有什么规定'];

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
const say = (msg: string) => console.error(`[bench] ${msg}`);

/** knowledge/ as it ships, plus the laws as a sub-folder (a link, or generated when absent). */
function knowledgeFolder(): { dir: string; laws: string } {
  const dir = path.join(tmp, 'knowledge');
  mkdirSync(dir);
  for (const f of readdirSync(path.join(ROOT, 'knowledge'))) symlinkSync(path.join(ROOT, 'knowledge', f), path.join(dir, f));
  if (existsSync(LAWS)) {
    symlinkSync(LAWS, path.join(dir, 'laws'));
    return { dir, laws: path.relative(ROOT, LAWS) };
  }
  // About the size of the real corpus: 1,584 laws, ~35k chunks.
  generateLawCorpus(path.join(dir, 'laws'), { laws: 1584, articles: 60 });
  return { dir, laws: 'generated (1,584 laws)' };
}

const cases: EvalCase[] = existsSync(DEV) ? parseCases(readFileSync(DEV, 'utf8')) : FALLBACK_QUESTIONS.map((q, i) => ({ id: `q${i}`, kind: 'fallback', q }));
const questions = cases.flatMap((c) => c.turns ?? (c.q ? [c.q] : []));

/** The `# title` of every law below `dir` (markdown, `_index.md` skipped), sorted. */
function lawTitles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.md') && name !== '_index.md') {
        const title = /^# (.+)$/m.exec(readFileSync(full, 'utf8').slice(0, 2000))?.[1]?.trim();
        if (title) out.push(title);
      }
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Distinct questions: every graded one and two per law title, each once, in a fixed shuffled order
 * (graded and made-up ones mixed through every stretch of a load run).
 */
function distinctQuestions(lawsDir: string): { questions: string[]; graded: number; fromTitles: number } {
  const graded = new Set<string>(questions);
  for (const file of GRADED.filter((f) => existsSync(f))) for (const c of parseCases(readFileSync(file, 'utf8'))) for (const q of c.turns ?? (c.q ? [c.q] : [])) graded.add(q);
  const made = new Set<string>();
  for (const title of lawTitles(lawsDir)) {
    made.add(`${title}是什么时候开始施行的？`);
    made.add(`${title}规定了哪些法律责任？`);
  }
  for (const q of graded) made.delete(q);
  const all = [...graded, ...made];
  const rnd = random(19);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return { questions: all, graded: graded.size, fromTitles: made.size };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(p * s.length) - 1)] ?? NaN;
};
const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const mib = () => Math.round(process.memoryUsage().rss / 2 ** 20);

async function inProcess(dir: string, distinct: string[]) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const built = await buildIndex({ dir, version: 1 });
  const buildMs = performance.now() - t;
  const buildCpuMs = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000;
  const rss = mib();
  const { index } = built;
  const grader = new Answerer({ index: () => index, facts: factsAnswerer });
  const quality = await grade(cases, (q, sid) => grader.ask(q, { sessionId: sid }));
  const answer: number[] = [];
  const retrieval: number[] = [];
  // A fresh instance per pass: nothing is served from the per-index memo of questions and rankings.
  for (let pass = 0; pass < 12; pass++) {
    const fresh = index.withVersion(pass + 2);
    const answerer = new Answerer({ index: () => fresh, facts: factsAnswerer });
    for (const q of questions) {
      const s = performance.now();
      await answerer.ask(q);
      if (pass > 1) answer.push(performance.now() - s);
    }
    const again = index.withVersion(pass + 100);
    for (const q of questions) {
      const s = performance.now();
      again.search(again.parse(q), 8);
      if (pass > 1) retrieval.push(performance.now() - s);
    }
  }
  const repeated: number[] = [];
  const answerer = new Answerer({ index: () => index, facts: factsAnswerer });
  for (let pass = 0; pass < 12; pass++) {
    for (const q of questions) {
      const s = performance.now();
      await answerer.ask(q);
      if (pass > 1) repeated.push(performance.now() - s);
    }
  }
  // Distinct questions, each asked once of a fresh instance (after a pass of the dev questions on
  // another one, so the code is warm but nothing about these questions is remembered).
  const warmed = index.withVersion(1000);
  const warmer = new Answerer({ index: () => warmed, facts: factsAnswerer });
  for (const q of questions) await warmer.ask(q);
  const once = index.withVersion(1001);
  const fresh = new Answerer({ index: () => once, facts: factsAnswerer });
  const distinctMs: number[] = [];
  for (const q of distinct) {
    const s = performance.now();
    await fresh.ask(q);
    distinctMs.push(performance.now() - s);
  }
  return { built, buildMs, buildCpuMs, rss, quality: summary(quality), answer, retrieval, repeated, distinct: distinctMs };
}

/**
 * Microseconds per new entry of the request path's memo once full, at a small and a large size:
 * the figure its unit test counts in operations (issue 19; the Map-order eviction it replaced was
 * over 20× apart between these sizes, the key array about 1×).
 */
function memoPerEntry(max: number): number {
  const keys = Array.from({ length: 80_000 }, (_, i) => `question ${i}`);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const m = new Memo<string, number>(max);
    for (let i = 0; i < 2 * max; i++) m.get(keys[i]!, () => i);
    const t = performance.now();
    for (let i = 2 * max; i < keys.length; i++) m.get(keys[i]!, () => i);
    best = Math.min(best, ((performance.now() - t) * 1000) / (keys.length - 2 * max));
  }
  return best;
}

async function embeddingThroughput(texts: string[]) {
  const modelsDir = path.join(tmp, 'models');
  const model = writeTinyModel(modelsDir, { id: 'bench/tiny-zh', dims: 32 });
  const embedder = await loadLocalEmbedder(model.id, modelsDir);
  return measureEmbeddingThroughput(embedder, texts, 16);
}

/**
 * The service under load at 1 and 32 connections, each paired with the echo (already running);
 * with `conversations`, also at 32 connections as turns of 32 ongoing conversations (sessionIds),
 * which the remembered answers for first questions do not serve.
 */
async function http(env: Record<string, string>, bodies: string[], distinct: string[], echo: Running, writes?: { conversations: string[]; feedback: string[] }) {
  const svc = await startService(env);
  try {
    // The first questions load what the engine loads lazily (dictionaries, tables): not part of a run.
    await warmUp(svc.base, bodies);
    const runs: Paired[] = [];
    for (const c of [1, 32]) runs.push(await paired(`${svc.base}/api/chat`, echo.base, bodies, c, SECONDS, ROUNDS));
    // Distinct questions as turns of conversations: nothing served from a remembered answer.
    const distinctRuns: Paired[] = [];
    for (const c of [1, 32]) distinctRuns.push(await paired(`${svc.base}/api/chat`, echo.base, distinct, c, SECONDS, ROUNDS));
    if (writes) {
      runs.push(await paired(`${svc.base}/api/chat`, echo.base, writes.conversations, 32, SECONDS, ROUNDS));
      runs.push(await paired(`${svc.base}/api/feedback`, echo.base, writes.feedback, 32, SECONDS, ROUNDS));
    }
    return { readyMs: svc.readyMs, readyCpuMs: svc.readyCpuMs, memory: svc.memory(), memoryAll: svc.memoryAll(), runs, distinctRuns };
  } finally {
    await svc.stop();
  }
}

/**
 * Each body once, one after the other, every answer awaited: what the engine loads on its first
 * questions (the general-frequency table takes seconds on a busy machine) is loaded before a
 * measured run starts, not in the middle of it.
 */
async function warmUp(base: string, bodies: string[]): Promise<void> {
  for (const body of bodies) await (await fetch(`${base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).arrayBuffer();
}

/**
 * The server under --cpu-prof, one connection of distinct questions for twice `seconds` after a
 * warm-up; its top functions over the measured load only (start-up and warm-up left out).
 */
async function profile(env: Record<string, string>, warmup: string[], distinct: string[], dir: string, label: string) {
  mkdirSync(dir, { recursive: true });
  const before = new Set(readdirSync(dir));
  const svc = await startService(env, 120_000, ROOT, { cpuProfileDir: dir });
  let rps = 0;
  let from = 0;
  try {
    await warmUp(svc.base, warmup);
    from = profileClock();
    rps = (await load(`${svc.base}/api/chat`, distinct, 1, SECONDS * 2)).rps;
  } finally {
    await svc.stop();
  }
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile') && !before.has(f));
  if (!file) throw new Error(`no CPU profile written in ${dir}`);
  const top = profileTop(path.join(dir, file), 25, false, ROOT, from);
  return { label, rps, file: path.join(dir, file), top, files: profileTop(path.join(dir, file), 12, true, ROOT, from) };
}

const writeBodies = () => ({
  conversations: questions.map((question, i) => JSON.stringify({ question, sessionId: `bench-${i % 32}` })),
  feedback: questions.map((question, i) => JSON.stringify({ sessionId: `bench-${i % 32}`, question, rating: i % 3 ? 'up' : 'down', comment: '回答清楚' })),
});

/** The two write loads, seed only, against another checkout in turn with this one. */
async function compareWrites(other: string, conversations: string[], feedback: string[]) {
  say(`the write paths against ${other}, in turn with this checkout…`);
  const seedEnv = { KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'), RATE_LIMIT_PER_MIN: '0', LOG_LEVEL: 'info' };
  const ours = await startService({ ...seedEnv, DATA_DIR: path.join(tmp, 'data-ours') });
  const theirs = await startService({ ...seedEnv, DATA_DIR: path.join(tmp, 'data-theirs') }, 120_000, other);
  try {
    const turns = await compared(`${ours.base}/api/chat`, `${theirs.base}/api/chat`, conversations, 32, SECONDS, ROUNDS);
    const fb = await compared(`${ours.base}/api/feedback`, `${theirs.base}/api/feedback`, feedback, 32, SECONDS, ROUNDS);
    return { dir: other, turns, feedback: fb };
  } finally {
    await Promise.all([ours.stop(), theirs.stop()]);
  }
}

function printComparison(vs: { dir: string; turns: Compared; feedback: Compared }): void {
  const cell = (c: Compared) => `${c.ours.rps} vs ${c.theirs.rps} req/s (${c.ratio.toFixed(2)} ×), p99 ${c.ours.p99} vs ${c.theirs.p99} ms, ${c.ours.failures} / ${c.theirs.failures} failed`;
  console.log(`\nwrite paths, seed only, 32 connections: this checkout vs ${vs.dir} (median of ${ROUNDS} paired rounds; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')})\n`);
  console.log('| load | this vs other |');
  console.log('| --- | --- |');
  console.log(`| /api/chat, turns of 32 conversations | ${cell(vs.turns)} |`);
  console.log(`| /api/feedback | ${cell(vs.feedback)} |`);
}

async function main() {
  if (args['writes-only']) {
    if (!args.compare) throw new Error('--writes-only needs --compare DIR');
    const { conversations, feedback } = writeBodies();
    printComparison(await compareWrites(path.resolve(args.compare), conversations, feedback));
    rmSync(tmp, { recursive: true, force: true });
    return;
  }
  const { dir, laws } = knowledgeFolder();
  const distinct = distinctQuestions(path.join(dir, 'laws'));
  say(`knowledge: knowledge/ + ${laws}; ${questions.length} questions${existsSync(DEV) ? ' from dev.jsonl' : ''}; ${distinct.questions.length} distinct (${distinct.graded} graded, ${distinct.fromTitles} from law titles)`);
  // The compiled start: built once here, so each `npm start` below only checks dist/ is current.
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  say('building in process…');
  const big = await inProcess(dir, distinct.questions);
  const seed = await inProcess(path.join(ROOT, 'knowledge'), distinct.questions);
  say(`built ${big.built.index.chunks.length} chunks in ${(big.buildMs / 1000).toFixed(1)} s; embedding with the tiny model…`);
  const embed = await embeddingThroughput(big.built.index.chunks.slice(0, 2000).map(passageText));
  const bodies = questions.map((question) => JSON.stringify({ question }));
  const distinctBodies = distinct.questions.map((question, i) => JSON.stringify({ question, sessionId: `distinct-${i % 32}` }));
  const data = path.join(tmp, 'data');
  const env = { KNOWLEDGE_DIR: dir, DATA_DIR: data, RATE_LIMIT_PER_MIN: '0', LOG_LEVEL: 'info' };
  say('starting the service cold (no snapshot)…');
  const cold = await startService(env);
  const coldMemory = cold.memory();
  await cold.stop();
  say(`ready in ${cold.readyMs} ms; again from the snapshot, then /api/chat under load, in turn with the bare Koa echo…`);
  const echo = await startEcho();
  const warm = await http(env, bodies, distinctBodies, echo);
  // The same start without npm in front: what npm's own start-up adds to the ready time.
  const direct = await startService(env, 120_000, ROOT, {});
  await direct.stop();
  const warmPeak = warm.memory;
  say('seed only…');
  const { conversations, feedback } = writeBodies();
  const seedHttp = await http({ ...env, KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'), DATA_DIR: path.join(tmp, 'data-seed') }, bodies, distinctBodies, echo, { conversations, feedback });
  await echo.stop();
  const profiles = [];
  if (args.profile) {
    say(`CPU profiles of the server on distinct questions in ${args.profile}…`);
    profiles.push(await profile(env, bodies, distinctBodies, path.resolve(args.profile), 'seed + laws'));
    profiles.push(await profile({ ...env, KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'), DATA_DIR: path.join(tmp, 'data-seed') }, bodies, distinctBodies, path.resolve(args.profile), 'seed only'));
  }
  const vs = args.compare ? await compareWrites(path.resolve(args.compare), conversations, feedback) : null;
  let anchor: Record<string, number | string> | null = null;
  if (args.anchor) {
    say('anchor: MiniSearch + jieba over fixed 300-character chunks…');
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'scripts/bench-anchor.ts', dir], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
    anchor = JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, number | string>;
  }

  const row = (name: string, ...cells: (string | number)[]) => console.log(`| ${name} | ${cells.join(' | ')} |`);
  const runCell = (p: Paired) => `${p.service.rps} req/s (${p.ratio.toFixed(2)} × echo), p50 ${p.service.p50} ms, p99 ${p.service.p99} ms, ${p.service.failures} failed`;
  const head = anchor ? ['seed + laws', 'seed only', 'anchor, this run', 'anchor (issue)'] : ['seed + laws', 'seed only', 'anchor (issue)'];
  const a = (v: string | number | undefined, issue: string) => (anchor ? [String(v ?? '—'), issue] : [issue]);
  console.log(
    `\nnode ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; ` +
      `HTTP: ${ROUNDS} rounds of ${SECONDS} s, service and echo in turn, medians\n`,
  );
  row('', ...head);
  row('---', ...head.map(() => '---'));
  row('documents / chunks', `${big.built.index.documents.length} / ${big.built.index.chunks.length}`, `${seed.built.index.documents.length} / ${seed.built.index.chunks.length}`, ...a(anchor?.chunks, '35k'));
  row('build, cold, in process', `${(big.buildMs / 1000).toFixed(1)} s (CPU ${(big.buildCpuMs / 1000).toFixed(1)} s)`, `${(seed.buildMs / 1000).toFixed(2)} s`, ...a(anchor ? `${(Number(anchor.buildMs) / 1000).toFixed(1)} s` : undefined, '31 s'));
  const ready = (r: { readyMs: number; readyCpuMs: number | null }) => `${(r.readyMs / 1000).toFixed(1)} s${r.readyCpuMs === null ? '' : ` (CPU ${(r.readyCpuMs / 1000).toFixed(1)} s)`}`;
  row('ready: start → /healthz 200, cold', ready(cold), ready(seedHttp), ...a(undefined, '—'));
  row('ready: start → /healthz 200, from snapshot', ready(warm), '', ...a(undefined, '—'));
  row('ready from snapshot, `node dist/main.js` without npm', ready(direct), '', ...a(undefined, '—'));
  row('server RSS: after cold start / from snapshot / peak under load', `${coldMemory?.rss ?? '?'} / ${warmPeak?.rss ?? '?'} / ${warmPeak?.peak ?? '?'} MiB`, `${seedHttp.memory?.rss ?? '?'} / — / ${seedHttp.memory?.peak ?? '?'} MiB`, ...a(anchor ? `${anchor.rssMiB} MiB` : undefined, '844 MiB'));
  row('in-process answer p50 / p99 (uncached)', `${ms(pct(big.answer, 0.5))} / ${ms(pct(big.answer, 0.99))} ms`, `${ms(pct(seed.answer, 0.5))} / ${ms(pct(seed.answer, 0.99))} ms`, ...a(undefined, '—'));
  row('in-process retrieval p50 / p99 (uncached)', `${ms(pct(big.retrieval, 0.5))} / ${ms(pct(big.retrieval, 0.99))} ms`, `${ms(pct(seed.retrieval, 0.5))} / ${ms(pct(seed.retrieval, 0.99))} ms`, ...a(anchor ? `${anchor.p50} / ${anchor.p99} ms` : undefined, '136 ms'));
  row(`in-process answer p50 / p99, distinct questions (${distinct.questions.length}, each once)`, `${ms(pct(big.distinct, 0.5))} / ${ms(pct(big.distinct, 0.99))} ms`, `${ms(pct(seed.distinct, 0.5))} / ${ms(pct(seed.distinct, 0.99))} ms`, ...a(undefined, '—'));
  row('in-process answer p50 / p99 (repeated question)', `${ms(pct(big.repeated, 0.5))} / ${ms(pct(big.repeated, 0.99))} ms`, `${ms(pct(seed.repeated, 0.5))} / ${ms(pct(seed.repeated, 0.99))} ms`, ...a(undefined, '—'));
  row('dev set', big.quality, seed.quality, ...a(anchor ? `right passage first ${anchor.r1}` : undefined, '52% right passage first'));
  row('/api/chat, 1 connection', runCell(warm.runs[0]!), runCell(seedHttp.runs[0]!), ...a(undefined, '—'));
  row('/api/chat, 32 connections', runCell(warm.runs[1]!), runCell(seedHttp.runs[1]!), ...a(undefined, '—'));
  row('/api/chat, distinct questions with sessionIds, 1 connection', runCell(warm.distinctRuns[0]!), runCell(seedHttp.distinctRuns[0]!), ...a(undefined, '—'));
  row('/api/chat, distinct questions with sessionIds, 32 connections', runCell(warm.distinctRuns[1]!), runCell(seedHttp.distinctRuns[1]!), ...a(undefined, '—'));
  row('/api/chat, 32 connections, turns of 32 conversations (history written, fsync deferred)', '', runCell(seedHttp.runs[2]!), ...a(undefined, '—'));
  row('/api/feedback, 32 connections (fsync\'d)', '', runCell(seedHttp.runs[3]!), ...a(undefined, '—'));
  const echoCell = (runs: Paired[]) => `${runs[0]!.echo.rps} / ${runs[1]!.echo.rps} req/s, p50 ${runs[0]!.echo.p50} / ${runs[1]!.echo.p50} ms`;
  row('bare Koa echo, 1 / 32 connections', echoCell(warm.runs), echoCell(seedHttp.runs), ...a(undefined, '—'));
  row('bare Koa echo, 1 / 32 connections, paired with the distinct rows', echoCell(warm.distinctRuns), echoCell(seedHttp.distinctRuns), ...a(undefined, '—'));
  const all = (m: { rss: number; peak: number; processes: string[] } | null) => (m ? `${m.rss} MiB (peak ${m.peak}; ${m.processes.join(', ')})` : '?');
  row('all processes of `npm start` after the load (RSS, MiB)', all(warm.memoryAll), all(seedHttp.memoryAll), ...a(undefined, '—'));
  memoPerEntry(100);
  row('request memo: µs per new entry when full, 100 / 20,000 entries', `${memoPerEntry(100).toFixed(2)} / ${memoPerEntry(20_000).toFixed(2)} µs`, '', ...a(undefined, '—'));
  row('embedding throughput (tiny test model)', `${embed.chunksPerSecond} chunks/s (${embed.chunks} chunks)`, '', ...a(undefined, '—'));
  if (vs) printComparison(vs);
  for (const p of profiles) {
    console.log(`\nCPU profile, ${p.label}, distinct questions with sessionIds, 1 connection (${p.rps} req/s under the profiler): ${p.file}\n`);
    console.log('| self % | function | where |');
    console.log('| --- | --- | --- |');
    for (const t of p.top) console.log(`| ${t.percent.toFixed(1)} | ${t.name} | ${t.where} |`);
    console.log(`\nby file: ${p.files.map((f) => `${f.where} ${f.percent.toFixed(1)}%`).join(', ')}`);
  }
  rmSync(tmp, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  rmSync(tmp, { recursive: true, force: true });
  process.exit(1);
});
