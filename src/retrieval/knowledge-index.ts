// An immutable snapshot of the knowledge base: documents, chunks, tokenizer and lexical index.
// A reload builds a new one beside the old and swaps a single reference, so a request always
// sees one whole index.
import { normalizeQuery } from '../text/normalize.ts';
import { lowerOrSame } from '../text/lower.ts';
import { askedAmountKinds, ASKS_AMOUNT, CITING, isMoneyVerb, statesAmountOf, type AmountKind } from '../text/numerals.ts';
import type { PlanFacts } from '../knowledge/facts/plan.ts';
import type { Chunk, KnowledgeDocument } from '../knowledge/types.ts';
import { mayShorten, pairFormOf, shortFormOf, wordsOf } from '../knowledge/short-forms.ts';
import { aliasWords, matchAliases, NO_ALIASES, wordSpans, type Aliases, type WordSpans } from './aliases.ts';
import { bridgeEnglish, chineseGloss, definedAsWord, isEnglishStopword, isEnglishVoice, kbSenses, pinyinNames, wordForms } from './lexical/english.ts';
import { charsWeight, dictionaryWeight, generalWeight } from './lexical/general.ts';
import { DEFAULT_FUSION, fuse, similarities, type DenseVectors } from './dense/fusion.ts';
import { assemble, primaryFirst, type IndexInput } from './assemble.ts';
import { LexicalIndex, type DocRange, type QueryTerm } from './lexical/bm25.ts';
import { Memo } from './memo.ts';
import { adjacent, PHRASE_BONUS, phrasePairs } from './lexical/phrase.ts';
import { createTokenizer, quotedTerms, type Tokenizer } from './lexical/tokenize.ts';
import type { Concept, Hit, ParsedQuery } from './types.ts';

export { PRIMARY_BOOST, type IndexInput, type IndexProgress } from './assemble.ts';

export type { Concept, Hit, ParsedQuery } from './types.ts';

/** Documents whose lower-cased text is kept for matching (a text per question that asks for a figure). */
const LOWERED_DOCS = 32;
/** Titles whose names English questions may spell in pinyin. */
const MAX_NAMED_TITLES = 200;
/** Joins the parts of a phrase that counts as found when every part is (`居住\u0001小区`). */
export const ALL_OF = '\u0001';
/** Weight of a word that came from the alias table rather than from the question itself. */
const ALIAS_WEIGHT = 0.8;
/** BM25 candidates examined per result wanted. */
const RERANK_POOL = 5;
/** A passage covering nothing of the question keeps this share of its BM25 score (before squaring). */
const COVERAGE_FLOOR = 0.2;
/** What follows a word for the paper when it points at the paper: where in it, or what it says (`文件鼓励…`, `文件点名由谁来干`). */
const PAPER_POINTED = '里|中|上|给|说|写|提|讲|开头|结尾|最后|前面|后面|末尾|希望|要求|规定|对|把|没|有没有|怎么|用|列|鼓励|支持|允许|点名|明确|强调|指出|交代|表述|定了|定的|打算';
/**
 * Words for the paper a question is asked of (`文件`, `原文`, `文中`, `全文`), each with how it is said when it points
 * at the paper: after a pointer or 的, or opening its clause before PAPER_POINTED.
 */
const PAPER_WORDS = new Map(['文件', '原文', '文中', '全文'].map((w) => [w, new RegExp(`(?:这份|这个|那份|那个|该|本|的)${w}|(?<!\\p{Script=Han})${w}(?=${PAPER_POINTED})`, 'u')]));
/** A run jieba may have glued a pointer to: `那`/`这`/`该`/`此` and two characters or more. */
const POINTER_LED = /^[那这该此]\p{Script=Han}{2,}$/u;
/** Credit for a concept found only in a passage's section path or document title. */
export const CONTEXT_CREDIT = 0.5;
/**
 * A word no loaded text uses, found in a passage as a word of the same sense and a character in common — the
 * text's own word for it (`开采` of the asker, `采掘` of the plan: extract; `成立` of `新成立的公司`, `设立` of the rules:
 * establish; `守住` / `保持` share no character and are not taken): it counts for this much as evidence (credit()), and a
 * close one (Concept.closeKin) weighs this much as a term of the ranking. A sense alone is too loose a tie (`电话` and `召开` are both `call`).
 */
export const KIN_CREDIT = 0.6;
/** A word of more senses than this says none of them precisely (as english.ts kbSenses keeps the text's words). */
const KIN_SENSES_MAX = 4;
/** More close kin than this: the shared character is a morpheme many words are made with, not a word's own sense. */
const CLOSE_KIN_MAX = 2;
/** A close kin found in more than this share of the passages is too common a word to rank by. */
const KIN_DF_SHARE = 0.15;
/** …counted only from this many passages: in a text of a few passages, every word is in a good share of them. */
const KIN_DF_MIN = 3;
/**
 * What a word no document uses weighs against one they do, at equal rarity. Such a word can be what
 * the question is really after (`办公地址`), but as often it is the asker's own way of saying it
 * (`开药` for 处方用药, `卧床`, `我爸`): the gate still counts it, at this share, and the typed checks
 * after it (the kind of figure asked, the place named, the slot of 哪个/多少) say what the text lacks.
 */
const ABSENT_SHARE = 0.7;
/** An abbreviation more words than this could stand for is not read as any of them. */
const MAX_EXPANSIONS = 3;
/** General weight of an English word the bridge found no Chinese for. */
const UNBRIDGED_WEIGHT = 0.4;

/**
 * Below this mean weight of its characters, a two-character string the dictionary does not list is
 * taken for two words the tokenizer cut apart (`时间内报给` → 内报, `报备一下就行` → 就行, `不检定能用吗` → 能用):
 * it weighs as its characters do, not as the rare token the documents happen to hold. A coined term
 * (留辽, 年猪, 报备) has a character that says something and keeps its full weight, as does a pair led by
 * a quality, a distinction or a number, or ending in a quality — the shapes short forms are coined in
 * (强市 of 制造业强市, 副高 of 副高级职称, 两新, 正高).
 */
const CUT_APART_CHARS = 0.2;
/** Questions (and their rankings) remembered per index: the same questions come back (menus, FAQs). */
const MEMO_SIZE = 1000;
/** Texts longer than this are not kept in the memo of tag lists (see tag()). */
const TAG_MEMO_CHARS = 80;

export class KnowledgeIndex {
  readonly builtAt = new Date();
  private readonly parsed = new Memo<string, ParsedQuery>(MEMO_SIZE);
  private readonly ranked = new Memo<string, Hit[]>(MEMO_SIZE);
  private readonly queryTokens = new Memo<string, string[]>(MEMO_SIZE * 4);
  private readonly tagged = new Memo<string, { word: string; tag: string }[]>(MEMO_SIZE * 4);
  private readonly phraseIdf = new Memo<string, number>(MEMO_SIZE * 4);
  // conceptIdf by the concept object (a parsed query's concepts are never changed after parsing);
  // weak, so it holds nothing the parse memo has let go.
  private readonly idfByConcept = new WeakMap<Concept, number>();
  // Several entries per question (answer, facts, small talk, evidence, extract): room for as many
  // questions as the rankings hold.
  private readonly derived = new Memo<string, unknown>(MEMO_SIZE * 5);
  private readonly lasting = new Map<string, unknown>();
  private readonly lowered = new Memo<string, string>(LOWERED_DOCS);
  // fullName's readings, apart from `derived`: few (document, form) pairs pass mayShorten, each read by
  // tagging runs of a law, and the answers of distinct questions turned the shared memo over before
  // the same pair was asked again.
  private readonly shortForms = new Memo<string, string | null>(MEMO_SIZE);
  // Each chunk's text, source and section in lower case, made the first time a question reaches the
  // chunk: ranking asks every candidate about every concept, and lower-casing per asking was a
  // tenth of a question's cost over the laws. Text with nothing to lower is kept as the same string.
  private readonly loweredChunks: (LoweredChunk | undefined)[] = [];

  private constructor(
    readonly version: number,
    readonly documents: KnowledgeDocument[],
    readonly chunks: Chunk[],
    readonly tokenizer: Tokenizer,
    readonly lexical: LexicalIndex,
    private readonly aliases: Aliases,
    /** Structured facts of the documents that are plans. */
    readonly facts: PlanFacts[],
    /** Chunk embeddings, when an embedding model is configured and worked; null = lexical only. */
    readonly dense: DenseVectors | null = null,
    /** Words added to jieba's dictionary (quoted names, aliases): a snapshot rebuilds the same tokenizer. */
    readonly dictionaryWords: string[] = [],
  ) {}

  /** The words the tokenizer is built with: names the documents quote, and the alias table's words. */
  static dictionaryWords(documents: KnowledgeDocument[], aliases: Aliases): string[] {
    return KnowledgeIndex.wordsOf(quotedTerms(documents.map((d) => d.text)), aliases);
  }

  /** The same from the names the documents quote, in document order (a build's threads find them document by document). */
  static wordsOf(quoted: Iterable<string>, aliases: Aliases): string[] {
    return [...new Set([...quoted, ...aliasWords(aliases)])];
  }

  static build(opts: IndexInput): KnowledgeIndex {
    const { tokenizer, words, documents } = KnowledgeIndex.prepare(opts);
    const steps = assemble(opts, tokenizer, documents);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return KnowledgeIndex.assembled(opts, documents, tokenizer, words, step.value);
  }

  /** build(), yielding to the event loop every few tens of milliseconds: a reload does not stall requests. */
  static async buildAsync(opts: IndexInput): Promise<KnowledgeIndex> {
    const { tokenizer, words, documents } = KnowledgeIndex.prepare(opts);
    const steps = assemble(opts, tokenizer, documents);
    let step = steps.next();
    while (!step.done) {
      await new Promise((resolve) => setImmediate(resolve));
      step = steps.next();
    }
    return KnowledgeIndex.assembled(opts, documents, tokenizer, words, step.value);
  }

  private static prepare(opts: IndexInput) {
    const words = KnowledgeIndex.dictionaryWords(opts.documents, opts.aliases ?? NO_ALIASES);
    return { words, tokenizer: createTokenizer(words), documents: primaryFirst(opts.documents) };
  }

  // The section path and the document title are indexed with the text: a continued chunk of
  // 四是… still belongs to it, and an article of 劳动合同法 is about 劳动合同 even when it never says so.
  private static assembled(
    opts: IndexInput,
    documents: KnowledgeDocument[],
    tokenizer: Tokenizer,
    words: string[],
    built: { chunks: Chunk[]; lexical: LexicalIndex },
  ): KnowledgeIndex {
    return new KnowledgeIndex(opts.version, documents, built.chunks, tokenizer, built.lexical, opts.aliases ?? NO_ALIASES, opts.facts ?? [], null, words);
  }

  /** An index from stored parts (src/retrieval/snapshot.ts, or a build's: build-files.ts): nothing is chunked or tokenised again. */
  static fromParts(parts: {
    version: number;
    documents: KnowledgeDocument[];
    chunks: Chunk[];
    lexical: LexicalIndex;
    aliases: Aliases;
    facts: PlanFacts[];
    dictionaryWords: string[];
    /** Made with dictionaryWords already (by the build that cut the chunks). */
    tokenizer?: Tokenizer;
  }): KnowledgeIndex {
    if (parts.lexical.size !== parts.chunks.length) throw new Error(`lexical index has ${parts.lexical.size} documents for ${parts.chunks.length} chunks`);
    const tokenizer = parts.tokenizer ?? createTokenizer(parts.dictionaryWords);
    return new KnowledgeIndex(parts.version, parts.documents, parts.chunks, tokenizer, parts.lexical, parts.aliases, parts.facts, null, parts.dictionaryWords);
  }

  /**
   * The knowledge base's words by the English words of their senses (english.ts kbSenses): the bridge of an English
   * question, and the kin of a word no text uses (parse: kinOf). Made on first use, or by the warm-up after listen.
   */
  get englishSenses(): ReadonlyMap<string, readonly string[]> {
    return this.once('english-senses', () => kbSenses(this.lexical.vocabulary(), (t) => this.lexical.df(t)));
  }

  /** Names in the documents' titles by their pinyin (Chengchuan → 澄川), for English questions. */
  get titleNames(): ReadonlyMap<string, string> {
    // The primary documents' titles (the policies loaded for this city): a corpus of laws beside them
    // would make hundreds of thousands of spellings for names nobody asks about in English.
    // …and the people those plans name (their speakers, `Wang Guojun` → 王国君): a name is spelled in pinyin.
    const speakers = () => this.facts.filter((f) => f.primary).flatMap((f) => f.speakers.map((s) => s.name));
    return this.once('title-names', () => pinyinNames([...this.documents.filter((d) => d.primary).slice(0, MAX_NAMED_TITLES).map((d) => d.title), ...speakers()]));
  }

  /** The aliases the index applies to questions. */
  get aliasGroups(): Aliases {
    return this.aliases;
  }

  /** The same snapshot with chunk vectors attached (one row per chunk, in chunk order). */
  withDense(dense: DenseVectors): KnowledgeIndex {
    if (dense.matrix.length !== this.chunks.length * dense.dims) {
      throw new Error(`${dense.model}: ${dense.matrix.length / dense.dims} vectors for ${this.chunks.length} chunks`);
    }
    return new KnowledgeIndex(this.version, this.documents, this.chunks, this.tokenizer, this.lexical, this.aliases, this.facts, dense, this.dictionaryWords);
  }

  /** The same index under another version number (a snapshot loaded by a later reload). */
  withVersion(version: number): KnowledgeIndex {
    return new KnowledgeIndex(version, this.documents, this.chunks, this.tokenizer, this.lexical, this.aliases, this.facts, this.dense, this.dictionaryWords);
  }

  /**
   * Remembers anything derived from this index alone (an answer to a question asked without a
   * session, say): bounded, and gone with the index at the next reload. `key` must name everything
   * the value depends on besides the index; the value is shared, so callers must not mutate it.
   */
  remember<T>(key: string, make: () => T): T {
    return this.derived.get(key, make) as T;
  }

  /**
   * Structures derived once from this index (a title index, a chunk → document table): kept for the
   * index's life, never evicted — `remember` is a bounded cache that distinct questions keep turning over.
   * Keys must come from a small fixed set (per document at most), never from a question.
   */
  once<T>(key: string, make: () => T): T {
    let v = this.lasting.get(key) as T | undefined;
    if (v === undefined && !this.lasting.has(key)) {
      v = make();
      this.lasting.set(key, v);
    }
    return v as T;
  }

  /** The document with this id (a table built once per index). */
  document(id: string): KnowledgeDocument | undefined {
    return this.once('documents-by-id', () => new Map(this.documents.map((d) => [d.id, d]))).get(id);
  }

  /**
   * The name `form` is the short form of in this document (`公共租赁住房` for 公租房, knowledge/short-forms.ts),
   * or undefined. Only the runs of its text that can hold such a name are tagged (shortFormOf), and
   * mayShorten rules most forms out without any: reading all of a law's names took ~5 ms, on the
   * request path of the first question about it.
   */
  fullName(docId: string, form: string): string | undefined {
    const d = this.document(docId);
    if (!d || !mayShorten(d.text, d.title, form)) return undefined;
    return this.shortForms.get(`${docId}\u0000${form}`, () => shortFormOf(d.text, d.title, form, (run) => this.nameWords(run)) ?? null) ?? undefined;
  }

  /**
   * The four-character name a two-character short form stands for in this document (`飞行检查` for 飞检,
   * knowledge/short-forms.ts pairFormOf), or undefined; remembered with fullName's readings.
   */
  pairName(docId: string, form: string): string | undefined {
    const d = this.document(docId);
    if (!d) return undefined;
    return this.shortForms.get(`${docId}\u0001${form}`, () => pairFormOf(d.text, d.title, form, (run) => this.tokenizer.tag(run)) ?? null) ?? undefined;
  }

  /** A run's words for short forms: a name the index added to the dictionary whole (`公共租赁住房` from a title) is read in its words. */
  private nameWords(run: string): { word: string; tag: string }[] {
    return this.tokenizer.tag(run).flatMap((w) => (w.tag === 'nz' && w.word.length >= 4 ? wordsOf(w.word, this.tokenizer.pieces(w.word)).map((word) => ({ word, tag: 'n' })) : [w]));
  }

  /** A document's text in lower case, for matching question phrases: the last few asked about are kept. */
  lowerText(id: string): string {
    return this.lowered.get(id, () => this.document(id)?.text.toLowerCase() ?? '');
  }

  /**
   * lowerText(id).includes(word), without lower-casing a law for a word of Han characters only: lower
   * case maps no character to a Han one nor a Han one to another, and never to nothing, so such a word
   * is in the lowered text exactly where it is in the text. (A law's text lowered is ~40 KB made per
   * question that reaches it; the memo keeps only the last few.)
   */
  textIncludes(id: string, word: string): boolean {
    if (!HAN_ONLY.test(word)) return this.lowerText(id).includes(word);
    return this.document(id)?.text.includes(word) ?? false;
  }

  /** mentionsLowered(lowerText(id), c), each phrase looked up by textIncludes: a law is lower-cased only for a phrase not all Han. */
  mentionsText(id: string, c: Concept): boolean {
    for (const p of c.phrases) {
      // (A figure is never all Han: textIncludes would have lower-cased the text for it too.)
      if (figureEdged(p) ? wholeFigureIn(this.lowerText(id), p) : this.textIncludes(id, p)) return true;
      if (p.includes(ALL_OF) && p.split(ALL_OF).every((x) => this.textIncludes(id, x))) return true;
    }
    return false;
  }

  forget(key: string): void {
    this.derived.delete(key);
  }

  /** `remember` for work that finishes later: concurrent askers share one run; a failed run is forgotten. */
  rememberAsync<T>(key: string, make: () => Promise<T>): Promise<T> {
    const run = this.derived.get(key, () =>
      make().catch((err: unknown) => {
        this.derived.delete(key);
        throw err;
      }),
    );
    return run as Promise<T>;
  }

  /**
   * tokenizer.tag, remembered: the facts layer tags the same leftovers question after question.
   * Read-only. A long text is tagged afresh instead: its parse, which tags it, is remembered anyway,
   * and a follow-up glued to the subjects before it (turn after turn of a conversation about laws the
   * index does not hold) runs to hundreds of characters — 4,000 of those tag lists held 155 MB.
   */
  tag(text: string): { word: string; tag: string }[] {
    if (text.length > TAG_MEMO_CHARS) return this.tokenizer.tag(text);
    return this.tagged.get(text, () => this.pointersApart(this.tokenizer.tag(text)));
  }

  /**
   * `那稀油那头呢`: jieba's guess at a word its dictionary lacks glued the pointer before it (`那稀油`). When the
   * glued run is no word of the documents and what follows the pointer is, the pointer stands apart.
   */
  private pointersApart(words: { word: string; tag: string }[]): { word: string; tag: string }[] {
    if (!words.some((w) => this.pointerLed(w.word))) return words;
    return words.flatMap((w) => (this.pointerLed(w.word) ? [{ word: w.word[0]!, tag: 'r' }, { word: w.word.slice(1), tag: 'n' }] : [w]));
  }

  private pointerLed(word: string): boolean {
    return POINTER_LED.test(word) && this.lexical.df(word.toLowerCase()) === 0 && this.lexical.df(word.slice(1).toLowerCase()) > 0;
  }

  /** tokenizer.query, remembered: alias words and repeated questions are cut once. Callers must not mutate the array. */
  cut(text: string): string[] {
    return this.tokens(text);
  }

  /**
   * How the loaded plans name the end of their periods (`2025年末`, `2025年底`, `到2025年`): from each plan's period
   * (`（2023—2025年）`), once per index.
   */
  private periodEnds(): string[] {
    return this.once('period-ends', () => {
      const years = new Set<number>();
      for (const f of this.facts) if (f.period) years.add(f.period.end);
      // (A plan's title, not a notice's `2023-2024年度` of an award.)
      for (const d of this.documents) if (PLAN_TITLE.test(d.title) && !/年度/u.test(d.title)) for (const m of d.title.matchAll(TITLE_PERIOD)) years.add(Number(m[1]));
      return [...years].flatMap((y) => [`${y}年末`, `${y}年底`, `到${y}年`]);
    });
  }

  /** Where each character's word starts and ends, as the tagger cuts the text. */
  private spans(text: string): WordSpans | undefined {
    // (Tagged as the alias words were added to the dictionary, in lower case; a pair of directions the tagger reads
    // whole, `线/下去`, is grammar whose characters are words of their own: `线下` is said.)
    const lower = text.toLowerCase();
    return wordSpans(lower, this.tag(lower).flatMap((w) => (DIRECTION_PAIR.test(w.word) ? [...w.word] : [w.word])), inDictionary);
  }

  /** The alias table's words a question uses, each with the words it stands for (`老人` → 老年人, 长者). */
  aliasesIn(question: string): { found: string; group: string[] }[] {
    const normalized = normalizeQuery(question);
    return matchAliases(normalized.toLowerCase(), this.aliases, this.spans(normalized));
  }

  private tokens(text: string): string[] {
    return this.queryTokens.get(text, () => {
      const cut = this.tokenizer.query(text);
      return cut.some((t) => this.pointerLed(t)) ? [...new Set(cut.map((t) => (this.pointerLed(t) ? t.slice(1) : t)))] : cut;
    });
  }

  /**
   * Question → concepts (for evidence) and weighted terms (for ranking). The same question gives
   * the same object (remembered per index); callers treat it as read-only.
   */
  parse(question: string): ParsedQuery {
    return this.parsed.get(question, () => this.parseFresh(question));
  }

  private parseFresh(question: string): ParsedQuery {
    const normalized = normalizeQuery(question);
    const lower = normalized.toLowerCase();
    // What kind of figure is asked (`截止到几号`: a date): it weighs a deadline word and adds the kind's labels below.
    const kinds = askedAmountKinds(lower);
    const concepts: Concept[] = [];
    let periodEnd = false;
    const absorbed = new Set<string>();
    const loose: string[] = [];
    const weightless: string[] = [];
    for (const { found, group: listed, everyday } of matchAliases(lower, this.aliases, this.spans(normalized))) {
      // A documents' word that holds the everyday one (`住房公积金贷款` of `公积金贷款`) is found by the word as said:
      // it widens nothing, and only weighs the ranking toward its every use.
      const group = everyday ? listed.filter((w) => w === found || !w.includes(found)) : listed;
      if (group.length < 2) continue;
      const terms = new Set<string>();
      // (The documents' words for an everyday one rank by their main parts — `轨道交通` of 城市轨道交通, `医疗保障`
      // whole — not by every piece: `医疗`, `保障`, `城市` would favour any passage of the field.)
      for (const w of group) {
        const pieces = this.tokens(w);
        const main = everyday && w !== found ? pieces.filter((t) => t.length * 3 >= w.length * 2) : [];
        for (const t of main.length ? main : pieces) terms.add(t);
      }
      for (const t of this.tokens(found)) absorbed.add(t);
      // An everyday word's own main part still speaks of it (`物业费` of a text's 物业管理费, `电动车` of 电动汽车):
      // the documents' words are added to what the asker said, not put in its place. (A group's members are
      // names, each whole: `发布会` is no `发布`.)
      const own = everyday && /\p{Script=Han}{3}/u.test(found) ? this.tokens(found).filter((t) => t !== found && t.length * 3 >= found.length * 2 && !group.includes(t)) : [];
      concepts.push({ text: found, phrases: [...group, ...own], terms: [...terms] });
    }
    // English words the alias table does not know reach the Chinese text through the dictionary
    // bridge: each English word (or two-word name) one concept, its stand-ins the Chinese words the
    // knowledge base uses.
    const known = (zh: string) => this.tokens(zh).every((t) => this.lexical.df(t) > 0);
    const rest = [...absorbed].reduce((q, w) => (/^[a-z]+$/.test(w) ? q.replace(new RegExp(`\\b${w}\\w*`, 'g'), ' ') : q), lower);
    for (const { en, zh } of bridgeEnglish(rest, known, 3, this.titleNames, (w) => this.englishSenses.get(w) ?? [])) {
      const terms = new Set<string>();
      for (const w of zh) for (const t of this.tokens(w)) terms.add(t);
      for (const w of en.split(' ')) absorbed.add(w);
      concepts.push({ text: en, phrases: zh, terms: [...terms] });
    }
    const own = this.tokens(normalized);
    // The question as words with their part of speech (jieba's tagger, same dictionary). Search mode may
    // glue characters across words (`不跟` of 不/跟我签, `太难` of 太/难); such a run, or a word that is
    // only grammar (这边, 一直, 我们), ranks but is not something asked about.
    const tagged = new Map(this.tag(normalized).map((w) => [w.word.toLowerCase(), w.tag]));
    // A long run search mode made of the tagger's words where one of them is grammar (`人最多` of
    // 一个人/最多多少钱): glue across words even when it has parts of its own.
    const gluedAcross = (t: string) => !tagged.has(t) && this.tag(t).some((w) => GLUE_TAG.test(w.tag));
    const grammar = (t: string) => /\p{Script=Han}/u.test(t) && t.length >= 2 && (!tagged.has(t) || (GRAMMAR_TAG.test(tagged.get(t)!) && DEICTIC.test(t)));
    // jieba's search mode gives a long word and its parts (理财产品, 理财, 财产, 产品): one concept, the
    // long word, found also by a part that carries most of it (收费 of 乱收费); the parts still rank.
    const whole = (t: string) => own.find((w) => w !== t && w.length > t.length && w.includes(t));
    const parts = new Map<string, string[]>();
    for (const t of own) {
      const w = whole(t);
      if (w && /\p{Script=Han}/u.test(t)) parts.set(w, [...(parts.get(w) ?? []), t]);
    }
    for (const t of own) {
      // A lone letter is what is left of `Guangzhou's` or `U.S.`: no word at all.
      if (/^[a-z]+$/.test(t) && (isEnglishStopword(t) || isEnglishVoice(t) || t.length === 1)) continue;
      if (/\p{Script=Han}/u.test(t) && whole(t) && !/^\p{Script=Han}$/u.test(t)) continue;
      // `programs` was matched by the alias `program`: the plural is the same concept.
      if (absorbed.has(t) || (/^[a-z]+$/.test(t) && wordForms(t).some((f) => absorbed.has(f)))) continue;
      // The paper itself, pointed at (`文件里说…`, `这份文件希望…`, `文件最后列了…`): the document asked of, which every
      // passage of it is — no word a passage must hold. (Not a paper to hand in, `需要提交哪些文件`, nor a 红头文件 or
      // `信托文件里`: said alone, opening its clause, or after a pointer or 的.)
      if (PAPER_WORDS.get(t)?.test(lower)) {
        weightless.push(t);
        continue;
      }
      // A lone Han character (难, 补) is too vague to be evidence: it ranks, but is not a concept. So is a
      // character jieba glued to a locative into a word the documents never use (`分工表里` → 表里,
      // `家里`): the place word is grammar, the character alone is what was said.
      // So is a verb jieba glued to its aspect particle when it did not know the pair (`整了`, tagged x).
      // …or to the copula after it (`那个数是多少` cut 数是, `哪些人算…` cut 人算), or a locative to the verb after it (`产业里排老几`
      // cut 里排), both pairs the tagger does not know (x): the character beside the grammar is what was said.
      const unknownPair = tagged.get(t) === 'x' && this.lexical.df(t) === 0;
      const glued = (/^\p{Script=Han}[里内中上]$/u.test(t) || (/^\p{Script=Han}[了着过是算]$/u.test(t) && unknownPair)) && this.lexical.df(t) === 0;
      if (glued) {
        loose.push(t[0]!);
        continue;
      }
      if (/^[里内]\p{Script=Han}$/u.test(t) && unknownPair) {
        loose.push(t[1]!);
        continue;
      }
      // The unit of an asking word glued to the next character (`哪天开的` cut 哪/天开): 哪天 asks; the
      // character after it is what was said.
      const at = lower.indexOf(t);
      if (/^\p{Script=Han}{2}$/u.test(t) && this.lexical.df(t) === 0 && at > 0 && /(?:哪|几)$/u.test(lower.slice(0, at)) && PERIOD_UNIT.test(t[0]!)) {
        weightless.push(t);
        loose.push(t[1]!);
        continue;
      }
      // `每年哪一周`, `哪一天`: one and a unit after 哪 ask which — though the pair is a word a text may use
      // (`环绕一周`), it is the asking.
      if (/^一\p{Script=Han}$/u.test(t) && at > 0 && lower[at - 1] === '哪' && PERIOD_UNIT.test(t[1]!)) {
        weightless.push(t);
        continue;
      }
      // A preposition or place word glued to the next word's first character, where the documents use
      // that next word (`对线上演出` cut 对线/上/演出, the documents saying 线上): the word the asker
      // said is the documents' one; the glued pair is no topic.
      const next = this.lexical.df(t) === 0 ? gluedToNext(lower, t, (w) => this.lexical.df(w) > 0 && this.tokens(w).length === 1) : null;
      if (next !== null) {
        weightless.push(t);
        if (next && !concepts.some((c) => c.text === next)) concepts.push({ text: next, phrases: [next], terms: [next] });
        continue;
      }
      // A word the documents use that search mode broke, gluing its second character to the next one (`打造成` cut
      // 打/造成, the documents saying 打造): the word the asker said is the documents' one; the glued pair is no topic.
      // (Only after a character the tagger reads as a word of its own that is not grammar: `最多能领` is 最/多/能领, and
      // 多能 is no word said; `被评为` is 被/评为.)
      const alone = (ch: string) => tagged.has(ch) && !GLUE_TAG.test(tagged.get(ch)!);
      const broken = this.lexical.df(t) === 0 ? gluedToPrevious(lower, t, own, alone, (w) => this.lexical.df(w) > 0 && this.tokens(w).length === 1) : null;
      if (broken) {
        weightless.push(t);
        if (!concepts.some((c) => c.text === broken)) concepts.push({ text: broken, phrases: [broken], terms: [broken] });
        continue;
      }
      // A verb with its result or direction (`拿到`, `搬走`, `交上去`), or a modal glued to a verb by jieba's
      // guess at an unknown word (`能补`, `能续`, `贷能`, `一签`), that no document says: a passage that has the
      // verb itself in a word of its own (补贴, 续租, 贷款, 签订) speaks of what was asked. Directions alone
      // (`下去` of `线下去哪里办`) are grammar.
      const verb = this.lexical.df(t) === 0 ? bareVerb(t, tagged.get(t)) : null;
      if (verb === '') {
        weightless.push(t);
        continue;
      }
      if (verb) {
        concepts.push({ text: t, phrases: [t, verb], terms: [t, verb] });
        continue;
      }
      // `多少天内`, `几个月内`: the unit of the amount asked is part of the asking, not a topic.
      // …and so is the unit a share is asked in (`百分之多少`, `千分之几`): the text states the share (`80%`).
      const askedUnit = (PERIOD_UNIT.test(t) && new RegExp(`(?:多少|几)个?${t}`, 'u').test(lower)) || (SHARE_UNIT.test(t) && new RegExp(`${t}之?(?:多少|几)`, 'u').test(lower));
      // `最长是几年`, `最多能贷多少`: the bound is how the amount is asked; the text says it its own way
      // (`不超过3年`), and the word would favour any sentence that happens to say 最长. So is a cap asked for as
      // such beside a kind of figure (`年龄上有什么上下限`: the text says `不得低于55周岁，不得高于65周岁`) — not one whose
      // figure is asked (`原来的封顶线是多少钱`: a text that states only a raise of it does not answer).
      // `截止到几号`, `最迟哪天`, `管到哪年哪月为止`: the deadline word is how a date is asked; the text gives the date its way
      // (`8月11日至8月22日`, `有效期至2017年12月31日`).
      const askedBound = ((BOUND.test(t) || (CAP.test(t) && this.lexical.df(t) === 0)) && ASKS_AMOUNT.test(lower)) || (CAP.test(t) && kinds.length > 0 && CAP_ASKED.test(lower)) || (DEADLINE.test(t) && kinds.some((k) => WHEN_KINDS.has(k))) || (SPAN.test(t) && SPAN_ASKERS.some((w) => lower.includes(w + t)));
      // The asking's own grammar: `能不能`/`会不会`/`要不要` ask yes or no (search mode leaves 不能, 不会,
      // 不要); `出不了门`, `交不起` say the asker cannot; `70多岁`, `60来岁` are the asker's own
      // rough figure — none of them is a topic, though each reads as a word.
      const yesNo = /^不\p{Script=Han}$/u.test(t) && lower.includes(`${t[1]}${t}`);
      const potential = POTENTIAL.test(t);
      const rough = tagged.get(t) === 'm' && !/\d/u.test(t) && this.lexical.df(t) === 0;
      // A conjunction, preposition or particle the tagger reads whole (`要是`, `还是`, `冲着`, `的话`) joins the
      // asking's clauses; it names nothing, though a law may happen to use it. So does a place word no
      // document uses (`里头`, `前头`: the documents' 以上 and 以内 stay), and a pointer the tagger reads whole
      // even where search mode also gives its parts (`这方面` of 方面).
      const tag = tagged.get(t) ?? '';
      // An adverb no document uses (一直, 就是, 好像) tells how the asker feels about the matter, not what it is;
      // and a pointer glued to its measure word the tagger does not know (`那句`) points as 那项 does.
      const unused = this.lexical.df(t) === 0;
      const joining =
        /\p{Script=Han}{2}/u.test(t) &&
        (FUNCTION_TAG.test(tag) ||
          ((tag === 'f' || LOCATIVE.test(t)) && unused) ||
          (GRAMMAR_TAG.test(tag) && DEICTIC.test(t)) ||
          (tag === 'd' && unused) ||
          (tag === 'x' && unused && t.length === 2 && /^[这那哪本该此]/u.test(t)));
      // `全称叫啥`, `原话怎么说`, `法律上有什么说法`: a word for the name or the wording asked for is how the
      // question asks, as 多少 is; the text gives the name itself, seldom the word 全称.
      const naming = NAMING.test(t);
      // `分成哪几类`, `一共分几个级别`: the division and the word for its parts are how the question asks for the kinds;
      // the text says them its way (`分为四级`, `包含A型、B型等四类`) — the thing divided is what it asks about.
      // (The division itself, said any of its ways, is still what the passage must do: `分成` is found by `分为`.)
      if (DIVIDES.test(t) && new RegExp(`${t}(?:成|为)?(?:哪|几|多少)`, 'u').test(lower)) {
        concepts.push({ text: t, phrases: [t, ...DIVISION_WORDS.filter((w) => w !== t)], terms: [t, ...DIVISION_WORDS.filter((w) => w !== t)] });
        continue;
      }
      const classing = KIND_WORD.test(t) && new RegExp(`(?:哪|几|多少)个?(?:种)?${t}`, 'u').test(lower);
      // `会有什么后果`, `后果是啥`: what follows is how the question asks; the text says it in its own words (取消申请
      // 资格, 解除协议, 追回补贴资金), seldom as 后果 — where a law's 造成严重后果 is a condition, not asked.
      const consequence = t === '后果' && CONSEQUENCE_ASK.test(lower);
      // `能按投资的多少给钱`: money asked for as an everyday verb is the asking, as 多少钱 is.
      const moneyAsked = isMoneyVerb(t) && ASKS_AMOUNT.test(lower);
      // `哪年哪月`, `几月份`: a word the tagger reads whole that is itself the asking of a time. (Not a share, `百分之几`:
      // the unit the text states it in is weighed as askedUnit weighs it.)
      const kindAsked = ASKING_WORD.test(t) && askedAmountKinds(t).some((k) => TIME_KINDS.has(k));
      if (kindAsked || (grammar(t) && (!parts.has(t) || gluedAcross(t))) || askedUnit || askedBound || yesNo || potential || rough || joining || naming || classing || consequence || moneyAsked) {
        weightless.push(t);
        continue;
      }
      if (/^\p{Script=Han}$/u.test(t)) {
        loose.push(t);
        continue;
      }
      // An abbreviation the documents write out (`社保` for 社会保险): the full words stand in for it — when
      // the dictionary knows the word as one (tagged j); `老公` is no short form of 老年公寓. Also where a
      // document says the short form too (`熟悉医保` in a text that mostly writes 医疗保障): the rare short
      // form alone outweighed every passage that writes the name out.
      // `到期末发展到什么程度`: the end of the period a plan runs over, when no document says 期末 itself, is how the
      // question places what it asks — as 最长 asks a bound — not a thing asked about: every target of a plan is
      // set for that year (`到2025年末`), so as evidence it would speak for any of them. It ranks toward the year.
      if (PERIOD_END.test(t) && this.lexical.df(t) === 0 && this.periodEnds().length) {
        weightless.push(t);
        periodEnd = true;
        continue;
      }
      const full = /^\p{Script=Han}{2}$/u.test(t) && this.shortForm(t) ? (this.abbreviations().get(t) ?? []) : [];
      if (full.length) {
        concepts.push({ text: t, phrases: [t, ...full], terms: [t, ...full] });
        continue;
      }
      const all = (parts.get(t) ?? []).filter((p) => p.length >= 2);
      // An adverb inside the word (`比较完善`, `最多扣`) says how much, not what: the text says 较为完善 or
      // 不超过 and the rest of the word is what it speaks of. (And 比较 used once in a small collection was
      // its rarest part, which made the whole weigh most.)
      const adverbs = all.filter((p) => p !== t && this.isAdverb(p));
      const pieces = all.filter((p) => !adverbs.includes(p));
      const sub = pieces.filter((p) => p.length * 3 >= t.length * 2 || (adverbs.length > 0 && t.startsWith(adverbs[0]!) && p === t.slice(adverbs[0]!.length)));
      // All its parts found apart (居住 … 小区 for 居住小区) also speak of it: the text words it otherwise.
      const covered = new Set([...pieces, ...adverbs].flatMap((p) => [...Array(p.length).keys()].map((k) => t.indexOf(p) + k)));
      const together = pieces.length >= 2 && covered.size === t.length ? [pieces.join(ALL_OF)] : [];
      concepts.push({ text: t, phrases: [t, ...sub, ...together], terms: [t, ...pieces] });
    }
    // An article cited as a condition (`违反本法第九条的`): the text cites it the same way in the article
    // that answers (`违反本法第九条规定…处…罚款`), though an ordinal alone is no word to rank by.
    for (const m of lower.matchAll(CITED_ARTICLE)) {
      const label = m[1]!;
      if (!concepts.some((c) => c.text === label)) concepts.push({ text: label, phrases: [label], terms: [] });
    }
    // A grade or class by its label (`B类护理`, `1级待遇`, `3档`): the label tells one item from its
    // neighbours (A类, 2级), though its parts alone are a letter and a measure word.
    for (const m of lower.matchAll(GRADE_LABEL)) {
      const label = m[0];
      // The bare `1` of `1级` would be found in any `100%`: the label replaces it.
      const bare = concepts.findIndex((c) => c.text === label.slice(0, -1));
      if (bare >= 0) concepts.splice(bare, 1);
      if (!concepts.some((c) => c.text === label)) concepts.push({ text: label, phrases: [label], terms: this.tokens(label).filter((t) => t.length > 0) });
    }
    const weights = new Map<string, number>();
    for (const c of concepts) {
      const own = new Set(this.tokens(c.text));
      for (const t of c.terms) {
        const w = own.has(t) ? 1 : ALIAS_WEIGHT;
        weights.set(t, Math.max(weights.get(t) ?? 0, w));
      }
    }
    for (const t of loose) if (!weights.has(t)) weights.set(t, 1);
    for (const t of weightless) if (!weights.has(t)) weights.set(t, 1);
    // `啥时候可以申请，截止到几号`: a notice labels what the question asks for (`申请时间：8月11日至8月22日`,
    // `期限为5年`); the label words favour that passage among those the question's own words find alike.
    // Ranking only: no concept, so no word of the question's evidence.
    for (const kind of kinds) for (const t of KIND_LABELS[kind] ?? []) if (!weights.has(t)) weights.set(t, KIND_LABEL_WEIGHT);
    // (`期末`: the plans' end years, as their targets say them.)
    if (periodEnd) for (const e of this.periodEnds()) for (const t of this.tokens(e)) if (!weights.has(t)) weights.set(t, KIND_LABEL_WEIGHT);
    // Characters jieba left single because it did not know the word (到账, 船期) are still a word
    // the question asks about: adjacent ones become one phrase concept.
    // (Not characters the tagger reads as grammar: `人最多` is 人/最/多, a noun, an adverb and a numeral.)
    const unknownSingles = loose.filter((t) => !GLUE_TAG.test(tagged.get(t) ?? ''));
    // (A verb and its complement standing apart, `打/到`, is found by the verb as bareVerb's `打到` is.)
    for (const phrase of singleCharRuns(normalized, unknownSingles)) {
      const verb = bareVerb(phrase, 'v');
      concepts.push({ text: phrase, phrases: verb ? [phrase, verb] : [phrase], terms: [...phrase] });
    }
    // (A word no text uses: the texts' words of its sense rank the passages that use them, as a part of it.)
    // Only close kin rank — the same morpheme in the same place (`成立` / `设立`), and no more than CLOSE_KIN_MAX of them
    // (`欠债` → 债款, 偿债, 还债, 外债 is the morpheme, not a word): a looser kin (`得到` → 取得, 受到) would move every passage
    // that happens to use it. They widen the candidates (BM25) without adding to a passage's share of the question,
    // which the question's own words decide. As evidence found beside the question's other words, any kin counts
    // (credit(), KIN_CREDIT).
    for (const c of concepts) {
      const kin = this.kinOf(c);
      if (!kin) continue;
      c.kin = kin;
      const close = kin.filter((w) => w.length === c.text.length && [...w].some((ch, i) => c.text[i] === ch));
      // (A time word, `往后` → 今后, places the question in time: its kin is no topic to rank by.)
      if (!close.length || close.length > CLOSE_KIN_MAX || tagged.get(c.text) === 't') continue;
      // (Nor a word most passages use, `文号` → 文件: it tells no passage from another.)
      const telling = close.filter((w) => this.tokens(w).every((t) => this.lexical.df(t) < KIN_DF_MIN || this.lexical.df(t) <= this.lexical.size * KIN_DF_SHARE));
      if (!telling.length) continue;
      c.closeKin = telling;
      for (const w of telling) for (const t of this.tokens(w)) if (!weights.has(t)) weights.set(t, KIN_CREDIT);
    }
    return { normalized, concepts: wholeFigures(concepts, lower), terms: [...weights].map(([term, weight]) => ({ term, weight })), ...(kinds.length ? { kinds } : {}) };
  }

  /** The knowledge base's words that share a sense (CC-CEDICT's English) and a character with a concept no text uses, or null. */
  private kinOf(c: Concept): string[] | null {
    const word = c.text;
    if (word.length < 2 || word.length > 4 || !/^\p{Script=Han}+$/u.test(word) || this.known(c) || this.isProperName(word)) return null;
    const senses = chineseGloss().get(word);
    if (!senses || senses.length > KIN_SENSES_MAX) return null;
    const out = new Set<string>();
    for (const en of senses) for (const zh of this.englishSenses.get(en) ?? []) if (zh !== word && [...zh].some((ch) => word.includes(ch))) out.add(zh);
    return out.size ? [...out] : null;
  }

  /**
   * BM25 finds candidates; the final order also asks how much of the question each passage
   * covers. Among thousands of laws, a long article that repeats one common word must not
   * outrank the short passage that holds every word asked about.
   */
  search(query: ParsedQuery, limit = 8, poolSize = Math.max(limit * RERANK_POOL, 40), within?: readonly string[]): Hit[] {
    const terms = query.terms.map((t) => `${t.term}:${t.weight}`).join(' ');
    const concepts = query.concepts.map((c) => c.phrases.join('|')).join('/');
    const key = `${limit}\u0000${poolSize}\u0000${terms}\u0000${concepts}\u0000${within?.join('\u0001') ?? ''}\u0000${query.kinds?.join() ?? ''}`;
    // A copy: the remembered ranking must stay as it was whatever a caller does with its array.
    return this.ranked.get(key, () => this.rank(query, limit, poolSize, within)).slice();
  }

  /** The chunks of each document, as a range of chunk ids (built once per index). */
  chunkRange(docId: string): DocRange | undefined {
    return this.once('chunk-ranges', () => {
      const m = new Map<string, DocRange>();
      this.chunks.forEach((c, i) => {
        const r = m.get(c.docId);
        if (r) r.to = i + 1;
        else m.set(c.docId, { from: i, to: i + 1 });
      });
      return m;
    }).get(docId);
  }

  /**
   * Whether ranking within these documents is ranking everywhere: one of them holds every chunk (a
   * knowledge base of one plan). Its passages are then the whole base's, in the same order — BM25 over
   * the one range [0, n) adds exactly what the unscoped search adds — so a caller need not rank twice.
   */
  holdsAll(docIds: readonly string[]): boolean {
    if (docIds.length !== 1) return false;
    const r = this.chunkRange(docIds[0]!);
    return r !== undefined && r.from === 0 && r.to === this.chunks.length;
  }

  private rank(query: ParsedQuery, limit: number, poolSize: number, within?: readonly string[]): Hit[] {
    const ranges = within?.map((id) => this.chunkRange(id) ?? { from: 0, to: 0 });
    const pool = this.lexical.search(query.terms, poolSize, ranges);
    if (!pool.length) return [];
    // The concepts' weights in a typed array, summed by a loop: an array of them holds small integers
    // for one question and doubles for the next, and code optimised for one kind bailed out on the
    // other — a recompile of all of rank, ~300 ms of a compiler thread, in the first rounds of new questions.
    const weights = new Float64Array(query.concepts.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i++) sum += weights[i] = this.conceptIdf(query.concepts[i]!);
    const total = sum || 1;
    const pairs = phrasePairs(query);
    const timed = query.kinds?.filter((k) => LIFTING_KINDS.has(k));
    const kinds = timed?.length ? timed : undefined;
    const bound = (1 + PHRASE_BONUS) * (kinds ? 1 + KIND_BONUS : 1);
    const hits: Hit[] = [];
    // The `limit` best final scores so far, ascending: kept[0] is the one a candidate must beat.
    const kept: number[] = [];
    // (…and, where a figure lifts passages, the best scores without it: the passages the evidence is weighed on.)
    const keptPlain: number[] = [];
    const plainLimit = kinds ? PLAIN_KEPT : 0;
    for (const h of pool) {
      // A passage's final score is at most its BM25 score times the phrase bonus (full coverage, every
      // pair together) and the kind bonus, and the pool comes in descending BM25 order: once that bound is below the
      // limit-th best score found, neither this passage nor any after it can place — their coverage
      // and phrase checks, most of a ranking's work over a large corpus, are skipped. The order of
      // what is returned is unchanged: the same scores, sorted the same way.
      if (kept.length === limit && h.score * bound < kept[0]! && (keptPlain.length === plainLimit && (!plainLimit || h.score * (1 + PHRASE_BONUS) < keptPlain[0]!))) break;
      const chunk = this.chunks[h.doc]!;
      // (Plain loops: no closure or filtered array per candidate passage.)
      let found = 0;
      for (let i = 0; i < query.concepts.length; i++) found += weights[i]! * this.credit(chunk, query.concepts[i]!, true);
      const coverage = found / total;
      let near = 0;
      for (const [a, b] of pairs) if (adjacent(chunk.text, a, b)) near++;
      const together = pairs.length ? near / pairs.length : 0;
      const plain = h.score * (COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * coverage) ** 2 * (1 + PHRASE_BONUS * together);
      // (The score without it is kept: whether the passages found are evidence enough is weighed in their plain
      // order — a figure of the kind asked is no evidence of the thing asked.)
      const score = kinds && this.statesKind(h.doc, kinds) ? plain * (1 + KIND_BONUS) : plain;
      hits.push(score === plain ? { chunk, score } : { chunk, score, plain });
      keepBest(kept, score, limit);
      if (plainLimit) keepBest(keptPlain, plain, plainLimit);
    }
    hits.sort((a, b) => b.score - a.score || a.chunk.id - b.chunk.id);
    const top = hits.slice(0, limit);
    if (!plainLimit) return top;
    // The best passages by their words alone are returned too, after the others, if the lift left them out: the
    // evidence weighed (pipeline.ts plainOrder) is the same whether or not a figure lifted other passages.
    const byWords = [...hits].sort((a, b) => (b.plain ?? b.score) - (a.plain ?? a.score) || a.chunk.id - b.chunk.id).slice(0, plainLimit);
    return [...top, ...byWords.filter((h) => !top.includes(h))];
  }

  /**
   * Whether a chunk states a figure of one of these kinds (`最长不超过15个工作日` for `多久`), remembered per chunk
   * and kind (a bounded set of them): the same passages come back to many questions asking the same kind.
   */
  private statesKind(chunkId: number, kinds: readonly AmountKind[]): boolean {
    return kinds.some((kind) => {
      const seen = this.once(`states-kind:${kind}`, () => new Int8Array(this.chunks.length));
      if (!seen[chunkId]) seen[chunkId] = statesAmountOf(this.chunks[chunkId]!.text, [kind]) ? 1 : -1;
      return seen[chunkId] === 1;
    });
  }

  /**
   * search() fused with the dense ranking when the index carries vectors (src/retrieval/dense/fusion.ts);
   * exactly search() without them, or when the question cannot be embedded (model error, API down).
   */
  /** `degraded` is told when the question could not be embedded and the ranking is lexical only. */
  async searchAsync(query: ParsedQuery, limit = 8, degraded?: () => void, within?: readonly string[]): Promise<Hit[]> {
    if (!this.dense) return this.search(query, limit, undefined, within);
    // The same BM25 pool as search(query, limit), all of it re-ranked: the lexical order is unchanged.
    const lexical = this.search(query, Math.max(limit, DEFAULT_FUSION.denseTop), Math.max(limit * RERANK_POOL, 40), within);
    let q: Float32Array;
    try {
      q = await this.dense.embedQuery(query.normalized);
    } catch {
      degraded?.();
      return lexical.slice(0, limit);
    }
    return fuse(lexical, similarities(this.dense, q), this.chunks, limit);
  }

  /**
   * Two-character abbreviations of the documents' four-character words, as the language forms them from
   * the first character of each half (社会保险 → 社保, 医疗保险 → 医保): only words whose halves are
   * words of their own, and an abbreviation no more than MAX_EXPANSIONS words share. Made from the
   * index's vocabulary once, the first time a question needs it.
   */
  abbreviations(): Map<string, string[]> {
    return this.once('abbreviations', () => {
      const out = new Map<string, string[]>();
      for (const w of this.lexical.vocabulary()) {
        if (w.length !== 4 || !/^\p{Script=Han}{4}$/u.test(w)) continue;
        if (dictionaryWeight(w.slice(0, 2)) === undefined || dictionaryWeight(w.slice(2)) === undefined) continue;
        const key = w[0]! + w[2]!;
        const list = out.get(key) ?? [];
        list.push(w);
        out.set(key, list);
      }
      for (const [k, list] of out) if (list.length > MAX_EXPANSIONS) out.delete(k);
      return out;
    });
  }

  /** Whether jieba's dictionary tags the word as an adverb (比较, 逐步), or an adverb and a numeral (最多 as 最/多): how much or how, not what. */
  private isAdverb(word: string): boolean {
    const tags = this.tag(word);
    return tags.some((t) => t.tag === 'd') && tags.every((t) => t.tag === 'd' || t.tag === 'm');
  }

  /** Whether jieba's dictionary tags the word as a time word (今年, 去年, 目前, 上个月): when, said from where the speaker stands. */
  isTimeWord(word: string): boolean {
    const tags = this.tag(word);
    return tags.length > 0 && tags.every((t) => t.tag === 't');
  }

  /** Whether jieba's dictionary tags the word, or a word of it (柳河 of 柳河县), as a name of a place, a person or a body (ns, nr, nt…). */
  isProperName(word: string): boolean {
    // (jieba's dictionary tags many words of the language nr — `张罗`, `养老`, `幼儿园`, `许可证` —: where CC-CEDICT defines
    // one as a word (english.ts definedAsWord) it is the asker's word, weighed as any other. Its nrt and nrfg, foreign and
    // famous names, stay names.)
    return this.tag(word).some((t) => /^n[st]/u.test(t.tag) || (t.tag.startsWith('nr') && (t.tag !== 'nr' || !definedAsWord(t.word))));
  }

  /**
   * Whether a two-character word is a short form: jieba's dictionary tags it so (j). A pair it does not
   * know is more often two words cut apart (`时间内会作出` → 内会) than an abbreviation.
   */
  private shortForm(word: string): boolean {
    const tags = this.tag(word);
    return tags.length === 1 && tags[0]!.tag === 'j';
  }

  /** The weight a concept carries as evidence: rare words say more than common ones. */
  conceptIdf(c: Concept): number {
    // Keyed by the word too: the same alias group read from `目标` and from `target` weighs each word's own
    // generality, and the first question asked must not decide the weight for the other.
    // …and by the concept object first: the gate and the extract weigh each concept of a question
    // several times per passage, and the key string was made anew each time.
    let w = this.idfByConcept.get(c);
    if (w === undefined) {
      w = this.phraseIdf.get(`${c.text}\u0001${c.phrases.join('\u0000')}`, () => this.conceptIdfFresh(c));
      this.idfByConcept.set(c, w);
    }
    return w;
  }

  private conceptIdfFresh(c: Concept): number {
    const idfs: number[] = [];
    for (const p of standIns(c)) {
      const parts = this.tokens(p);
      // A phrase is as rare as its rarest word (an upper bound on its df); absent words don't count.
      const known = parts.filter((t) => this.lexical.df(t) > 0);
      if (known.length && known.length === parts.length) idfs.push(Math.max(...known.map((t) => this.lexical.idf(t))));
    }
    // A word the documents use: its rarity there, tempered by general Chinese where the dictionary
    // really counts it (a name the documents coin, 千人助千企, keeps its full weight).
    if (idfs.length) return Math.min(...idfs) * (dictionaryWeight(c.text) ?? this.cutApartWeight(c.text));
    // Absent from the documents: the highest idf, weighed by how much the word says in general
    // Chinese — `公司`, `打算`, `这边`, `太多` must not outweigh the `上市` the documents do contain.
    // An English word no document's words stand in for is most often one the dictionary bridge missed
    // (`minimum`, `streamline`), not the subject the documents lack.
    const general = /^[a-z]+$/.test(c.text) ? UNBRIDGED_WEIGHT : generalWeight(c.text);
    return this.lexical.idf('\u0000') * general * ABSENT_SHARE;
  }

  /** A pair the dictionary does not list, weighed by its characters when they are two words cut apart (CUT_APART_CHARS). */
  private cutApartWeight(word: string): number {
    if (!/^\p{Script=Han}{2}$/u.test(word)) return 1;
    const w = charsWeight(word);
    if (w >= CUT_APART_CHARS) return 1;
    const [first, second] = [...word].map((ch) => this.tag(ch)[0]?.tag ?? '');
    return /^[abm]$/u.test(first!) || second === 'a' ? 1 : w;
  }

  /** Whether any document uses the concept's words at all (one of its phrases is wholly in the index). */
  known(c: Concept): boolean {
    return standIns(c).some((p) => {
      const parts = this.tokens(p);
      return parts.length > 0 && parts.every((t) => this.lexical.df(t) > 0);
    });
  }

  /** True when the text (a passage, a sentence) speaks of the concept. */
  mentions(text: string, c: Concept): boolean {
    return this.mentionsLowered(lowerOrSame(text), c);
  }

  /** mentions() for a text already in lower case (a whole document: lower-casing it per question is waste). */
  mentionsLowered(lower: string, c: Concept): boolean {
    // Loops, not some/every with closures: ranking asks this of every candidate passage for every concept.
    for (const p of c.phrases) {
      if (figureEdged(p) ? wholeFigureIn(lower, p) : lower.includes(p)) return true;
      if (p.includes(ALL_OF) && allPartsIn(lower, p)) return true;
    }
    return false;
  }

  /**
   * How far the chunk speaks of the concept: 1 in its own text; KIN_CREDIT when it says a kin of a word no text uses;
   * CONTEXT_CREDIT when only its section path or its document's title does (`这份方案`, `the plan`, a law's name) —
   * context places a passage, but a place name in a title is not an answer about that place.
   */
  // (`ranking`: the share a passage holds of the question, for its place — a kin word counts there not at all.)
  credit(chunk: Chunk, c: Concept, ranking = false): number {
    const low = this.loweredChunk(chunk);
    // Every passage of a document is about its title: a title word counts for all of them alike, so the
    // one passage that repeats the title (the notice that issues it) does not win on the title alone.
    if (this.mentionsLowered(low.text, c) || this.mentionsLowered(low.source, c)) return 1;
    if (!ranking && c.kin?.some((w) => low.text.includes(w))) return KIN_CREDIT;
    if (this.mentionsLowered(low.section, c)) return CONTEXT_CREDIT;
    return 0;
  }

  /** A chunk's text, source and section path in lower case (kept per chunk of this index). */
  loweredChunk(chunk: Chunk): LoweredChunk {
    const own = this.chunks[chunk.id] === chunk;
    const kept = own ? this.loweredChunks[chunk.id] : undefined;
    if (kept) return kept;
    const made = { text: lowerOrSame(chunk.text), source: lowerOrSame(chunk.source), section: lowerOrSame(chunk.section.join(' ')) };
    if (own) this.loweredChunks[chunk.id] = made;
    return made;
  }

  stats() {
    return { documents: this.documents.length, chunks: this.chunks.length, plans: this.facts.length, ...this.lexical.stats() };
  }
}

/** A chunk's matching texts in lower case. */
export interface LoweredChunk {
  text: string;
  source: string;
  section: string;
}

/** Whether every ALL_OF-separated part of `phrase` is in `text` (as `phrase.split(ALL_OF).every(…)`, without the array). */
function allPartsIn(text: string, phrase: string): boolean {
  for (let from = 0; ; ) {
    const end = phrase.indexOf(ALL_OF, from);
    if (!text.includes(end < 0 ? phrase.slice(from) : phrase.slice(from, end))) return false;
    if (end < 0) return true;
    from = end + 1;
  }
}


/**
 * A place word made the way Chinese makes them, a direction and 边/面/头 (`后头`, `上边`, `前面`): the tagger
 * tags some of them nouns (后头), though they are as much grammar as 里头.
 */
const LOCATIVE = /^[上下前后左右里外东西南北旁][边面头]$/u;

/** A word of Han characters only (lower case leaves it, and what it matches, as it is). */
const HAN_ONLY = /^\p{Script=Han}+$/u;
/** `B类`, `1级`, `3档`, `a级`: a letter or a small number and a measure of grade. */
const GRADE_LABEL = /(?<![a-z0-9.])(?:[a-z]|\d{1,2})(?:类|级|档|型|星)/gu;
/** Words that bound an amount asked (at most, at least). */
const BOUND = /^(?:最长|最短|最多|最少|最高|最低|至多|至少|最大|最小)$/u;
/** A question word in a token (`哪年哪月`, `几月份`). */
const ASKING_WORD = /[哪几]|多少|什么|何/u;
/** Kinds that say when (a deadline asks one), and those of a time at all. */
const WHEN_KINDS: ReadonlySet<AmountKind> = new Set(['date', 'month', 'year']);
const TIME_KINDS: ReadonlySet<AmountKind> = new Set([...WHEN_KINDS, 'duration']);
const DEADLINE = /^(?:截止|截至|最迟|最晚|为止)$/u;
/** `管哪段时间`, `什么时间段`: the span is how the question asks; the text states it as dates (`2024年1月1日-2026年12月31日`). */
const SPAN = /^(?:段时间|时间段|时段|时期)$/u;
/** The interrogatives a span word follows when it is asked (`哪段时间`, `什么时间段`, `哪个时期`). */
const SPAN_ASKERS = ['哪', '什么', '哪个', '啥'];
/**
 * A cap said in everyday words (`封顶多少`, `上限是多少`, `上下限`) where no document uses them: the texts write the cap as 最高 or
 * 不超过, a floor as 不得低于.
 */
const CAP_WORDS = '(?:封顶|上限|下限|上下限|顶格)';
const CAP = new RegExp(`^${CAP_WORDS}$`, 'u');
/** A cap asked for as such (`有什么上下限`, `啥上限`), not one whose figure is asked (`封顶线是多少`). */
const CAP_ASKED = new RegExp(`(?:什么|啥|哪些)上?${CAP_WORDS}`, 'u');
/** The words a text labels a figure of each kind with (`申请时间：`, `租赁期限`), and how much they weigh in ranking. */
const KIND_LABELS: Partial<Record<AmountKind, string[]>> = { date: ['时间', '日期'] };
const KIND_LABEL_WEIGHT = 0.5;
/**
 * How much a passage stating the kind of figure asked gains (`合法性审核最多能审多久`: of a dozen passages
 * that all speak of 合法性审核, the one with `最长不超过15个工作日`). About what a word carrying a sixth of the
 * question's weight is worth in coverage (which counts squared): a passage lacking a weightier word still ranks below.
 */
const KIND_BONUS = 0.3;
/** How many of the best passages by their words alone a lifted ranking still returns: the evidence gate's depth. */
const PLAIN_KEPT = 3;
/**
 * The kinds of figure that lift a passage: times, periods, frequencies, ages — which few passages state. Not a sum
 * or a share: most measures state one, and `商用车充电站建设按千瓦补多少钱` of a text with no such subsidy was then
 * answered with the insurance measure's `保费金额的10%` (in the eval, 11 of 13 refusals lost were sums or shares asked,
 * while most answers gained were periods).
 */
const LIFTING_KINDS: ReadonlySet<AmountKind> = new Set([...TIME_KINDS, 'frequency', 'age']);
/** A period's unit, with `内` (`天内`, `年内`, `个月以内`). */
/** A verb's potential complement (`出不了`, `交不起`, `办得了`): whether the asker can, not what. */
const POTENTIAL = /^[不得](?:了|起)$/u;

/** `违反本法第九条`, `依照第十条`: an article cited by another. */
const CITED_ARTICLE = new RegExp(`${CITING}(第[一二三四五六七八九十百零两\\d]+条)`, 'gu');

/** Characters that lead a phrase without being part of its word: prepositions, coverbs, place words. */
const LEADING_GRAMMAR = /^[对在把给跟和与向从为被让将按比于里上中内]\p{Script=Han}$/u;

/**
 * For a two-character token the documents never use, the word the character before it and its own first
 * character make, when the documents use that word and the character before stands alone in the question's
 * words (`打造成` cut 打/造成 → 打造): null otherwise. `alone`: whether the tagger reads a character as a word of its
 * own that is not grammar.
 */
function gluedToPrevious(question: string, token: string, words: readonly string[], alone: (ch: string) => boolean, known: (w: string) => boolean): string | null {
  if (!/^\p{Script=Han}{2}$/u.test(token)) return null;
  const at = question.indexOf(token);
  if (at < 1) return null;
  const before = question[at - 1]!;
  // (The character before is a word of its own, not the end of one the asker said — `制造成本` is 制造/成本 — nor grammar.)
  if (!/\p{Script=Han}/u.test(before) || !alone(before) || words.some((w) => w.length > 1 && w.endsWith(before) && question.includes(w) && question.indexOf(w) + w.length === at)) return null;
  const w = before + token[0];
  return known(w) ? w : null;
}

/**
 * For a two-character token the documents never use whose first character is grammar (LEADING_GRAMMAR):
 * the word the documents know that starts at its second character in the question (`线上` of
 * `对线上演出`), '' when none does, or null when the token is not such a glued pair.
 */
function gluedToNext(question: string, token: string, known: (w: string) => boolean): string | null {
  if (!LEADING_GRAMMAR.test(token)) return null;
  const at = question.indexOf(token);
  if (at < 0) return null;
  for (let len = 4; len >= 2; len--) {
    const w = question.slice(at + 1, at + 1 + len);
    if (w.length === len && /^\p{Script=Han}+$/u.test(w) && known(w)) return w;
  }
  return null;
}
/** Modal verbs, coverbs and a counting 一 that jieba's guess at an unknown word glues to a verb (`能补`, `贷能`, `一签`). */
const MODAL_GLUE = /^[能要可会该得需想按把被给让向对从在将一]+|[能要可会该得需想]+$/gu;
/**
 * The phrases that weigh a concept: not a single character standing in for a longer word (`补` of `能补`,
 * `获` of `拿到`). It finds the documents' own words (补贴, 获授权), but as a token it is rare in any index —
 * jieba makes words, not characters — and its rarity says nothing of the word asked.
 */
function standIns(c: Concept): string[] {
  return c.phrases.filter((p) => p.length > 1 || p === c.text);
}

/** Place words: what is left of a glued run when it is one of these was grammar around a verb elsewhere. */
const PLACE_WORD = /^[里内中上下外前后间边]$/u;
/** Two directions that together are grammar, not a verb (`下去` of `线下去哪里办`). */
const DIRECTION_PAIR = /^(?:上去|下去|过来|过去|出来|回来|起来|上来|进来|出去|进去)$/u;
/**
 * A one-character verb and its result or direction complement (`拿到`, `搬走`, `交上去`, `交满`). Not
 * completion (`办完`, `批下来`): how long until a thing is done is itself what such a question asks.
 */
const VERB_COMPLEMENT = /^(\p{Script=Han})(?:上去|下去|过来|过去|出来|回来|起来|上来|进来|出去|进去|到|走|掉|满|上|下|出|回|起|住|来|去)$/u;

/**
 * For a token the documents never use: the verb it stands for when it is a verb with its complement or a
 * modal glued to a verb (`拿到` → 拿, `能补` → 补, `要交满` → 交), '' when it is only directions (`下去`), or
 * null when it is neither (a word the asker said that the documents lack).
 */
function bareVerb(token: string, tag: string | undefined): string | null {
  if (!/^\p{Script=Han}{2,3}$/u.test(token)) return null;
  if (DIRECTION_PAIR.test(token)) return '';
  // Only jieba's guesses (x) lose a modal: `可能`, `需要`, `能力` are words of their own.
  const stripped = tag === 'x' ? token.replace(MODAL_GLUE, '') : token;
  if (tag !== 'v' && tag !== 'x') return null;
  const complement = VERB_COMPLEMENT.exec(stripped);
  const verb = complement ? complement[1]! : stripped !== token ? stripped : null;
  // A place word left alone (`内` of `时间内会`) is no verb: the run was grammar.
  return verb !== null && PLACE_WORD.test(verb) ? '' : verb;
}

/** Whether jieba's dictionary counts the word: its cut then weighed the word as one. */
const inDictionary = (word: string) => dictionaryWeight(word) !== undefined;

/** The word for the end of the period a plan runs over: the plans say the year (`到2025年末`). */
const PERIOD_END = /^期末$/u;
/** A plan's period in its title: `（2023—2025年）`, `2021年—2025年`, `(2024-2026)` — the later year. */
const TITLE_PERIOD = /(?:19|20)\d{2}\s*年?\s*[—–－\-~～至到]{1,2}\s*((?:19|20)\d{2})\s*(?:年|[)）])/gu;
/** Titles of the papers that run over a period: plans, programmes, outlines. */
const PLAN_TITLE = /方案|规划|计划|纲要/u;
const PERIOD_UNIT = /^(?:天|日|年|月|周|小时|个月|工作日)(?:内|以内|之内)?$/u;
/** The unit of a share (`百分之`, `千分之`), a word of the asking when 多少 or 几 follows it. */
const SHARE_UNIT = /^(?:百分之|千分之|万分之|百分|千分|万分)$/u;
/** Parts of speech that only join words (adverbs, numerals, prepositions, particles, conjunctions, measures). */
const GLUE_TAG = /^(?:d|m|p|u\w*|c|y|q|f)$/u;
/** Words for a name or a wording: what a question asks for, not what it asks about. */
const NAMING = /^(?:全称|全名|简称|名称|名字|名儿|叫法|原话|原文|说法|提法|字眼)$/u;
/** Dividing into kinds (`分成哪几类`, `划分为几级`). */
const DIVIDES = /^(?:分成|分为|划分|划分为|分作|分类)$/u;
/** How texts say a division (`分为四级`, `划分为…`). */
const DIVISION_WORDS = ['分为', '分成', '划分'];
/** Words for the kinds or grades something is divided into (`几个级别`, `哪些类型`). */
const KIND_WORD = /^(?:级别|等级|类别|类型|种类|档次)$/u;
/** `会有什么后果`, `有啥后果`, `后果是什么`: consequences asked for. */
const CONSEQUENCE_ASK = /(?:什么|啥|哪些|何种|怎样的?|哪种)(?:样的)?后果|后果(?:是什么|是啥|有哪些|如何|怎样|怎么样)/u;
/** Conjunctions, prepositions and particles (jieba's c, p, u…): words that join or end clauses. */
const FUNCTION_TAG = /^(?:c|p|u\w*)$/u;
/** Pronouns (jieba's r) and counted pointers (mq: 这场, 那次): the parts of speech of words that point rather than name. */
const GRAMMAR_TAG = /^(?:r\w*|mq)$/u;
/** …and of those, the ones that point at the asker or the conversation (这边, 我们, 那项) — not 每年, 各级. */
const DEICTIC = /^(?:这|那|哪|我|你|您|他|她|它|咱|俺|大家|自己|各位|人家)/u;

/** Inserts a score into the ascending list of the `limit` best, dropping the lowest past `limit`. */
function keepBest(kept: number[], score: number, limit: number): void {
  if (kept.length === limit) {
    if (score <= kept[0]!) return;
    kept.shift();
  }
  let i = kept.length;
  while (i > 0 && kept[i - 1]! > score) i--;
  kept.splice(i, 0, score);
}

/** Runs of two or more single characters that stand next to each other in the question. */
function singleCharRuns(question: string, singles: string[]): string[] {
  const out: string[] = [];
  let run = '';
  const close = () => {
    if (run.length >= 2 && question.includes(run)) out.push(run);
    run = '';
  };
  for (const ch of singles) {
    if (run && question.includes(run + ch)) run += ch;
    else {
      close();
      run = ch;
    }
  }
  close();
  return out;
}

/** Whether a phrase begins or ends with a digit: a figure, found only whole (isDigit below). */
function figureEdged(p: string): boolean {
  return isDigit(p.charCodeAt(0)) || isDigit(p.charCodeAt(p.length - 1));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Whether the text holds the figure as a figure of its own: `25` of the asker's `贷25年` is not in `2.525%` nor in
 * `250万` — no digit or decimal point runs on where the phrase's own digits end.
 */
function wholeFigureIn(text: string, p: string): boolean {
  // (A point or a thousands comma runs a figure on only between digits: `28.` numbering an item ends the
  // figure 28; `25,000` is not 25.)
  const joins = (code: number) => code === 46 || code === 44;
  const front = isDigit(p.charCodeAt(0));
  const back = isDigit(p.charCodeAt(p.length - 1));
  for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (front && at > 0 && (isDigit(before) || (joins(before) && isDigit(text.charCodeAt(at - 2))))) continue;
    const after = text.charCodeAt(at + p.length);
    if (back && (isDigit(after) || (joins(after) && isDigit(text.charCodeAt(at + p.length + 1))))) continue;
    return true;
  }
  return false;
}

/**
 * The question's figures whole, as found in passages: search mode may cut `2021年` into `202` and `1年`, pieces
 * a figure's edges (wholeFigureIn) never match. A concept that is such a piece is found as the figure it was cut
 * from (`2021`); of the pieces of one figure, and a figure already whole, one concept is kept. The terms that rank
 * stay as cut.
 */
function wholeFigures(concepts: Concept[], lower: string): Concept[] {
  const seen = new Set(concepts.filter((c) => figureEdged(c.text) && wholeFigureIn(lower, c.text)).map((c) => c.text));
  const out: Concept[] = [];
  for (const c of concepts) {
    const figure = figureEdged(c.text) && !seen.has(c.text) ? figureAround(lower, c.text) : null;
    if (!figure) {
      out.push(c);
      continue;
    }
    if (seen.has(figure)) continue;
    seen.add(figure);
    out.push({ ...c, text: figure, phrases: [figure] });
  }
  return out;
}

/**
 * The run of digits (and points between them) a piece of a figure was cut from (`1年` of `2021年` → `2021`), or
 * null; for a piece wholeFigures found not whole.
 */
function figureAround(text: string, piece: string): string | null {
  const at = text.indexOf(piece);
  if (at < 0) return null;
  const digitAt = isDigit(piece.charCodeAt(0)) ? at : at + piece.length - 1;
  let start = digitAt;
  while (start > 0 && /[\d.]/u.test(text[start - 1]!)) start--;
  let end = digitAt + 1;
  while (end < text.length && /[\d.]/u.test(text[end]!)) end++;
  const run = text.slice(start, end).replace(/^\.+|\.+$/gu, '');
  return run && run !== piece ? run : null;
}
