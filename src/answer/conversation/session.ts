// Multi-turn memory: what a follow-up question ("其中第二项呢?") needs from the turn before it.
// Kept behind an interface so the store stage can persist it; the default lives in memory.
import type { Turn } from './antecedent.ts';

export interface SessionState {
  lastQuestion?: string;
  /** Opaque state the facts answerer hands back for follow-ups (e.g. the list it just gave). */
  factsContext?: unknown;
  /** The last few turns, for the LLM's rewrite prompt. */
  turns?: Turn[];
  /** Documents the answers came from, most recent last (answer/conversation/focus.ts). */
  docs?: string[];
  /** The outline item the last answer came from, in the last document. */
  item?: number;
  /** The last answer listed the parts of `item`: an ordinal next (`第二个是哪个部门指导的`) counts among them. */
  listed?: boolean;
  /** The last answer asked which document was meant: the question and the documents offered. */
  pending?: { question: string; candidates: string[] };
  updatedAt: number;
}

export interface SessionStore {
  get(id: string): SessionState | undefined;
  set(id: string, state: SessionState): void;
}

/** A bounded in-memory store: the oldest sessions are dropped first, so memory stays flat. */
export class MemorySessions implements SessionStore {
  private readonly map = new Map<string, SessionState>();

  constructor(
    private readonly capacity = 10_000,
    private readonly ttlMs = 30 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(id: string): SessionState | undefined {
    const s = this.map.get(id);
    if (!s) return undefined;
    if (this.now() - s.updatedAt > this.ttlMs) {
      this.map.delete(id);
      return undefined;
    }
    return s;
  }

  set(id: string, state: SessionState): void {
    this.map.delete(id);
    this.map.set(id, state);
    while (this.map.size > this.capacity) {
      const oldest = this.map.keys().next().value;
      if (oldest === undefined) break;
      this.map.delete(oldest);
    }
  }

  get size(): number {
    return this.map.size;
  }
}

// Words that point back at the previous turn: 其中, 它, 这些, 上述, 第二项, a bare 呢 at the end.
// (A demonstrative after 的 heads a description the question gives itself, `管金融发展的那个局`: it points at
// what it describes, not back.)
// (…unless what describes it is what was said: `你说的那个补贴`, `刚提到的这些措施`.)
// (`那这一块由哪个部门牵头`, `这方面有什么要求`: the part just spoken of.)
const ANAPHORA = /其中|它们?|(?<!的)(?:这些|那些|这个|那个)|(?<!的)[这那]一?(?:块|方面)(?![钱])|(?:说|讲|提|提到|介绍|问)的(?:这|那)(?:些|个)|该项|上述|前面|刚才|第[一二三四五六七八九十\d]+[项个条点]|呢[?？]?$/u;

export function isFollowUp(question: string): boolean {
  return ANAPHORA.test(question);
}
