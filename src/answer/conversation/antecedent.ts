// `这属于21项任务里的哪一项？` after an answer about the 三大储库: the subject of the follow-up is a pointer
// to what was just said. The facts layer cannot read a pointer, but it can read the sentence it
// points to: the previous answer's first sentence stands in for it.

/** A follow-up whose subject is a pointer, asking where that thing belongs or what it is. */
const POINTER = /^(?:那|那么)?(?:这个|这项|这条|这一项|这|它|该项|此项)(?=[^，。？?]{0,8}?(?:属于|归|算在|算是|算哪|放在|列在|是哪|是第几))/u;

/** The previous turn as the session keeps it. */
export interface Turn {
  q: string;
  a: string;
  /** Whether that answer came from the documents (a refusal says nothing to point to). */
  grounded?: boolean;
}

/** The question with its pointer replaced by the previous answer's first sentence, or null. */
export function withAntecedent(question: string, last: Turn | undefined): string | null {
  if (!last?.grounded) return null;
  const m = POINTER.exec(question.trim());
  if (!m) return null;
  const said = /^[^。！？\n]{4,200}/u.exec(last.a.trim())?.[0];
  return said ? `${said}，${question.trim().slice(m[0].length)}` : null;
}
