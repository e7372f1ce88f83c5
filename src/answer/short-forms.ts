// A question that says a name by its short form (`公租房`, `住建局`) asked in the documents' own words.
import type { KnowledgeIndex } from '../retrieval/knowledge-index.ts';

/** A short form is three characters (see knowledge/short-forms.ts). */
const FORM_LENGTH = 3;
const HAN = /^\p{Script=Han}+$/u;

/**
 * The question with each short form one of these documents' names allows written out as that name
 * (`公租房收入准入限额` → `公共租赁住房收入准入限额`), or null when it says none. A short form ends where
 * a word of the question ends and starts where one starts (`公|租房|收入`: 公租房) — never across a word
 * (`应|按|两倍` holds no 应按两) — and only where the document does not use those three characters itself.
 */
export function writtenOut(index: KnowledgeIndex, question: string, docIds: readonly string[]): string | null {
  if (!docIds.length) return null;
  const bounds = new Set<number>([0]);
  // Where a word the documents do not use starts before a short form (`按公|租房`: jieba glues the
  // preposition to it), the short form still starts at its own character.
  const glued = new Set<number>();
  let at = 0;
  for (const w of index.tag(question)) {
    if (w.word.length === 2 && !docIds.some((id) => index.textIncludes(id, w.word))) glued.add(at + 1);
    bounds.add((at += w.word.length));
  }
  if (at !== question.length) return null;
  const pairs = pairForms(index, question, docIds);
  let out = '';
  let last = 0;
  for (let start = 0; start + FORM_LENGTH <= question.length; start++) {
    if (start < last || !(bounds.has(start) || glued.has(start)) || !bounds.has(start + FORM_LENGTH)) continue;
    const form = question.slice(start, start + FORM_LENGTH);
    if (!HAN.test(form)) continue;
    // (A document's short forms never include three characters its text uses: knowledge/short-forms.ts.)
    // The first document that writes the form out (looked up no further than that one).
    let name: string | undefined;
    for (const id of docIds) if ((name = index.fullName(id, form))) break;
    if (!name) continue;
    out += question.slice(last, start) + name;
    last = start + FORM_LENGTH;
  }
  out += question.slice(last);
  // Then the two-character forms, in what the three-character ones left.
  let said = last ? out : question;
  for (const [form, name] of pairs) if (!said.includes(name)) said = said.replace(form, name);
  return said !== question ? said : null;
}

/**
 * The two-character short forms a question says (`飞检`, `飞检组`, `年报`) with the names these documents
 * write them out as (knowledge/short-forms.ts pairFormOf). Only a pair the dictionary does not know as a
 * word of its own — unknown to it, or known as an abbreviation (j) — and no document here uses: `章节`,
 * `组成` are words, not short forms of anything. A longer unknown word may open with one (`飞检组`).
 */
function pairForms(index: KnowledgeIndex, question: string, docIds: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const w of index.tag(question)) {
    if (!(w.tag === 'x' || (w.tag === 'j' && w.word.length === 2)) || w.word.length < 2 || w.word.length > 3 || !HAN.test(w.word)) continue;
    const form = w.word.slice(0, 2);
    if (docIds.some((id) => index.textIncludes(id, form))) continue;
    let name: string | undefined;
    for (const id of docIds) if ((name = index.pairName(id, form))) break;
    if (name) out.push([form, name]);
  }
  return out;
}
