// The one contract every file type is read through: bytes in, plain text out (lines are paragraphs
// or headings), plus what the reader noticed that an admin should know. Everything after reading —
// normalisation, structure, chunks, facts — is the same for every type, so a reader only has to get
// the words and their order right.

export interface ReadResult {
  /** The document's text; empty when the file holds no readable text (then `warnings` says why). */
  text: string;
  /** Problems with this file an admin can act on (a scanned PDF, an empty page), in plain words. */
  warnings: string[];
}

export interface DocumentReader {
  /** What the load report calls the type: `pdf`, `html`, `docx`… */
  readonly type: string;
  /** Lower-case file extensions with the dot, e.g. `.htm`. */
  readonly extensions: readonly string[];
  read(bytes: Buffer, file: string): Promise<ReadResult>;
}

/** A reader's failure on one file: the load report shows the message, the other files load. */
export class UnreadableDocument extends Error {}
