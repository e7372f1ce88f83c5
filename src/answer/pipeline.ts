// Question (+ session) → Answer. The one place every channel (HTTP, WeChat, CLI) asks through, so
// they all answer alike. Order of work: rewrite a follow-up → exact facts → retrieval → refusal
// gate → LLM (when configured) → extractive fallback. A refused question never reaches the LLM.
import type { Logger } from 'pino';
import type { Answer } from '../knowledge/types.ts';
import type { Hit, KnowledgeIndex, ParsedQuery } from '../retrieval/knowledge-index.ts';
import { coverageOf, DEFAULT_GATE, typedEvidence, weighEvidence, type Evidence, type GateThresholds } from './gate.ts';
import { openingArticle, sourceLabel } from './extractive.ts';
import { extractStatingFigure } from './figure-lead.ts';
import { generate, type GenerateFailure, type StreamSink } from './llm/generate.ts';
import type { LlmDeps } from './llm/chat-model.ts';
import { isInjection } from './injection.ts';
import type { FactsContext } from './facts/intent.ts';
import { speakersNamedIn } from './facts/people.ts';
import { areaCitedIn, taskQuotedIn } from './facts/reply.ts';
import { refusal } from './refusal.ts';
import { asksOf, GENERIC_THING, quotedOf, unanswered, unnamedKind, usesQuoted, venueUnstated, yearsOf, otherOrdinal } from './asked.ts';
import { answerFromDocs, itemByLabel, outlineList, pickCandidate, pointsAtItemOnly, sourceReply } from './facts/documents.ts';
import { FOCUS_KEPT, resolveFocus } from './conversation/focus.ts';
import { smallTalk } from './smalltalk.ts';
import { withoutPreface } from './preface.ts';
import { itemSwap, rewriteByRules, subjectOf, withoutAsk, withPointedThing } from './conversation/rewrite.ts';
import { llmRewrite } from './conversation/rewrite-llm.ts';
import { asksSource, pointedArticle, withAntecedent } from './conversation/antecedent.ts';
import { maskPii } from '../text/pii.ts';
import { normalizeQuery, spokenAsking } from '../text/normalize.ts';
import { writtenOut } from './short-forms.ts';
import { respelled } from './respell.ts';
import { unlistedSet } from './set-members.ts';
import { quotedAsWritten } from './as-written.ts';
import { askedAmountKinds, statesAmountOf } from '../text/numerals.ts';
import { plainText } from './plain-text.ts';
import { ordinalAsk } from '../text/english-ordinal.ts';
import { mirrorScript, scriptOf, type Script } from './script.ts';
import { MemorySessions, type SessionState, type SessionStore } from './conversation/session.ts';

/** Answers the questions a plan's structure answers exactly; null to fall through to retrieval. */
export type FactsAnswerer = (
  question: string,
  index: KnowledgeIndex,
  context: unknown,
  /** With several plans loaded, the one retrieval finds the question closest to. */
  preferDocId?: string,
) => { answer: Answer; context?: unknown } | null;

export interface AskOptions {
  sessionId?: string;
  /** Which front door asked: http, wechat, mp… (for the unanswered log and history). */
  channel?: string;
  /** Who asked, when known (an openid, a contact id): history is kept per owner. */
  owner?: string;
}

export interface AnswerTrace extends Answer {
  evidence?: Evidence;
  query?: string;
  /** The standalone question a follow-up was rewritten into. */
  rewritten?: string;
  /** Why the LLM's answer was not used (the answer is then extractive). */
  llmFailure?: GenerateFailure;
}

/** Told about every answer given, after it is given (logging, unanswered list, history). */
export type AnswerObserver = (question: string, answer: AnswerTrace, opts: AskOptions) => void;

export type { LlmDeps } from './llm/chat-model.ts';

export interface AnswererDeps {
  index: () => KnowledgeIndex;
  sessions?: SessionStore;
  facts?: FactsAnswerer;
  gate?: GateThresholds;
  observe?: AnswerObserver;
  llm?: LlmDeps;
  log?: Logger;
}

/** An answer, the facts context a follow-up may refer to, and whether a streaming sink still needs its text. */
interface Outcome {
  answer: AnswerTrace;
  context: unknown;
  whole: boolean;
  /** Retrieval ran without the embedder (it failed): not to be remembered. */
  degraded?: boolean;
  /** Where the answer came from: the conversation's focus next turn. */
  docId?: string;
  item?: number;
  /** The answer listed the parts of `item`. */
  listed?: boolean;
  /** The answer asked which document was meant. */
  pending?: { question: string; candidates: string[] };
  /** A refused or partly answered turn's document — the one it named or was asked of: still the conversation's. */
  askedOf?: string;
}

const RETRIEVE_K = 8;
/** Words of a plan's own lists and their places: a question with one asks the plan's structure, whatever came before. */
const PLAN_LISTS_ASKED = /任务|方面|板块|目标|指标|发布人|发布会|保障措施|第[\d一二三四五六七八九十]+(?:项|个)/u;
/** What each ask of a question asked one at a time must have found of its words (askByAsk). */
const ASK_COVERAGE = 0.5;
const ASK_BEST_COVERAGE = 0.45;
const TURNS_KEPT = 4;
/** The documents of this many best passages are read for a short form the question uses. */
const SHORT_FORM_DOCS = 3;

export class Answerer {
  private readonly sessions: SessionStore;

  constructor(private readonly deps: AnswererDeps) {
    this.sessions = deps.sessions ?? new MemorySessions();
  }

  get llmModel(): string | null {
    return this.deps.llm?.model.id ?? null;
  }

  /**
   * Answers a question. With `sink.onDelta` the text is streamed as it is written; the returned
   * answer is final and checked, and replaces what was streamed when a check failed.
   */
  async ask(question: string, opts: AskOptions = {}, sink: StreamSink = {}): Promise<AnswerTrace> {
    const answer = await this.answer(question, opts, sink);
    try {
      this.deps.observe?.(question, answer, opts);
    } catch {
      // An observer's failure (a full disk, say) must not cost the asker the answer.
    }
    return answer;
  }

  private async answer(question: string, opts: AskOptions, sink: StreamSink): Promise<AnswerTrace> {
    const index = this.deps.index();
    const session = opts.sessionId ? this.sessions.get(opts.sessionId) : undefined;
    let outcome: Outcome;
    if (isInjection(question)) {
      this.deps.log?.warn({ event: 'injection_refused' }, 'refused an attempt to change the rules');
      outcome = { answer: refusal(index, scriptOf(question)), context: session?.factsContext, whole: true };
    } else if (!session?.lastQuestion && !session?.factsContext && !this.deps.llm) {
      // Nothing before it to resolve against and no model to ask: the answer depends on the
      // question and the index alone, and the same questions come back (menus, FAQs, load).
      const key = `answer:${question}`;
      outcome = await index.rememberAsync(key, () => this.decide(question, undefined, index, {}));
      // A ranking made without the embedder (it failed) is not kept: the next asker may get the full one.
      if (outcome.degraded) index.forget(key);
    } else {
      outcome = await this.decide(question, session, index, sink);
    }
    outcome = { ...outcome, answer: quotedAsWritten(index, outcome.answer) };
    if (outcome.whole) sink.onDelta?.(plainText(outcome.answer));
    if (opts.sessionId) this.sessions.set(opts.sessionId, nextState(index, session, question, outcome));
    return outcome.answer;
  }

  /** The answer and what a follow-up may refer to; `whole` when it still has to be sent to a streaming sink. */
  /**
   * `byAsk`: whether a question of several asks may still be asked one ask at a time (askByAsk) — not
   * when it is one of those asks, or the question written out again.
   */
  private async decide(question: string, session: SessionState | undefined, index: KnowledgeIndex, sink: StreamSink, writtenOutOnce = false, byAsk = true): Promise<Outcome> {
    // The reply to "which document?" (`第二个`, `天河那个`): the question it was asked about, of that document.
    const pick = session?.pending ? pickCandidate(index, question, session.pending.candidates) : undefined;
    if (pick && session?.pending) {
      const { pending: _asked, ...rest } = session;
      return this.decide(session.pending.question, { ...rest, docs: [...(session.docs ?? []).filter((d) => d !== pick), pick] }, index, sink);
    }
    // `老铁问一下，…`: the preface says a question is coming; the question is the rest.
    question = spokenAsking(withoutPreface(index, question));
    // `那第13项呢` after `第12项由谁负责`: the same question of item 13, before item 13 is looked up alone.
    question = itemSwap(question, session?.lastQuestion) ?? question;
    const script = scriptOf(question);
    const keep = session?.factsContext;
    // Greetings and thanks depend on the question and the plan titles only.
    const chat = index.remember(`smalltalk:${question}`, () => smallTalk(question, index, script));
    if (chat) return { answer: chat, context: keep, whole: true };

    // `这条在哪部法里？`: the document and article the last answer came from.
    const from = session?.turns?.at(-1)?.grounded && session.docs?.length && asksSource(question) ? sourceReply(index, session.docs.at(-1)!, session.item) : null;
    if (from) return { answer: mirrorScript(from.answer, script), context: keep, whole: true, ...located(from) };
    // `违反这条的话…` after `…第九条讲的是什么`: the article in focus by its label, in its document.
    const article = pointedArticle(index, question, session?.docs?.at(-1), session?.item);
    if (article) question = article.question;
    // The document the conversation is on, when the question does not name another.
    const focus = article ? { docId: article.docId, definite: true, question } : resolveFocus(index, question, session?.docs ?? []);
    const itemInFocus = session?.item !== undefined && focus.docId === session.docs?.at(-1);
    // (The question as asked, when the focus took the document's name off it: a name it says may be another
    // document's that this one cites, `…若干措施，文号是多少` of the rules that carry the 若干措施 out.)
    const focusArg = focus.docId ? { docId: focus.docId, definite: focus.definite, ...(itemInFocus ? { item: session!.item, ...(session!.listed ? { listed: true } : {}) } : {}), ...(focus.question !== question ? { whole: question } : {}) } : undefined;
    // What the documents state about themselves and their items (who issued it, item N, who leads X),
    // from the document the question points to.
    const ownFacts = (q: string) => index.remember(`docs:${JSON.stringify(focusArg ?? null)}:${q}`, () => answerFromDocs(index, q, focusArg));
    const own = ownFacts(focus.question);
    if (own) {
      const asked = own.candidates ? { pending: { question: focus.question, candidates: own.candidates } } : {};
      return { answer: mirrorScript(own.answer, script), context: keep, whole: true, ...located(own), ...asked };
    }

    // A follow-up resolved against the list just given ("其中第二项") is the facts' own business.
    const planFocus = focus.docId && index.facts.some((f) => f.docId === focus.docId) ? focus.docId : undefined;
    const prefer = (q: string) => planFocus ?? closestPlan(index, q);
    // A question put to another document by name or pointer (`国家职业教育改革实施方案对…`, `这个办法…`) is
    // not the plans' to answer — nor one asked on in a conversation about another document
    // (`武汉公积金贷款可以选哪几种还款方式？`, then `贷款以后还能换吗？`): a plan's topic (its 金融 measures) is no
    // answer about that paper. (One that asks of a plan's own lists — `重点任务第5项`, `第三个方面`, `发布人` — still is.)
    const elsewhere = focus.docId !== undefined && !planFocus && (focus.definite || !PLAN_LISTS_ASKED.test(question));
    // (`What does the seventh area cover?`: the plan's facts read it as `第七个方面是什么？`.)
    const asked = script === 'english' ? (ordinalAsk(question) ?? question) : question;
    // `他上一位呢` after an answer that named a speaker from a passage: the speakers it named are the list the
    // follow-up counts in (the facts set that list themselves when they answered).
    const lastTurn = session?.turns?.at(-1);
    const named = lastTurn?.grounded && (session?.factsContext as FactsContext | undefined)?.lastList?.kind !== 'speakers' ? speakersNamedIn(index.facts, lastTurn.a) : null;
    const factsContext = named ? { lastList: named } : session?.factsContext;
    const direct = elsewhere ? null : keptTo(index, asked, this.deps.facts?.(asked, index, factsContext, prefer(asked)));
    if (direct) return { answer: mirrorScript(direct.answer, script), context: direct.context, whole: true };
    // `这属于哪一项？`: the facts read the sentence the pointer stands for.
    const pointed = elsewhere ? null : withAntecedent(question, session?.turns?.at(-1));
    const viaAntecedent = pointed ? keptTo(index, pointed, this.deps.facts?.(pointed, index, factsContext, prefer(pointed))) : null;
    if (viaAntecedent) return { answer: mirrorScript(viaAntecedent.answer, script), context: viaAntecedent.context, whole: true };

    // A question that points back (`回到前面那个办法，…`) is asked without its pointer: the focus says which document.
    // A definite reference to the document in focus (这个办法, 它) is resolved by the focus itself: the
    // question is asked of that document as it stands, not glued to the previous one. A model, when
    // configured, still writes the standalone question (its prompt reads the turns).
    const rewritten =
      focus.question !== question
        ? focus.question
        : focus.definite && !this.deps.llm
          ? pointedRewrite(question, session, index)
          : ((await this.rewrite(question, session, index)) ?? elliptical(index, question, session));
    const q = rewritten ?? question;
    if (rewritten) this.deps.log?.info({ rewritten: maskPii(rewritten) }, 'follow-up rewritten');
    const withRewrite = (a: AnswerTrace): AnswerTrace => (rewritten ? { ...a, rewritten } : a);

    const ownAgain = rewritten ? ownFacts(q) : null;
    if (ownAgain) return { answer: withRewrite(mirrorScript(ownAgain.answer, script)), context: keep, whole: true, ...located(ownAgain) };
    const fact = rewritten && !elsewhere ? keptTo(index, q, this.deps.facts?.(q, index, factsContext, prefer(q))) : null;
    if (fact) return { answer: withRewrite(mirrorScript(fact.answer, script)), context: fact.context, whole: true };

    // `这条谁负责？` when the turn before found nothing (or there was none) and no item is in focus: it points at
    // nothing the conversation holds, and a passage that merely says 负责 is not the one meant.
    if (!itemInFocus && pointsAtItemOnly(question) && !session?.turns?.at(-1)?.grounded) {
      return { answer: withRewrite(refusal(index, script)), context: keep, whole: true, ...(focus.docId ? { askedOf: focus.docId } : {}) };
    }
    const query = index.parse(q);
    let degraded = false;
    // The ranking over the whole knowledge base, made only when it is used: a question scoped to a
    // document it names or points to definitely is answered from that document or refused, and over
    // the laws that ranking of every chunk was most of such a question's cost.
    const everywhere = () => index.searchAsync(query, RETRIEVE_K, () => (degraded = true));
    const base = this.deps.gate ?? DEFAULT_GATE;
    // An English question reaches the text through dictionary senses, several per word and some of them
    // wrong (`contract` → 合同, where the text says 签约): its share found is lower for the same evidence.
    const byScript = script === 'english' ? { ...base, minCoverage: base.minCoverage * ENGLISH_SHARE, minBestCoverage: base.minBestCoverage * ENGLISH_SHARE } : base;
    // A question that names its document outright (`无证无照经营查处办法里，明知…还把仓库租给他存货，会被怎么处罚？`)
    // is asked within it: the asker has said where the answer stands, so a passage that holds less of the
    // everyday wording (租给/存货 for 提供…仓储条件) is evidence enough — among one text's articles, not 1,584 laws'.
    // (Only where most of the question is words some loaded text uses: EXPLICIT_KNOWN.)
    const gate = focus.explicit && knownShare(index, query) >= EXPLICIT_KNOWN ? { ...byScript, minCoverage: byScript.minCoverage * EXPLICIT_SHARE, minBestCoverage: byScript.minBestCoverage * EXPLICIT_SHARE } : byScript;
    // A follow-up is answered from the document in focus first — ranked among that document's passages
    // only — and from the whole knowledge base only when that document cannot answer and another
    // passage covers the question clearly (a new subject).
    const scope = focus.docIds ?? (focus.docId ? [focus.docId] : undefined);
    // A focus that holds every passage (one plan loaded, the focus of nearly every turn) ranks exactly as
    // everywhere does: one ranking, and no second look elsewhere that could only find the same passages
    // (with sessionIds that second ranking and its weighing were a fifth of a refused turn's cost).
    const whole = scope !== undefined && index.holdsAll(scope);
    let hits = scope && !whole ? await index.searchAsync(query, RETRIEVE_K, () => (degraded = true), scope) : await everywhere();
    const inFocus = focus.docId && !focus.definite ? weighEvidence(index, query, plainOrder(hits), gate) : undefined;
    // The weighing of the hits kept, when already made: the evidence below weighs the same hits again otherwise.
    let weighed = inFocus;
    if (inFocus && !inFocus.grounded && !whole) {
      const elsewhere = (await everywhere()).slice(0, RETRIEVE_K);
      // A new subject: clearly covered elsewhere (FOCUS_LEAVE of the question, in all and in one
      // passage), or covered there and far better than in the focus (`长护险的失能评估收费标准` after a
      // question on the employment list).
      const there = weighEvidence(index, query, plainOrder(elsewhere), gate);
      const clearly = there.coverage >= Math.max(gate.minCoverage, FOCUS_LEAVE) && there.bestCoverage >= Math.max(gate.minBestCoverage, FOCUS_LEAVE);
      if (clearly || (!focus.named && there.grounded && there.coverage - inFocus.coverage >= FOCUS_MARGIN)) {
        hits = elsewhere;
        weighed = there;
      }
    }
    // Evidence and the extract depend on the question and the index only: remembered per index.
    // Not when the embedder failed: those hits are not what the question normally gets.
    const remembered = <T>(key: string, make: () => T): T => (degraded ? make() : index.remember(focus.docId ? `${key}\u0000${focus.docId}:${focus.definite}` : key, make));
    const evidence = remembered(`evidence:${q}`, () => {
      const plain = plainOrder(hits);
      return typedEvidence(index, query, plain, weighed ?? weighEvidence(index, query, plain, gate));
    });
    // (`国家那个…意见里，有一条专门讲…的吧？` refused: the next turn's `这条谁负责？` is still of that document.)
    const askedOf = focus.docId ? { askedOf: focus.docId } : {};
    const refused = (): Outcome => ({ answer: withRewrite({ ...refusal(index, script), evidence, query: query.normalized }), context: keep, whole: true, degraded, ...askedOf });
    // `公租房`, `住建局`: a name said by its short form, which the documents found write out. Before a
    // refusal or a partial answer, the question is asked once more in their words.
    const inFull = async (): Promise<Outcome | null> => {
      if (writtenOutOnce) return null;
      const docs = [...new Set([focus.docId, ...hits.slice(0, SHORT_FORM_DOCS).map((h) => h.chunk.docId)])].filter((d): d is string => d !== undefined);
      const full = writtenOut(index, question, docs);
      // (`碳达风`, `企叶`: a word typed by its sound, one character off the documents' word.)
      const heard = respelled(index, full ?? question, docs) ?? full;
      return heard ? this.decide(heard, session, index, sink, true) : null;
    };
    const refuse = async (): Promise<Outcome> => (await inFull()) ?? refused();
    if (!evidence.grounded) return refuse();
    // A follow-up glued to the last question's subject (`企业融资难，明天的天气怎么样`) must still be
    // answered in its own words somewhere: words of its own that no passage found mean a new topic.
    if (rewritten && rewritten !== focus.question && !question.includes(rewritten)) {
      // Its own nouns (天气, 明天), not what asks (`能补多少`): a bare follow-up has none. (Nor a word for "a thing",
      // `哪两样东西`, which the tagger reads as a place.)
      const nouns = new Set(index.tag(question).filter((w) => /^[nts]/u.test(w.tag) && w.word.length >= 2 && !GENERIC_THING.test(w.word)).map((w) => w.word));
      const parsed = index.parse(question);
      const own = { ...parsed, concepts: parsed.concepts.filter((c) => nouns.has(c.text)) };
      if (own.concepts.length && coverageOf(index, own, hits.slice(0, 3)).share === 0) return refused();
    }
    // The best passages may be an item that enumerates, or a press question whose answer is the items under it.
    const listed = remembered(`outline-list:${q}`, () => {
      for (const h of hits.slice(0, 3)) {
        const r = outlineList(index, q, h.chunk);
        if (r) return r;
      }
      return null;
    });
    if (listed) return { answer: withRewrite({ ...mirrorScript(listed.answer, script), evidence, query: query.normalized }), context: keep, whole: true, degraded, ...located(listed) };
    const ex = remembered(`extract:${q}`, () => extractStatingFigure(index, query, hits, gate.minBestCoverage));
    if (!ex) return refuse();
    // The text covers the topic but not what is asked — no amount for a question that asks only for one,
    // nothing of the slot it asks to fill (哪个平台, 平均月工资), not the year it names: say what the text
    // does say, and what it does not — never an answer that looks like one.
    const unnamed = unnamedKind(query, ex.body);
    const gaps = ex.missingAmount
      ? []
      : [
          ...unanswered(index, query, `${ex.body} ${ex.lead.chunk.section.join(' ')}`, ex.lead.chunk.docId, ex.lead.chunk.text, ex.lead.chunk.source),
          ...(unnamed ? [unnamed] : []),
          // (`发布会在哪儿开的`: a venue asked and none named.)
          ...(venueUnstated(query, ex.shown ?? ex.body) ? ['具体地点'] : []),
          // (`第一场讲的什么` of a text about the 第二场 and no other.)
          ...[otherOrdinal(query, ex.shown ?? ex.body, index.document(ex.lead.chunk.docId)?.text ?? '')].filter((x): x is string => !!x),
          // (`“六个一体化”，这六个具体都是啥`: a set named by its count whose members the text lists nowhere.)
          ...[unlistedSet(question, ex.shown ?? ex.body, index.document(ex.lead.chunk.docId)?.text ?? '')].filter((x): x is string => !!x).map((set) => `${set}具体是哪些`),
        ];
    if (ex.missingAmount || gaps.length) {
      const again = await inFull();
      if (again && again.answer.grounded) return again;
      // (Of a question of several asks, each ask on its own may be answered: `…多少天内要去报到？拖着不去会怎么样`.)
      const byEach = byAsk && !writtenOutOnce ? await this.askByAsk(question, session, index, focus.explicit ? focus.docId : undefined) : null;
      if (byEach) return byEach;
      const what = gaps.length ? `“${gaps.join('”“')}”` : (ex.missingWhat ?? '具体数额');
      const shown = ex.shown ?? ex.body;
      const said = script === 'english' ? `The documents do not state this. What they say: ${shown}` : `文件没有写明${what}。相关内容是：${shown}`;
      const partial: Answer = { body: said, sources: [sourceLabel(ex.lead)], grounded: false, citations: ex.citations, mode: 'refusal' };
      return { answer: withRewrite({ ...mirrorScript(partial, script), evidence, query: query.normalized }), context: keep, whole: true, degraded, ...askedOf };
    }

    let llmFailure: GenerateFailure | undefined;
    if (this.deps.llm) {
      const res = await this.generate(q, hits, sink);
      // The prompt asks for the asker's script; conversion makes sure of it (idempotent when obeyed).
      if ('answer' in res) return { answer: withRewrite({ ...mirrorScript(res.answer, script), evidence, query: query.normalized }), context: keep, whole: false };
      llmFailure = res.failure;
    }
    // The answering text may be a plan, a law or a notice: named by what it is, not assumed a plan.
    const english = script === 'english' ? 'The document (in Chinese) says: ' : '';
    const answer: Answer = {
      body: `${english}${ex.shown ?? ex.body}${ownerNote(index, ex.lead.chunk, ex.shown ?? ex.body)}`,
      sources: [sourceLabel(ex.lead)],
      grounded: true,
      citations: ex.citations,
      mode: 'extractive',
    };
    const trace: AnswerTrace = { ...mirrorScript(answer, script), evidence, query: query.normalized, ...(llmFailure ? { llmFailure } : {}) };
    const lead = ex.lead.chunk;
    // The article the answer quotes, when it opens with one (a passage of a law holds several): the item in focus next.
    const quoted = openingArticle(ex.shown ?? ex.body);
    const item = (quoted ? itemByLabel(index, lead.docId, quoted) : undefined) ?? lead.item;
    return { answer: withRewrite(trace), context: keep, whole: true, degraded, docId: lead.docId, ...(item !== undefined ? { item } : {}) };
  }

  /**
   * A question of several asks whose passages, found for the whole, state nothing of what is asked
   * (`多交了税自己申请退，税务局要多长时间查实办理？要是税务局自己查出来我多交了呢`: the words of each ask
   * dilute the other's) is asked as the conversation it would be — each ask in turn, a later one in the
   * focus the earlier answers set. (Not a question the gate refused whole: asked one at a time, its asks
   * were answered about as often wrongly as rightly.) The answer gives each ask's answer;
   * null unless every ask is answered, from one document (`docId`, when the question names it).
   */
  private async askByAsk(question: string, session: SessionState | undefined, index: KnowledgeIndex, docId: string | undefined): Promise<Outcome | null> {
    const asks = asksOf(question);
    if (!asks) return null;
    const outcomes: Outcome[] = [];
    let state = session;
    for (const ask of asks) {
      const o = await this.decide(ask, state, index, {}, false, false);
      // Every ask answered, or none: an ask the text does not answer beside one it does is most often the
      // question's real ask, the other its setting (`…对电动自行车集中充电棚有补贴吗`).
      if (!o.answer.grounded) return null;
      // An ask on its own has few words, and a few found make it look covered: each ask's passages must
      // hold at least half its weight (an answer of the facts has no passages to weigh, and is kept).
      const ev = o.answer.evidence;
      if (ev && (ev.coverage < ASK_COVERAGE || ev.bestCoverage < ASK_BEST_COVERAGE)) return null;
      // …and come from one document, the one the question names when it names one: asks of one question are
      // of one paper (`国庆春节走高速免费从哪天几点到几点？收费公路管理条例里怎么规定的` is not answered by the
      // holiday rules).
      const paper = docId ?? outcomes.find((x) => x.docId)?.docId;
      if (paper && o.docId && o.docId !== paper) return null;
      outcomes.push(o);
      state = nextState(index, state, ask, o);
    }
    // (Two asks the same passage answers are answered once.)
    const body = [...new Set(outcomes.map((o) => o.answer.body))].join('\n');
    const citations = outcomes.flatMap((o) => o.answer.citations).filter((c, k, all) => all.findIndex((x) => x.text === c.text && x.source === c.source) === k);
    const sources = [...new Set(outcomes.flatMap((o) => o.answer.sources))];
    const first = outcomes[0]!;
    const last = outcomes.at(-1)!;
    return {
      answer: { ...first.answer, body, citations, sources, grounded: true },
      context: last.context,
      whole: true,
      ...(outcomes.some((o) => o.degraded) ? { degraded: true } : {}),
      ...(last.docId ? { docId: last.docId } : {}),
      ...(last.item !== undefined ? { item: last.item } : {}),
    };
  }

  private async rewrite(question: string, session: SessionState | undefined, index: KnowledgeIndex): Promise<string | null> {
    if (!session?.lastQuestion) return null;
    const list = (session.factsContext as FactsContext | undefined)?.lastList;
    // Only a task list maps "第二项" to a task; other lists are the facts answerer's business.
    const lastList = list?.kind === 'tasks' ? list : undefined;
    const context = { previous: session.lastQuestion, ...answerSaid(session), ...(lastList ? { lastTasks: lastList.taskNos, ...(lastList.planId ? { planId: lastList.planId } : {}) } : {}) };
    // Depends on the two questions, the list and the index only.
    const byRules = index.remember(`rewrite:${JSON.stringify(context)}:${question}`, () => rewriteByRules(question, context, index));
    if (!byRules || !this.deps.llm) return byRules;
    // With a model, the rewrite prompt reads the turns; the rules are its fallback.
    return (await llmRewrite(this.deps.llm, session.turns ?? [], question, this.deps.log)) ?? byRules;
  }

  private async generate(question: string, hits: Hit[], sink: StreamSink): Promise<{ answer: Answer } | { failure: GenerateFailure }> {
    const llm = this.deps.llm!;
    const log = this.deps.log ?? silentLog;
    let streamed = false;
    const tracked: StreamSink = {
      ...sink,
      ...(sink.onDelta
        ? {
            onDelta: (t: string) => {
              streamed = true;
              sink.onDelta!(t);
            },
          }
        : {}),
    };
    const res = await generate({ model: llm.model, prompts: llm.prompts, log, timeoutMs: llm.timeoutMs }, question, hits, tracked);
    if ('failure' in res && streamed) sink.onReset?.();
    return res;
  }
}

/** The answer before, when it was grounded, and its document: it names the thing a pointer stands for (`这个证` of `…必须持有采药证`). */
function answerSaid(session: SessionState): { answer?: string; docId?: string } {
  const last = session.turns?.at(-1);
  return last?.grounded && session.docs?.length ? { answer: last.a, docId: session.docs.at(-1)! } : {};
}

/** A follow-up on the document in focus that points at a thing the answer before named (`那这个证是哪个部门发的`): with that thing. */
function pointedRewrite(question: string, session: SessionState | undefined, index: KnowledgeIndex): string | null {
  return session?.lastQuestion ? withPointedThing(question, { previous: session.lastQuestion, ...answerSaid(session) }, index) : null;
}

/** The session after a turn: the turns, and the focus, which follows what was answered (a refusal leaves it). */
function nextState(index: KnowledgeIndex, session: SessionState | undefined, question: string, outcome: Outcome): SessionState {
  const turns = [...(session?.turns ?? []), { q: question, a: plainText(outcome.answer).slice(0, 300), grounded: outcome.answer.grounded }].slice(-TURNS_KEPT);
  const answeredFrom = outcome.answer.grounded ? (outcome.docId ?? docOfCitation(index, outcome.answer)) : undefined;
  // A turn refused within the document it named or was asked of leaves that document the conversation's (not the
  // one before it); the item in focus stays only when the document does.
  const on = answeredFrom ?? outcome.askedOf;
  const docs = on ? [...(session?.docs ?? []).filter((d) => d !== on), on].slice(-FOCUS_KEPT) : (session?.docs ?? []);
  const item = answeredFrom ? outcome.item : on && on !== session?.docs?.at(-1) ? undefined : session?.item;
  return {
    // A refused turn established no subject: a question glued to the one before it is not kept as
    // the next turn's context (out-of-scope questions in a row would otherwise glue into one).
    lastQuestion: outcome.answer.grounded ? (outcome.answer.rewritten ?? question) : question,
    factsContext: quotedTask(index, outcome) ?? outcome.context,
    turns,
    docs,
    ...(item !== undefined ? { item } : {}),
    ...(item !== undefined && (answeredFrom ? outcome.listed : session?.listed) ? { listed: true } : {}),
    ...(outcome.pending ? { pending: outcome.pending } : {}),
    updatedAt: Date.now(),
  };
}

/**
 * An answer from the text (not the facts, which hand back their own list) that quotes one task of a plan: that task
 * is what the next turn's `它`, `同一块的另一项` point at, as if the facts had given it.
 */
function quotedTask(index: KnowledgeIndex, outcome: Outcome): FactsContext | null {
  if (!outcome.answer.grounded || outcome.answer.mode === 'facts' || !index.facts.length) return null;
  const list = taskQuotedIn(index.facts, outcome.answer.body) ?? areaCitedIn(index.facts, outcome.answer.citations[0]);
  return list ? { lastList: list } : null;
}

/** The share of the question's weight its words some loaded text uses carry. */
function knownShare(index: KnowledgeIndex, query: ParsedQuery): number {
  let known = 0;
  let total = 0;
  for (const c of query.concepts) {
    const w = index.conceptIdf(c);
    total += w;
    if (index.known(c)) known += w;
  }
  return total > 0 ? known / total : 1;
}

/** How much of the Chinese gate an English question must meet. */
const ENGLISH_SHARE = 0.75;
/** The share of the gate's thresholds a question must meet within a document it names outright. */
const EXPLICIT_SHARE = 0.5;
/**
 * …when the words some loaded text uses carry this much of the question: the rest are the asker's own
 * (`铁路法里能不能在铁道边放羊`: 放羊 for the text's 放牧). A question most of whose weight no text uses
 * (`穗好办上网上申请`) asks of a thing the named text cannot be speaking of, and the full share holds.
 */
const EXPLICIT_KNOWN = 0.5;

/** A plan is "the one meant" only when its best passage clearly outranks the other plans' best. */
const PLAN_MARGIN = 1.3;

/**
 * The plan whose passages rank first for the question, when more than one plan is loaded and
 * retrieval tells them apart; undefined when it does not ("一共有几项任务" fits every plan).
 */
function closestPlan(index: KnowledgeIndex, question: string): string | undefined {
  if (index.facts.length < 2) return undefined;
  const plans = new Set(index.facts.map((f) => f.docId));
  const best = new Map<string, number>();
  for (const h of index.search(index.parse(question), 40)) {
    if (plans.has(h.chunk.docId) && !best.has(h.chunk.docId)) best.set(h.chunk.docId, h.score);
  }
  const [first, second] = [...best].sort((a, b) => b[1] - a[1]);
  if (!first) return undefined;
  return !second || first[1] >= second[1] * PLAN_MARGIN ? first[0] : undefined;
}

/** Coverage another document's passages need to take a follow-up away from the focus. */
const FOCUS_LEAVE = 0.75;
/** …or how much more of it they cover than the focus does. */
const FOCUS_MARGIN = 0.4;

/**
 * Who leads the item the answer quotes, from that item's own annotation, when the quoted sentences
 * leave it out: a measure is answered with its owner (`（银保监会及各地区按职责分工负责）`).
 */
function ownerNote(index: KnowledgeIndex, chunk: Hit['chunk'], body: string): string {
  if (chunk.item === undefined) return '';
  const doc = index.document(chunk.docId);
  const owners = doc?.facts?.owners ?? [];
  // Of an item whose measures close with units of their own, the quoted measure's units — found where the
  // answer's first sentence stands — or none: another measure's units are not this one's.
  const measures = owners.filter((x) => x.measureOf === chunk.item);
  const at = measures.length ? doc!.text.indexOf(body.replace(/^[（(][^（）()]*[）)]/u, '').slice(0, 20)) : -1;
  const o = measures.length ? measures.find((m) => at >= m.start && at < m.end) : owners.find((x) => x.index === chunk.item);
  if (!o || !(o.lead || o.responsible)) return '';
  // Units under a role of their own (`指导部门：…`) are named by it, never as the lead.
  const role = o.columns?.length === 1 && o.kind !== 'row' ? o.columns[0]!.name : '';
  const who = role ? `${role}：${o.lead ?? o.responsible}` : o.lead ? `${o.lead}牵头${o.support ? `，${o.support}按职责分工负责` : ''}` : `${o.responsible}负责`;
  return body.includes(o.lead ?? o.responsible!) ? '' : `（${who}）`;
}

/**
 * A question with nothing of its own to ask about (`能补多少？`, `要多久？`): it is about the subject of
 * the question before it, which becomes its subject (`数字化诊断补贴能补多少？`).
 */
function elliptical(index: KnowledgeIndex, question: string, session: SessionState | undefined): string | null {
  // Nothing of its own: no word the documents know (`能补`, `房租` where the text says 租金 are not).
  if (!session?.lastQuestion || index.parse(question).concepts.some((c) => index.known(c))) return null;
  // (The previous question's topic, not its ask: `…补贴能领多久` lends `…补贴` to `那每个月补多少钱`.)
  const subject = withoutAsk(subjectOf(session.lastQuestion));
  return subject ? `${subject}，${question}` : null;
}

/**
 * A plan's fact answers the question only if it keeps to what the question pins down: the year it
 * names (`到2024年末…多少家` is not the 2025 target), a name it quotes (`“专精特新”企业的目标` is no
 * target the plan sets) and the kind of figure it asks — and only if the question is not another loaded
 * document's (namesAnotherDocument). Otherwise retrieval answers, and says what the text does not state.
 */
function keptTo<T extends { answer: Answer }>(index: KnowledgeIndex, question: string, r: T | null | undefined): T | null {
  if (!r) return null;
  const q = normalizeQuery(question);
  const said = [r.answer.body, ...r.answer.citations.map((c) => c.text)].join('\n');
  if (yearsOf(q).some((y) => !said.includes(y))) return null;
  // …and the kind of figure it asks for: `能补多少钱`, `要多久` are not answered by a count of firms.
  const kinds = askedAmountKinds(q);
  if (kinds.length && !statesAmountOf(r.answer.body, kinds)) return null;
  // …and of the plan it answers from: a word of the question that plan never uses and another loaded document is
  // titled by (`我现在交的是职工医保，想改参加城乡居民医保，第一步要做什么？` beside a notice on 城乡居民医保) says the
  // question is that document's — its story clauses set aside, `第一步` was read as the plan's task 1.
  const answering = docOfCitation(index, r.answer);
  if (answering && namesAnotherDocument(index, question, answering)) return null;
  // A name the asker quotes is what the answer speaks of, or the passages it cites do (`后半截“实施……三年行动”中间那几个字`
  // is not answered by a target that says 三年累计实施…; `名次目标大多要“稳居”，哪个是往上蹿的` is, by the passage of
  // targets that says 稳居 of the others).
  const quoted = quotedOf(q);
  if (quoted.length) {
    const text = [said, ...citedPassages(index, answering, r.answer)].join('\n').toLowerCase();
    if (quoted.some((name) => !usesQuoted(text, name))) return null;
  }
  return r;
}

/**
 * The hits in the order their words alone rank them: a passage lifted for stating the kind of figure asked (Hit.plain)
 * answers first, but whether the text speaks of what is asked at all is weighed as before (`迎峰度夏的补贴标准` of a
 * notice on the Spring Festival's peak: its subsidy figures are no evidence of a summer one).
 */
function plainOrder(hits: Hit[]): Hit[] {
  if (!hits.some((h) => h.plain !== undefined)) return hits;
  return [...hits].sort((a, b) => (b.plain ?? b.score) - (a.plain ?? a.score) || a.chunk.id - b.chunk.id);
}

/** The passages of the answering document that hold a sentence the answer cites. */
function citedPassages(index: KnowledgeIndex, docId: string | undefined, answer: Answer): string[] {
  const range = docId === undefined ? undefined : index.chunkRange(docId);
  if (!range) return [];
  // (A citation clipped around its key opens with `…`; one too short to tell a passage, `2023—2025年`, finds none.)
  const cited = answer.citations.map((c) => c.text.replace(/^…+/u, '').slice(0, CITED_PREFIX)).filter((t) => t.length >= CITED_MIN);
  const out: string[] = [];
  for (let i = range.from; i < range.to; i++) {
    const text = index.chunks[i]!.text;
    if (cited.some((t) => text.includes(t))) out.push(text);
  }
  return out;
}
/** How much of a cited sentence finds its passage: its opening, which a passage split at sentences keeps whole. */
const CITED_PREFIX = 20;
const CITED_MIN = 8;

/**
 * A title word names one document, or a few: one found in more titles (`办法`, `条例`, `管理`) names a kind of
 * document, not which.
 */
const TITLE_WORD_DOCS_MAX = 3;

/**
 * Whether the question says a word `docId` never uses (in its text or title, in any of the word's forms) that names
 * another primary document in its title: the policies loaded for the city, not the reference laws beside them, whose
 * 1,584 titles hold most everyday words of an asker's story (档案, 统计, 森林) once or twice.
 */
function namesAnotherDocument(index: KnowledgeIndex, question: string, docId: string): boolean {
  if (index.documents.length < 2) return false;
  const own = index.document(docId)?.title ?? '';
  // (The primary documents picked out once per index: a question would otherwise walk all 1,585 for each word.)
  const primary = index.once('primary-documents', () => index.documents.filter((d) => d.primary));
  return index.parse(question).concepts.some((c) => {
    if (!/^\p{Script=Han}{2,}$/u.test(c.text) || own.includes(c.text) || index.mentionsText(docId, c)) return false;
    let titled = 0;
    for (const d of primary) if (d.id !== docId && d.title.includes(c.text) && ++titled > TITLE_WORD_DOCS_MAX) return false;
    return titled > 0;
  });
}

function located(r: { docId?: string; item?: number; listed?: boolean }): { docId?: string; item?: number; listed?: boolean } {
  return { ...(r.docId ? { docId: r.docId } : {}), ...(r.item !== undefined ? { item: r.item, ...(r.listed ? { listed: true } : {}) } : {}) };
}

/** The document an answer's first citation quotes (facts answers of the plan name it by title). */
function docOfCitation(index: KnowledgeIndex, a: Answer): string | undefined {
  const source = a.citations[0]?.source;
  if (!source) return undefined;
  const byTitle = index.once('doc-by-title', () => new Map(index.documents.map((d) => [d.title, d.id])));
  return byTitle.get(source);
}

const noop = () => undefined;
const silentLog = { warn: noop, info: noop, error: noop, debug: noop } as unknown as Logger;

export type { Script };
