// The register of written law and policy Chinese: the words a corpus of national laws, regulations and
// interpretations uses (data/register.tsv, made by scripts/build-register.ts). A word of a question that no
// loaded text uses may be the subject the texts lack (`贴息`, `所得税`, `营业执照` — words of the genre) or the
// asker's everyday way of saying what a text says otherwise (`撑腰`, `打头`, `挪到明年`): only the first is
// evidence that the texts do not answer.
import path from 'node:path';
import { TsvTable } from './tsv-table.ts';

export const REGISTER_FILE = path.join(import.meta.dirname, 'data', 'register.tsv');

let table: TsvTable | null = null;

/** Whether written law and policy Chinese uses the word (two or more Han characters; anything else: true). */
export function inWrittenRegister(word: string): boolean {
  if (!/^\p{Script=Han}{2,}$/u.test(word)) return true;
  // Read when first asked (a question whose words no text uses), not when the module is imported.
  table ??= TsvTable.read(REGISTER_FILE);
  return table.get(word) !== undefined;
}
