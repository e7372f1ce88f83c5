// Word 97–2003 (.doc), the format of many older 通知 still on government sites, through
// word-extractor (pure JavaScript, reads the OLE compound file and its piece table).
import { UnreadableDocument, type DocumentReader } from './types.ts';

export const docReader: DocumentReader = {
  type: 'doc',
  extensions: ['.doc'],
  async read(bytes) {
    try {
      const { default: WordExtractor } = await import('word-extractor');
      const doc = await new WordExtractor().extract(bytes);
      // Word marks paragraphs with \r and cells with \x07; table rows read as lines.
      const text = doc.getBody().replace(/\r\n?/g, '\n').replace(/\x07/g, '\n');
      return { text, warnings: [] };
    } catch (err) {
      throw new UnreadableDocument(`cannot read .doc: ${(err as Error).message}`);
    }
  },
};
