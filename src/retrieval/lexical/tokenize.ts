// Chinese tokenisation for indexing and queries: jieba's search mode plus the knowledge base's own
// terms. Words a document puts in “” or 《》 are names (a campaign, a programme, a slogan): jieba would cut
// them apart, so they are added to its dictionary at build time.
import { Jieba } from '@node-rs/jieba';
import { jiebaDictionary } from './jieba-dict.ts';

// Function words and question words. Plan words (任务, 目标, 要求, 措施, 政策) are deliberately absent:
// they are what staff ask about.
const STOPWORDS = new Set(
  (
    '的 了 和 与 及 或 等 在 是 为 对 把 被 从 以 于 将 也 都 就 而 并 又 还 个 之 其 该 此 这 那 这个 那个 这些 那些 ' +
    '我 你 他 她 它 我们 你们 他们 咱们 您 吗 呢 吧 啊 呀 哦 嘛 么 ' +
    '什么 怎么 怎样 怎么样 如何 哪些 哪个 哪位 哪里 哪儿 哪 谁 几 多少 是否 有没有 是不是 能否 可以 能 会 要 想 请问 请 ' +
    '一共 总共 共 几项 几个 几家 几位 第几 第 项 怎么办 怎么做 怎么样 做 办 干 搞 是从 其中 来 去 帮 给 排 呢 ' +
    // Interrogatives and modal verbs: how long, when, can I, do I need — the asking, not the asked.
    '多久 多长 多长时间 长时间 几天 几年 几个月 几次 几种 几类 什么时候 何时 时候 哪年 哪天 多大 多高 多远 为什么 为何 咋 咋办 ' +
    '能不能 可不可以 会不会 要不要 需不需要 有无 需要 应该 该怎么 才能 能够 怎样才能 如何才能 ' +
    '啥 咋样 啥样 什么样 一般 通常 大概 大约 具体地 到底 究竟 主要 哪几 哪几年 几年 为止 里面 里头 ' +
    '一下 有 有哪些 具体 情况 内容 相关 关于 进行 方面 问 告诉 知道 介绍 说说 讲讲 一个 一些 这份 那份 份 里 中 上 下 ' +
    'the a an of to in on for and or is are was were be been what which who whom whose how when where why does do did ' +
    'about tell me please any there this that these those it its can could would should mention mentions mentioned list ' +
    'give show say says said with by from as at i you we they he she'
  ).split(/\s+/),
);

const HAS_WORD = /[\p{L}\p{N}]/u;
// Question words jieba keeps whole with their measure word (多少钱, 哪几个, 几条, 多少项): the asking.
const ASKING = /^(?:(?:多少|哪几|哪一|几|哪|第几)[个条项家位名次种类批年月天日钱人块元岁号所件款处折成]{0,2}|(?:最多|最高|最少|最低)(?:能|可|可以))$/u;
// 第二项, 三个, 第十条: where an item stands in a list is structure, not what the question is about.
const ORDINAL = /^(?:第[一二三四五六七八九十百零两\d]+[项个条点位名]?|[一二三四五六七八九十两]+[项个条点])$/u;

export interface Tokenizer {
  /** Index-time tokens: every token, repeated as it occurs (term frequency matters). */
  index(text: string): string[];
  /**
   * jieba's search-mode pieces of a text as cut, before index() lower-cases and filters them:
   * index(text) is pieces(text) through indexTerm, nulls left out. A build cuts 28 MB of laws into
   * 5.8 million pieces of ~41 thousand kinds, and decides each kind once instead of each piece.
   */
  pieces(text: string): string[];
  /** What index() makes of one piece: its term, or null when the index leaves it out (no letter or digit, a stop word). */
  indexTerm(piece: string): string | null;
  /** Query-time tokens: content words only, de-duplicated, in order. */
  query(text: string): string[];
  isStopword(token: string): boolean;
  /** Words with their part of speech (jieba's tags: n noun, v verb, r pronoun, u particle…). */
  tag(text: string): { word: string; tag: string }[];
}

/** Names quoted in the documents, to keep whole: 2–12 characters, no inner punctuation. */
export function quotedTerms(texts: Iterable<string>): string[] {
  const out = new Set<string>();
  const re = /[“《「"]([^“”《》「」"\s，。、；：！？,;:!?()]{2,12})[”》」"]/gu;
  for (const t of texts) for (const m of t.matchAll(re)) out.add(m[1]!);
  return [...out];
}

function normToken(t: string): string {
  return t.trim().toLowerCase();
}

/**
 * The tokenizer with jieba's dictionary and these extra words. jieba itself (reading its 5 MB
 * dictionary and adding the words) is made on the first cut or tag: an index loaded from its
 * snapshot needs no tokenizer until the first question, and making it was a sixth of that start.
 */
export function createTokenizer(extraWords: Iterable<string> = []): Tokenizer {
  // jieba's dictionary format is `word freq tag` per line: words with spaces cannot be entries,
  // and it splits Latin words itself.
  const words = [...new Set(extraWords)].filter((w) => w.length >= 2 && /\p{Script=Han}/u.test(w) && !/\s/.test(w));
  let made: Jieba | null = null;
  const jieba = (): Jieba => {
    if (made) return made;
    made = Jieba.withDict(jiebaDictionary());
    if (words.length) made.loadDict(Buffer.from(words.map((w) => `${w} 100000 nz`).join('\n')));
    return made;
  };
  const isStopword = (t: string) => STOPWORDS.has(t) || ORDINAL.test(t) || ASKING.test(t);
  const pieces = (text: string): string[] => jieba().cutForSearch(text, true);
  const cut = (text: string): string[] =>
    pieces(text)
      .map(normToken)
      .filter((t) => t && HAS_WORD.test(t));
  return {
    index: (text) => cut(text).filter((t) => !isStopword(t)),
    pieces,
    indexTerm: (piece) => {
      const t = normToken(piece);
      return t && HAS_WORD.test(t) && !isStopword(t) ? t : null;
    },
    query: (text) => [...new Set(cut(text).filter((t) => !isStopword(t)))],
    isStopword,
    tag: (text) => jieba().tag(text, true),
  };
}
