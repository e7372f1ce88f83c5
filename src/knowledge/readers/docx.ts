// Word 2007+ (.docx) through mammoth's raw text: one line per paragraph, which is what the
// structure stage reads numbering from.
import { UnreadableDocument, type DocumentReader } from './types.ts';

export const docxReader: DocumentReader = {
  type: 'docx',
  extensions: ['.docx'],
  async read(bytes) {
    try {
      // Imported on first use: most knowledge folders have no .docx, and it costs start-up time.
      const { default: mammoth } = await import('mammoth');
      const { value } = await mammoth.extractRawText({ buffer: bytes });
      return { text: value, warnings: [] };
    } catch (err) {
      throw new UnreadableDocument(`cannot read .docx: ${(err as Error).message}`);
    }
  },
};
