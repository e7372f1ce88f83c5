// Question (+ session) → Answer. The one place every channel (HTTP, WeChat, CLI) asks through,
// so they all answer alike: exact facts first, then retrieval, the refusal gate, and a composer.
import type { Answer } from '../knowledge/types.ts';
import type { KnowledgeIndex } from '../retrieval/index.ts';
import { DEFAULT_GATE, weighEvidence, type Evidence, type GateThresholds } from './evidence.ts';
import { extract, sourceLine } from './extractive.ts';
import { refusal } from './refusal.ts';
import { mirrorScript, scriptOf, type Script } from './script.ts';
import { isFollowUp, MemorySessions, type SessionStore } from './session.ts';

/** Answers the questions a plan's structure answers exactly; null to fall through to retrieval. */
export type FactsAnswerer = (
  question: string,
  index: KnowledgeIndex,
  context: unknown,
) => { answer: Answer; context?: unknown } | null;

export interface AskOptions {
  sessionId?: string;
  /** Which front door asked: http, wechat, mp… (for the unanswered log and history). */
  channel?: string;
  /** Who asked, when known (an openid, a contact id): history is kept per owner. */
  owner?: string;
}

/** Told about every answer given, after it is given (logging, unanswered list, history). */
export type AnswerObserver = (question: string, answer: AnswerTrace, opts: AskOptions) => void;

export interface AnswerTrace extends Answer {
  evidence?: Evidence;
  query?: string;
}

export interface AnswererDeps {
  index: () => KnowledgeIndex;
  sessions?: SessionStore;
  facts?: FactsAnswerer;
  gate?: GateThresholds;
  observe?: AnswerObserver;
}

const RETRIEVE_K = 8;

export class Answerer {
  private readonly sessions: SessionStore;

  constructor(private readonly deps: AnswererDeps) {
    this.sessions = deps.sessions ?? new MemorySessions();
  }

  async ask(question: string, opts: AskOptions = {}): Promise<AnswerTrace> {
    const answer = await this.answer(question, opts);
    try {
      this.deps.observe?.(question, answer, opts);
    } catch {
      // An observer's failure (a full disk, say) must not cost the asker the answer.
    }
    return answer;
  }

  private async answer(question: string, opts: AskOptions): Promise<AnswerTrace> {
    const index = this.deps.index();
    const script = scriptOf(question);
    const session = opts.sessionId ? this.sessions.get(opts.sessionId) : undefined;
    const remember = (answer: AnswerTrace, factsContext?: unknown): AnswerTrace => {
      if (opts.sessionId) {
        this.sessions.set(opts.sessionId, { lastQuestion: question, factsContext, updatedAt: Date.now() });
      }
      return answer;
    };

    const fact = this.deps.facts?.(question, index, session?.factsContext);
    if (fact) return remember(mirrorScript(fact.answer, script), fact.context);

    const answer = this.retrieve(index, question, script, session?.lastQuestion);
    return remember(answer, session?.factsContext);
  }

  private retrieve(index: KnowledgeIndex, question: string, script: Script, previous?: string): AnswerTrace {
    let query = index.parse(question);
    let hits = index.search(query, RETRIEVE_K);
    let evidence = weighEvidence(index, query, hits, this.deps.gate ?? DEFAULT_GATE);
    // A follow-up ("其中第二项呢") carries its topic in the turn before: ask again with both.
    if (previous && isFollowUp(question)) {
      const joint = index.parse(`${previous} ${question}`);
      const jointHits = index.search(joint, RETRIEVE_K);
      const jointEvidence = weighEvidence(index, joint, jointHits, this.deps.gate ?? DEFAULT_GATE);
      if (jointEvidence.grounded) [query, hits, evidence] = [joint, jointHits, jointEvidence];
    }
    if (!evidence.grounded) return { ...refusal(index, script), evidence, query: query.normalized };
    const ex = extract(index, query, hits);
    if (!ex) return { ...refusal(index, script), evidence, query: query.normalized };
    const lead = script === 'english' ? 'The plan (in Chinese) says: ' : '';
    const answer: Answer = {
      answer: `${lead}${ex.body}\n${sourceLine(ex.lead)}`,
      grounded: true,
      citations: ex.citations,
      mode: 'extractive',
    };
    return { ...mirrorScript(answer, script), evidence, query: query.normalized };
  }
}
