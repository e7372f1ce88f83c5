// KNOWLEDGE_DIR → documents. Every file a reader knows (readers/: .txt, .md, .docx, .pdf, .html,
// .doc) below the folder is one document; other files (facts overrides, alias tables, word lists)
// are data for other stages and are not indexed.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { normalizeDocument, wideForms } from '../text/normalize.ts';
import { segment, type Item } from './structure.ts';
import { rejoinCellLines } from './cell-lines.ts';
import { pipeTablesToRows } from './pipe-tables.ts';
import { rejoinWrappedLines } from './wrapped-lines.ts';
import { extractDocFacts } from './facts/document.ts';
import { DOCUMENT_EXTENSIONS, readerFor, type ReadResult } from './readers/registry.ts';
import type { KnowledgeDocument } from './types.ts';

export interface LoadWarning {
  file: string;
  reason: string;
}

export interface LoadResult {
  documents: KnowledgeDocument[];
  warnings: LoadWarning[];
}

// Data for other stages (aliases, facts overrides, word lists, the regression eval): not documents.
const DATA_EXT = new Set(['.json', '.yaml', '.yml', '.jsonl']);

/** A file the walk did not read, and why (every one is named in the load report). */
interface Skipped {
  file: string;
  reason?: string;
}

async function listFiles(dir: string, skipped: Skipped[] = [], seen = new Set<string>()): Promise<string[]> {
  // A link back to a folder above (laws → ..) must not send the walk round in circles.
  const real = await realpath(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    // Admins link shared corpora into the folder: follow links (a broken one is reported).
    const kind = e.isSymbolicLink() ? await stat(full).catch(() => null) : e;
    if (!kind) {
      skipped.push({ file: full, reason: 'broken link: its target does not exist or cannot be read' });
      continue;
    }
    const ext = path.extname(e.name).toLowerCase();
    if (kind.isDirectory()) {
      // Read like any folder, but a folder named like a document is usually a mistake worth a line.
      if (readerFor(e.name)) skipped.push({ file: full, reason: `a folder named like a document (${ext}): not read as one, the files inside it are` });
      out.push(...(await listFiles(full, skipped, seen)));
    } else if (kind.isFile() && readerFor(e.name)) out.push(full);
    else if (kind.isFile() && !DATA_EXT.has(ext)) skipped.push({ file: full });
    else if (!kind.isFile()) skipped.push({ file: full, reason: 'not a regular file (a FIFO, socket or device): skipped' });
  }
  return out.sort();
}

/** Front matter and HTML comments are metadata, not text anyone should be answered from. */
const FRONT_MATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

export function stripMarkup(raw: string): string {
  return raw
    .replace(FRONT_MATTER, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^\s*(?:[-*_]\s*){3,}$/gm, '');
}

const BOOK_TITLE_HEADING = /^《[^》]{4,60}》[^。，；：]{0,8}$/u;
/** How the name of a document of the genre ends: its kind, perhaps with a bracketed note (`（试行）`, `（2025—2027年）`). */
const GENRE_END = /(?:通知|意见|方案|办法|决定|规定|细则|措施|条例|计划|规划|指南|清单|公告|通告|批复|法)(?:[（(][^）)]{1,16}[）)])?$/u;

/** The name people know a document by: a markdown H1, a 《…》 heading line, else the first line. */
export function documentTitle(text: string, fallback: string): string {
  const lines = text.split('\n');
  const h1 = lines.find((l) => /^#\s/.test(l));
  if (h1) return h1.replace(/^#\s+/, '').trim();
  // `…的通知国办发〔2020〕43号`: the document number run into the title line is not part of the name.
  const first = lines[0]?.replace(/^#+\s*/, '').replace(/(?<=通知|意见|方案|办法|决定|规定)[\p{Script=Han}]{1,8}〔\d{4}〕\d+号$/u, '').trim();
  // A press conference's headline (`…主题系列新闻发布会召开`) is not the name of what it interprets; the
  // `《…》解读` heading below it is. A first line that is a document's own name (`关于印发《…》的通知`) is,
  // whatever `《…》政策解读` links a web page lists under it.
  const named = first !== undefined && first.length <= 60 && GENRE_END.test(first);
  const book = named ? undefined : lines.find((l) => BOOK_TITLE_HEADING.test(l));
  if (book) return book;
  return first && first.length <= 60 ? first : fallback;
}

export function buildDocument(id: string, raw: string, primary = false): KnowledgeDocument {
  return outlinedDocument(id, raw, primary).document;
}

/** buildDocument, with the outline its facts were read from (the chunker reads the same one). */
export function outlinedDocument(id: string, raw: string, primary = false): { document: KnowledgeDocument; items: Item[] } {
  const norm = normalizeDocument(stripMarkup(raw));
  const fallback = path.basename(id, path.extname(id));
  // Item markers at the start of lines, whatever the source's layout (structure.ts); a table laid out
  // one cell per line back to a row per line first (cell-lines.ts), or its row numbers read as items; a
  // markdown table's rows as cells between tabs, or each short row reads as a heading (pipe-tables.ts).
  const text = segment(pipeTablesToRows(rejoinWrappedLines(rejoinCellLines(norm.text))));
  const title = documentTitle(text, fallback);
  const wide = wideForms(raw);
  const { facts, items } = extractDocFacts({ id, title, text });
  return {
    document: {
      id,
      title,
      text,
      facts,
      rawChars: raw.length,
      glossesRemoved: norm.glossesRemoved,
      anomalies: norm.anomalies,
      primary,
      ...(wide ? { writtenWide: wide } : {}),
    },
    items,
  };
}

/** Only front matter (`---` … `---`): a site generator's folder metadata (`_index.md`), not a document. */
export function isMetadataOnly(raw: string): boolean {
  return FRONT_MATTER.test(raw) && !stripMarkup(raw).trim();
}

export interface LoadOptions {
  /** Called after each file with the files done so far, for progress output on large folders. */
  onFile?: (done: number, total: number) => void;
}

/** Files read ahead while the current one is normalised: disk and CPU overlap. */
const READ_AHEAD = 8;

/** The document files below `dir` (sorted), and a warning for each file the walk left out. */
export async function findDocuments(dir: string): Promise<{ files: string[]; warnings: LoadWarning[] }> {
  const skipped: Skipped[] = [];
  let files: string[];
  try {
    files = await listFiles(dir, skipped);
  } catch (err) {
    return { files: [], warnings: [{ file: dir, reason: `cannot read folder: ${(err as Error).message}` }] };
  }
  const warnings = skipped.map(({ file, reason }) => ({
    file: documentId(dir, file),
    reason: reason ?? `unsupported file type ${path.extname(file) || '(none)'}: convert it to one of ${DOCUMENT_EXTENSIONS.join(', ')}`,
  }));
  return { files, warnings };
}

/** A document's id: its path below the knowledge folder, with `/` separators. */
export function documentId(dir: string, file: string): string {
  return path.relative(dir, file).split(path.sep).join('/');
}

/** One file read (or being read) as a document, with its outline; an unreadable or empty file is a warning, never fatal. */
export async function loadDocument(
  id: string,
  read: Promise<ReadResult>,
  primary: boolean,
): Promise<{ document: KnowledgeDocument | null; items: Item[]; warnings: LoadWarning[] }> {
  const warnings: LoadWarning[] = [];
  try {
    const { text: raw, warnings: noticed } = await read;
    // What the reader noticed (a scanned PDF…) is reported whether or not text came out.
    for (const reason of noticed) warnings.push({ file: id, reason });
    const { document, items } = outlinedDocument(id, raw, primary);
    if (!document.text.trim()) {
      if (!isMetadataOnly(raw) && !noticed.length) warnings.push({ file: id, reason: 'empty document' });
      return { document: null, items: [], warnings };
    }
    return { document, items, warnings };
  } catch (err) {
    warnings.push({ file: id, reason: (err as Error).message });
    return { document: null, items: [], warnings };
  }
}

/** Reads every document; an unreadable or empty file is a warning, never fatal. */
export async function loadKnowledge(
  dir: string,
  isPrimary: (id: string) => boolean = () => false,
  opts: LoadOptions = {},
): Promise<LoadResult> {
  const documents: KnowledgeDocument[] = [];
  const { files, warnings } = await findDocuments(dir);
  const reads = new Map<number, Promise<ReadResult>>();
  const read = (i: number) => {
    const p = readDocument(files[i]!);
    p.catch(() => undefined); // awaited below; an early failure must not count as unhandled
    reads.set(i, p);
  };
  for (let i = 0; i < Math.min(READ_AHEAD, files.length); i++) read(i);
  for (let i = 0; i < files.length; i++) {
    const id = documentId(dir, files[i]!);
    const pending = reads.get(i)!;
    reads.delete(i);
    if (i + READ_AHEAD < files.length) read(i + READ_AHEAD);
    const { document, warnings: noticed } = await loadDocument(id, pending, isPrimary(id));
    warnings.push(...noticed);
    if (document) documents.push(document);
    opts.onFile?.(i + 1, files.length);
  }
  return { documents, warnings };
}

/** A document's raw text, by the reader for its type (readers/). */
export async function readDocument(file: string): Promise<ReadResult> {
  const reader = readerFor(file);
  if (!reader) throw new Error(`no reader for ${path.extname(file) || 'a file without extension'}`);
  return reader.read(await readFile(file), file);
}
