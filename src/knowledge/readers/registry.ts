// Every reader, by file extension: the loader, the upload route and the load report ask here
// which files are documents and how to read them.
import path from 'node:path';
import { docReader } from './doc.ts';
import { docxReader } from './docx.ts';
import { htmlReader } from './html.ts';
import { pdfReader } from './pdf.ts';
import { mdReader, txtReader } from './text.ts';
import type { DocumentReader } from './types.ts';

export const READERS: readonly DocumentReader[] = [txtReader, mdReader, docxReader, pdfReader, htmlReader, docReader];

const BY_EXTENSION = new Map(READERS.flatMap((r) => r.extensions.map((ext) => [ext, r] as const)));

/** The reader for a file name, or undefined for a type that is not a document. */
export function readerFor(file: string): DocumentReader | undefined {
  return BY_EXTENSION.get(path.extname(file).toLowerCase());
}

/** Every extension a document may have, for messages and the upload check (`.txt, .md, …`). */
export const DOCUMENT_EXTENSIONS: readonly string[] = [...BY_EXTENSION.keys()];

export { UnreadableDocument, type DocumentReader, type ReadResult } from './types.ts';
