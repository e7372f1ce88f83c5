// A built knowledge base on disk (DATA_DIR/index/), so a restart with unchanged files loads it in a
// second instead of re-reading, re-normalising and re-tokenising thousands of documents.
//
// It is keyed by a fingerprint of the knowledge folder (every file's path, size and mtime, and which
// documents are primary) and of the code that builds an index (every module build.ts reaches, the
// tokenizer's and converter's versions): a changed file or a new release gives another key, and a
// stale snapshot is rebuilt. A damaged one (truncated, bit-flipped: its body
// carries a CRC-32) is rebuilt too. Written to a temporary file and renamed, so a crash mid-write
// never leaves half a snapshot behind.
//
// Layout: magic, a JSON header (metadata, facts, warnings, section paths, terms, section table),
// then typed arrays, each 8-byte aligned: the numeric ones first, read into one buffer the arrays
// view without a copy, then the texts (UTF-16), decoded a stretch at a time and not kept as bytes. A
// chunk's text is almost always a stretch of its document's text (41,865 of 41,933 over the laws):
// it is stored as where it starts there and its length, and loaded as a slice of the document's
// string, which V8 keeps as a view, not a copy; only the few others are stored as text.
import { createHash, randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, open, readdir, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PlanFacts } from '../knowledge/facts/plan.ts';
import type { LoadWarning } from '../knowledge/load.ts';
import type { Chunk, KnowledgeDocument } from '../knowledge/types.ts';
import type { Aliases } from './aliases.ts';
import type { DocumentReport } from './types.ts';
import { KnowledgeIndex } from './knowledge-index.ts';
import { LexicalIndex } from './lexical/bm25.ts';
import { moduleGraph } from './module-graph.ts';

const MAGIC = Buffer.from('PJKBSNAP', 'latin1');
export const SNAPSHOT_FORMAT = 5;
/** chunkStart of a chunk whose text is stored on its own (not a stretch of its document's text). */
const OWN_TEXT = 0xffffffff;

/** What a build produced besides the index, stored with it so a loaded snapshot reports the same. */
export interface SnapshotExtras {
  warnings: LoadWarning[];
  report: DocumentReport[];
}

export interface LoadedSnapshot extends SnapshotExtras {
  index: KnowledgeIndex;
}

export type SnapshotMiss = { status: 'missing' | 'stale' | 'corrupt'; reason: string };

type ArrayKind = 'u32' | 'u16' | 'f32' | 'utf16';

interface Section {
  name: string;
  kind: ArrayKind;
  offset: number;
  bytes: number;
}

interface Header {
  format: number;
  key: string;
  createdAt: string;
  /** CRC-32 of the body (numeric arrays, then texts): damage, not tampering, is what it is for. */
  bodyCrc32: number;
  documents: Omit<KnowledgeDocument, 'text'>[];
  facts: PlanFacts[];
  aliases: Aliases;
  dictionaryWords: string[];
  sections: string[][];
  terms: string[];
  extras: SnapshotExtras;
  arrays: Section[];
}

let code: string | null = null;

/**
 * Hash of what decides an index's content besides the files: this code and its text libraries.
 * `here` is the folder of the running retrieval modules: src/retrieval under tsx, dist/retrieval
 * for the compiled server (`npm start`), whose emitted JavaScript is then what is hashed — the key
 * names the code that actually built the index. (The server runs the bundle, dist/main.js, made from
 * the same sources by the same build as the module tree it hashes: scripts/build.mjs.) Other folders
 * are for tests; only the running code's hash is kept.
 */
export function codeVersion(here = import.meta.dirname): string {
  const running = here === import.meta.dirname;
  if (running && code) return code;
  const h = createHash('sha256').update(`format ${SNAPSHOT_FORMAT}\n`);
  // Every module the build reaches from build.ts — types and lazy imports included, in whatever
  // folder: the text helpers, the readers, the facts extractors, retrieval itself. A helper moved to
  // another folder is still hashed; a module the build does not import is not (.ts below src/, .js
  // below dist/, where only what runs is left).
  const entry = path.join(here, existsSync(path.join(here, 'build.ts')) ? 'build.ts' : 'build.js');
  for (const file of moduleGraph([entry])) {
    h.update(path.relative(here, file)).update(existsSync(file) ? readFileSync(file) : '(absent)');
  }
  const require = createRequire(import.meta.url);
  // The readers' libraries shape the text too: a new pdf.js may read a page in another order.
  for (const pkg of ['@node-rs/jieba', 'opencc-js', 'unpdf', '@mozilla/readability', 'linkedom', 'word-extractor', 'mammoth']) {
    try {
      let dir = path.dirname(require.resolve(pkg));
      while (!readdirSync(dir).includes('package.json') && path.dirname(dir) !== dir) dir = path.dirname(dir);
      h.update(readFileSync(path.join(dir, 'package.json')));
    } catch {
      h.update(`${pkg} unresolved`);
    }
  }
  const digest = h.digest('hex');
  if (running) code = digest;
  return digest;
}

/**
 * The knowledge folder's fingerprint: every file below it (links followed, dot files skipped) by
 * relative path, size and modification time, and whether it counts as primary; the same of
 * `outside` files the build also reads; and the version of the code (`codeRoot`: see codeVersion).
 */
export async function fingerprint(dir: string, isPrimary: (id: string) => boolean, outside: string[] = [], codeRoot?: string): Promise<string> {
  const rows: string[] = [];
  const seen = new Set<string>();
  const walk = async (abs: string, rel: string): Promise<void> => {
    const real = await realpath(abs);
    if (seen.has(real)) return; // a link back up the tree, as the loader skips it
    seen.add(real);
    const entries = (await readdir(abs)).filter((name) => !name.startsWith('.')).sort();
    // A folder's entries are stat'ed synchronously, one folder at a time, folders walked one after
    // another (see `seen`), the loop free between folders. A promise per stat through the thread pool
    // cost more: over the 1,584 laws, at every start before listening, ~165 → ~100 ms of CPU (fresh process).
    const stats = entries.map((name) => {
      try {
        return statSync(path.join(abs, name), { throwIfNoEntry: false }) ?? null;
      } catch {
        return null;
      }
    });
    for (const [i, name] of entries.entries()) {
      const s = stats[i];
      const id = rel ? `${rel}/${name}` : name;
      if (s?.isDirectory()) await walk(path.join(abs, name), id);
      else if (s?.isFile()) rows.push(`${id}\t${s.size}\t${Math.trunc(s.mtimeMs)}\t${isPrimary(id) ? 1 : 0}`);
    }
  };
  await walk(dir, '');
  // Files outside the folder that the build reads (the shipped alias table, as a fallback).
  for (const file of outside) {
    const s = await stat(file).catch(() => null);
    rows.push(`<${path.resolve(file)}>\t${s?.size ?? -1}\t${s ? Math.trunc(s.mtimeMs) : -1}`);
  }
  rows.sort();
  return createHash('sha256').update(codeVersion(codeRoot)).update('\n').update(rows.join('\n')).digest('hex');
}

/** Where the snapshot of a knowledge folder lives: one file per folder, so two folders never overwrite each other. */
export function snapshotFile(snapshotDir: string, knowledgeDir: string): string {
  const tag = createHash('sha256').update(path.resolve(knowledgeDir)).digest('hex').slice(0, 12);
  return path.join(snapshotDir, `knowledge-${tag}.snap`);
}

const align8 = (n: number) => (n + 7) & ~7;

/**
 * CRC-32 (zlib's, Node ≥ 20.15), continued from `from`: a damaged snapshot is what it must catch. A
 * SHA-256 of the 36 MB body was ~0.1 s of every start from the snapshot over the laws; this is ~10 ms.
 * (Node before 20.15 has no zlib.crc32: there a snapshot is neither written nor read, and says why.)
 */
function bodyChecksum(bytes: Uint8Array, from = 0): number {
  return zlib.crc32(bytes, from);
}

/**
 * Writes the snapshot. `between`: awaited between its steps (tens of milliseconds of work each), so
 * a write in the background lets requests through — a start answers its readiness probe before the
 * ~0.4 s of the laws' write.
 */
export async function saveSnapshot(file: string, key: string, index: KnowledgeIndex, extras: SnapshotExtras, between: () => Promise<void> = async () => {}): Promise<void> {
  await between();
  const docIndex = new Map(index.documents.map((d, i) => [d.id, i]));
  const sectionIds = new Map<string, number>();
  const sections: string[][] = [];
  const chunkDoc = new Uint32Array(index.chunks.length);
  const chunkSection = new Uint32Array(index.chunks.length);
  // The outline item a chunk follows, plus one (0: none).
  const chunkItem = new Uint32Array(index.chunks.length);
  index.chunks.forEach((c, i) => {
    chunkItem[i] = c.item === undefined ? 0 : c.item + 1;
    const d = docIndex.get(c.docId);
    // A chunk's id, docId and source are derived on load; anything else would not survive the trip.
    if (d === undefined || c.id !== i || c.source !== index.documents[d]!.title) throw new Error(`chunk ${i} does not match its document`);
    chunkDoc[i] = d;
    const k = c.section.join('\u0000');
    let s = sectionIds.get(k);
    if (s === undefined) {
      s = sections.length;
      sectionIds.set(k, s);
      sections.push(c.section);
    }
    chunkSection[i] = s;
  });
  await between();
  const texts = (list: string[]) => {
    const ends = new Uint32Array(list.length);
    let at = 0;
    list.forEach((t, i) => (ends[i] = at += t.length));
    return { ends, blob: Buffer.from(list.join(''), 'utf16le') };
  };
  const docTexts = texts(index.documents.map((d) => d.text));
  await between();
  // Each chunk's text as a stretch of its document's text, found from where the previous chunk of
  // that document was; the rare one that is not (text the chunker joined or rewrote) is kept whole.
  const chunkStart = new Uint32Array(index.chunks.length);
  const chunkLen = new Uint32Array(index.chunks.length);
  const own: string[] = [];
  const cursor = new Map<string, number>();
  index.chunks.forEach((c, i) => {
    const text = index.documents[chunkDoc[i]!]!.text;
    const from = cursor.get(c.docId) ?? 0;
    let at = text.indexOf(c.text, from);
    if (at < 0) at = text.indexOf(c.text);
    chunkLen[i] = c.text.length;
    if (at < 0) {
      chunkStart[i] = OWN_TEXT;
      own.push(c.text);
    } else {
      chunkStart[i] = at;
      cursor.set(c.docId, at);
    }
  });
  await between();
  const lex = index.lexical.toData();
  // Numeric arrays first, texts last (see the layout above).
  const parts: [string, ArrayKind, ArrayBufferView][] = [
    ['docTextEnds', 'u32', docTexts.ends],
    ['chunkStart', 'u32', chunkStart],
    ['chunkLen', 'u32', chunkLen],
    ['chunkDoc', 'u32', chunkDoc],
    ['chunkSection', 'u32', chunkSection],
    ['chunkItem', 'u32', chunkItem],
    ['offsets', 'u32', lex.offsets],
    ['postDocs', 'u32', lex.postDocs],
    ['postTf', 'u16', lex.postTf],
    ['docLen', 'u32', lex.docLen],
    ['boost', 'f32', lex.boost],
    ['docTexts', 'utf16', docTexts.blob],
    ['chunkOwnTexts', 'utf16', Buffer.from(own.join(''), 'utf16le')],
  ];
  // The body is written from the arrays themselves, each padded to 8 bytes, its CRC taken piece by
  // piece: a 41 MB buffer made only to copy them into was a tenth of a cold build's save.
  const arrays: Section[] = [];
  const body: Uint8Array[] = [];
  let offset = 0;
  let crc = 0;
  for (const [name, kind, view] of parts) {
    arrays.push({ name, kind, offset, bytes: view.byteLength });
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    const pad = new Uint8Array(align8(offset + view.byteLength) - offset - view.byteLength);
    // (An empty piece is left out: zlib.crc32 of an empty view of an empty buffer is 0, whatever it continues.)
    for (const piece of [bytes, pad]) {
      if (!piece.length) continue;
      body.push(piece);
      crc = bodyChecksum(piece, crc);
    }
    offset += bytes.length + pad.length;
  }
  await between();
  const header: Header = {
    format: SNAPSHOT_FORMAT,
    key,
    createdAt: new Date().toISOString(),
    bodyCrc32: crc,
    documents: index.documents.map(({ text: _text, ...meta }) => meta),
    facts: index.facts,
    aliases: index.aliasGroups,
    dictionaryWords: index.dictionaryWords,
    sections,
    terms: lex.terms,
    extras,
    arrays,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  await between();
  const lead = Buffer.alloc(align8(MAGIC.length + 4 + json.length));
  MAGIC.copy(lead, 0);
  lead.writeUInt32LE(json.length, MAGIC.length);
  json.copy(lead, MAGIC.length + 4);
  await mkdir(path.dirname(file), { recursive: true });
  // Two builds writing at once (two processes on one DATA_DIR) each write their own file; the last rename wins whole.
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const out = await open(tmp, 'w');
    try {
      const { bytesWritten } = await out.writev([lead, ...body]);
      if (bytesWritten !== lead.length + offset) throw new Error(`wrote ${bytesWritten} of ${lead.length + offset} bytes`);
    } finally {
      await out.close();
    }
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/** Reads `buf.length` bytes at `position` (fewer only at the end of the file). */
async function readAt(fh: FileHandle, buf: Uint8Array, position: number): Promise<number> {
  let done = 0;
  while (done < buf.length) {
    const { bytesRead } = await fh.read(buf, done, buf.length - done, position + done);
    if (!bytesRead) break;
    done += bytesRead;
  }
  return done;
}

/** The snapshot under `key`, or why there is none to use; never throws. */
/** `stretch`: bytes of the documents' texts decoded at a time (TEXT_STRETCH; tests read several stretches of a small folder). */
export async function loadSnapshot(file: string, key: string, version: number, stretch = TEXT_STRETCH): Promise<LoadedSnapshot | SnapshotMiss> {
  let fh: FileHandle;
  try {
    fh = await open(file, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { status: code === 'ENOENT' ? 'missing' : 'corrupt', reason: (err as Error).message };
  }
  try {
    const size = (await fh.stat()).size;
    const lead = Buffer.alloc(MAGIC.length + 4);
    if ((await readAt(fh, lead, 0)) < lead.length || !lead.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('not a snapshot file');
    const len = lead.readUInt32LE(MAGIC.length);
    if (lead.length + len > size) throw new Error('header truncated');
    const json = Buffer.alloc(len);
    await readAt(fh, json, lead.length);
    const header = JSON.parse(json.toString('utf8')) as Header;
    if (header.format !== SNAPSHOT_FORMAT) return { status: 'stale', reason: `format ${header.format}, expected ${SNAPSHOT_FORMAT}` };
    if (header.key !== key) return { status: 'stale', reason: 'knowledge files or code changed since it was written' };
    // The numeric arrays in one buffer they view; the texts a stretch at a time (readTexts).
    const start = align8(lead.length + len);
    const split = Math.min(...header.arrays.filter((a) => a.kind === 'utf16').map((a) => a.offset));
    if (!Number.isFinite(split) || start + split > size) throw new Error('body truncated');
    const numeric = new Uint8Array(split);
    if ((await readAt(fh, numeric, start)) < numeric.length) throw new Error('body truncated');
    const texts = await readTexts(fh, header, numeric.buffer, start, split, size - start - split, bodyChecksum(numeric), stretch);
    if (texts.crc !== header.bodyCrc32) throw new Error('checksum mismatch');
    return { ...decode(header, numeric.buffer, texts, split, version) };
  } catch (err) {
    return { status: 'corrupt', reason: (err as Error).message };
  } finally {
    await fh.close().catch(() => undefined);
  }
}

/** Where a numeric array lies in the numeric buffer (8-byte aligned, inside it), or an error. */
function numericSection(header: Header, name: string, kind: ArrayKind, split: number): { from: number; bytes: number } {
  const s = header.arrays.find((a) => a.name === name);
  if (!s || s.kind !== kind) throw new Error(`array ${name} missing`);
  if (s.offset < 0 || s.offset + s.bytes > split || s.offset % 8) throw new Error(`array ${name} out of place or truncated`);
  return { from: s.offset, bytes: s.bytes };
}

/** Bytes of the documents' texts decoded into one string at a time: whole documents, at least this many. */
const TEXT_STRETCH = 2 << 20;

/**
 * The documents' texts and the chunks' own texts, and the body's CRC continued over the texts' bytes
 * from `crc`. The documents are read a stretch of whole documents at a time into one buffer used
 * again for the next stretch, each stretch decoded into one string they are slices of. Read into one
 * buffer of 17 MB and decoded into one string, the laws' texts were fresh memory touched twice — on
 * this machine a page's first touch costs more than copying it (a start from the snapshot: 8.3k → 4.7k
 * page faults and ~140 → ~70 ms of CPU for the texts).
 */
async function readTexts(fh: FileHandle, header: Header, numeric: ArrayBuffer, start: number, split: number, bytes: number, crc: number, stretch: number): Promise<{ docTexts: string[]; ownTexts: string; crc: number }> {
  const docs = header.arrays.find((a) => a.name === 'docTexts');
  const own = header.arrays.find((a) => a.name === 'chunkOwnTexts');
  if (!docs || docs.kind !== 'utf16' || !own || own.kind !== 'utf16') throw new Error('array docTexts or chunkOwnTexts missing');
  // As written: the documents' texts first, then the chunks' own, both inside the body.
  if (docs.offset !== split || own.offset < docs.offset + docs.bytes || own.offset + own.bytes > split + bytes || docs.bytes % 2 || own.bytes % 2) {
    throw new Error('array docTexts or chunkOwnTexts out of place or truncated');
  }
  const e = numericSection(header, 'docTextEnds', 'u32', split);
  const ends = new Uint32Array(numeric, e.from, e.bytes / 4);
  const chars = docs.bytes / 2;
  for (let k = 0, at = 0; k < ends.length; at = ends[k++]!) if (ends[k]! < at || ends[k]! > chars) throw new Error('text offsets out of range');
  const add = (piece: Buffer) => {
    // (zlib.crc32 of an empty view is 0 whatever it continues: an empty piece is left out, as when written.)
    if (piece.length) crc = bodyChecksum(piece, crc);
  };
  const docTexts: string[] = [];
  let buf = Buffer.allocUnsafe(0);
  let from = 0;
  for (let i = 0; i < ends.length; ) {
    let j = i + 1;
    while (j < ends.length && (ends[j - 1]! - from) * 2 < stretch) j++;
    const to = ends[j - 1]!;
    const n = (to - from) * 2;
    if (n > buf.length) buf = Buffer.allocUnsafe(Math.max(n, Math.min(stretch * 2, docs.bytes)));
    const piece = buf.subarray(0, n);
    if ((await readAt(fh, piece, start + split + from * 2)) < n) throw new Error('body truncated');
    add(piece);
    const text = piece.toString('utf16le');
    for (let at = from; i < j; at = ends[i++]!) docTexts.push(text.slice(at - from, ends[i]! - from));
    from = to;
  }
  // The rest: any document text after the last end, the chunks' own texts, the padding.
  const rest = Buffer.allocUnsafe(bytes - from * 2);
  if ((await readAt(fh, rest, start + split + from * 2)) < rest.length) throw new Error('body truncated');
  add(rest);
  const ownAt = own.offset - split - from * 2;
  return { docTexts, ownTexts: rest.toString('utf16le', ownAt, ownAt + own.bytes), crc };
}

function decode(header: Header, numeric: ArrayBuffer, texts: { docTexts: string[]; ownTexts: string }, split: number, version: number): LoadedSnapshot {
  const section = (name: string, kind: ArrayKind) => numericSection(header, name, kind, split);
  // Views into the one numeric buffer (every array starts 8-byte aligned): nothing is copied.
  const u32 = (name: string) => {
    const s = section(name, 'u32');
    return new Uint32Array(numeric, s.from, s.bytes / 4);
  };
  const { docTexts, ownTexts } = texts;
  const documents: KnowledgeDocument[] = header.documents.map((d, i) => ({ ...d, text: docTexts[i] ?? '' }));
  if (docTexts.length !== documents.length) throw new Error('document count mismatch');
  const chunkStart = u32('chunkStart');
  const chunkLen = u32('chunkLen');
  const chunkDoc = u32('chunkDoc');
  const chunkSection = u32('chunkSection');
  const chunkItem = u32('chunkItem');
  const n = chunkStart.length;
  if (chunkLen.length !== n || chunkDoc.length !== n || chunkSection.length !== n || chunkItem.length !== n) throw new Error('chunk arrays differ in length');
  const chunks: Chunk[] = new Array(n);
  let ownAt = 0;
  for (let id = 0; id < n; id++) {
    const doc = documents[chunkDoc[id]!];
    const where = header.sections[chunkSection[id]!];
    if (!doc || !where) throw new Error(`chunk ${id} points outside the snapshot`);
    const from = chunkStart[id]!;
    const to = (from === OWN_TEXT ? ownAt : from) + chunkLen[id]!;
    const source = from === OWN_TEXT ? ownTexts : doc.text;
    if (to > source.length) throw new Error('text offsets out of range');
    const text = source.slice(from === OWN_TEXT ? ownAt : from, to);
    if (from === OWN_TEXT) ownAt = to;
    const item = chunkItem[id]!;
    chunks[id] = { id, docId: doc.id, source: doc.title, section: where, text, ...(item ? { item: item - 1 } : {}) };
  }
  const postTf = section('postTf', 'u16');
  const boost = section('boost', 'f32');
  const lexical = LexicalIndex.fromData({
    terms: header.terms,
    offsets: u32('offsets'),
    postDocs: u32('postDocs'),
    postTf: new Uint16Array(numeric, postTf.from, postTf.bytes / 2),
    docLen: u32('docLen'),
    boost: new Float32Array(numeric, boost.from, boost.bytes / 4),
  });
  const index = KnowledgeIndex.fromParts({
    version,
    documents,
    chunks,
    lexical,
    aliases: header.aliases,
    facts: header.facts,
    dictionaryWords: header.dictionaryWords,
  });
  return { index, ...header.extras };
}
