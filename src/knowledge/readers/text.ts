// Plain text and markdown: UTF-8 as it is. Markdown's markup (front matter, comments, rules) is
// stripped later by the loader, which also reads headings, so both types share this reader.
import { UnreadableDocument, type DocumentReader, type ReadResult } from './types.ts';

/** UTF-8 text or an error: a NUL byte means binary content under a text name (a renamed .doc, an image). */
export function decodeUtf8(bytes: Buffer): string {
  if (bytes.includes(0)) throw new UnreadableDocument('binary content, not text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableDocument('not valid UTF-8 text');
  }
}

async function readText(bytes: Buffer): Promise<ReadResult> {
  return { text: decodeUtf8(bytes), warnings: [] };
}

export const txtReader: DocumentReader = { type: 'txt', extensions: ['.txt'], read: readText };
export const mdReader: DocumentReader = { type: 'md', extensions: ['.md', '.markdown'], read: readText };
