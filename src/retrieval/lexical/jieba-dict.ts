// jieba's own dictionary (word, frequency, tag per line), read from its file each time it is
// needed and not kept: the tokenizer hands it to jieba once, the general-frequency table reads it
// once. `@node-rs/jieba/dict.js` would also read the 6 MB idf file nobody here uses, and its module
// keeps both buffers (11 MB) for the life of the process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function jiebaDictionary(): Buffer {
  return readFileSync(require.resolve('@node-rs/jieba/dict.txt'));
}
