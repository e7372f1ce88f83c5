// English questions over Chinese documents. A general bridge, not a glossary per document: the open
// CC-CEDICT dictionary read backwards — from the English words of each sense to the Chinese headword —
// so `rent subsidy` reaches 租金 and 补贴, `Hong Kong` 香港. The table is derived once from the
// `cc-cedict` package by scripts/build-english-bridge.ts (data/english-bridge.tsv); a question keeps
// only the candidates the knowledge base itself uses, so the bridge never adds a word it does not have.
import path from 'node:path';
import { TsvTable } from './tsv-table.ts';

export const BRIDGE_FILE = path.join(import.meta.dirname, 'data', 'english-bridge.tsv');
export const PINYIN_FILE = path.join(import.meta.dirname, 'data', 'pinyin.tsv');
export const GLOSS_FILE = path.join(import.meta.dirname, 'data', 'chinese-gloss.tsv');

/** Chinese headwords per English word or two-word phrase, best first. */
export type EnglishBridge = Map<string, string[]>;

/** Words that ask rather than name: they never stand for anything in the documents. */
const EN_STOP = new Set(
  ('a an the of to in on for and or not is are was were be been being what which who whom whose how when where why does do did ' +
    'about tell me please any there this that these those it its can could would should will shall may might must much many more most ' +
    'get got gets give given per by from as at into onto with without under over than then also have has had having some such only ' +
    'other others each every after before up out make made take want need needs say says said set sets first one two three they them their ' +
    'we our you your he she his her i my if so very just like same new old long year years time times end ' +
    // Words of the asking in questions about who does what (`which office leads the work on setting up…`).
    'work works setting sets put')
    .split(/\s+/),
);

/**
 * Words that name the kind of figure asked (`the number of`, `what share of`, `at what rate`): the asking,
 * as 多少 and 比例 are in Chinese. Alone they stand for nothing in the documents; in a dictionary
 * phrase (`growth rate` → 增长率) they still count.
 */
const EN_ASKING = new Set('number numbers amount amounts share shares proportion percentage ratio rate rates'.split(' '));

/**
 * Words of the asking and of the asker's voice in a question, beyond EN_STOP (which the bridge is built without): how a
 * question is put (`actually`, `I wonder`, `someone`, `supposed to`), the tails of contractions (`I've`,
 * `they're`, `don't`), and the bounds an amount is asked by (`the longest`, `at most`, `the maximum`), which a
 * text states its own way (`最长为二十四个月`, `不超过`) — as 多少 and 最长 are the asking in Chinese. Query side
 * only, and for single words: a dictionary phrase that holds one is still looked up whole (`down payment` → 首付).
 */
const EN_VOICE = new Set(
  ('re ve ll nt don doesn didn isn aren wasn weren haven hasn hadn won wouldn couldn shouldn ' +
    'ask asks asked told know knows think thinking thought mean means meant wants wanted wonder wonders ' +
    'look looks looking happen happens happened hear hears heard mention mentioned suppose supposed sure seem seems ' +
    'actually really basically especially simply exactly roughly normally usually generally already still even ever yet else ' +
    'anything something someone anyone everyone everything nothing somebody anybody everybody ' +
    'all either neither between among through during within while whether unless instead rather ' +
    'here now once off down own both together toward towards nor too few further again ' +
    'longest shortest highest lowest biggest largest smallest earliest latest maximum minimum max min least ' +
    'come comes came coming going goes went gone go kind kinds sort type types way ways thing things lot lots ok okay')
    .split(/\s+/),
);

/** True for an English word that asks rather than names (`how`, `much`, `per`, `year`, `number`). */
export function isEnglishStopword(w: string): boolean {
  return EN_STOP.has(w) || EN_ASKING.has(w);
}

/** True for a word of the asker's voice (EN_VOICE): no concept alone, though a dictionary phrase may hold it (`down payment`). */
export function isEnglishVoice(w: string): boolean {
  return EN_VOICE.has(w);
}

/** Candidates kept per English key. */
const PER_KEY = 8;

function senseWords(sense: string): string[] {
  return sense
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]|\b(?:cl|see|variant of|old variant of|used in)\b:?.*$/g, ' ')
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/**
 * English word forms to try, base forms first (`cities` → city, `implementation` → implement), then the
 * word as written: a plural's own dictionary senses are often idioms (城邑 for cities, 城市 for city).
 */
export function wordForms(w: string): string[] {
  const out: string[] = [];
  // British spellings (`centres`, `programme`, `labour`, `organisation`): the dictionary writes American.
  const us = american(w);
  if (us !== w) out.push(...wordForms(us));
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ation')) out.push(w.slice(0, -5), `${w.slice(0, -5)}e`);
  if (w.endsWith('ment')) out.push(w.slice(0, -4));
  out.push(w);
  // After the word's own senses, which come first where it has them (`later` is 以后, `left` 剩下, `LED` 发光二极管):
  // `higher`, `bigger`, `earlier` by the adjective (a superlative of a bound is the asking: EN_VOICE) — only
  // adjectives of size, time and degree, `employer` is no more `employ` than `farmer` is `farm`; `paid`, `built`
  // by the verb; `disability`, `eligibility` by the adjective in -ble and its -bled (disabled → 残疾).
  const adjective = w.endsWith('er') ? [w.slice(0, -2), w.slice(0, -1), w.slice(0, -3)].find((a) => GRADED.has(a) || (a.endsWith('i') && GRADED.has(`${a.slice(0, -1)}y`))) : undefined;
  if (adjective) out.push(adjective.endsWith('i') ? `${adjective.slice(0, -1)}y` : adjective);
  const base = IRREGULAR.get(w);
  if (base) out.push(base);
  if (w.endsWith('bility')) out.push(`${w.slice(0, -5)}le`, `${w.slice(0, -5)}led`);
  return out.filter((f) => f.length >= 3);
}

/** Adjectives whose comparatives a question uses (`higher`, `bigger`, `earlier`). */
const GRADED = new Set('high low large big long short small great old young fast slow wide late early close strong deep heavy easy hot cold cheap'.split(' '));

/** Irregular past forms of English verbs, to the form the dictionary's senses use (`paid` → pay, `built` → build). */
const IRREGULAR = new Map(
  ('paid:pay built:build bought:buy sold:sell sent:send spent:spend spoke:speak spoken:speak took:take taken:take ' +
    'gave:give given:give held:hold kept:keep left:leave lost:lose led:lead met:meet ran:run dug:dig broke:break ' +
    'broken:break chose:choose chosen:choose wrote:write written:write drew:draw drawn:draw found:find fell:fall ' +
    'fallen:fall froze:freeze frozen:freeze grew:grow grown:grow hid:hide hidden:hide lent:lend bore:bear borne:bear ' +
    'born:birth rode:ride stole:steal stolen:steal struck:strike swore:swear sworn:swear taught:teach caught:catch ' +
    'brought:bring sought:seek dealt:deal fled:flee forbade:forbid forbidden:forbid ' +
    'slept:sleep stood:stand understood:understand withdrew:withdraw withdrawn:withdraw')
    .split(' ')
    .map((p) => p.split(':') as [string, string]),
);

/** A British spelling in the American form CC-CEDICT uses; other words as they are. */
function american(w: string): string {
  return w
    .replace(/programme/, 'program')
    .replace(/(?<=\w{3})([ct])re(s?)$/, '$1er$2')
    .replace(/(?<=\w{3})our(s|ed|ing)?$/, 'or$1')
    .replace(/is(ation|e|es|ed|ing)$/, 'iz$1')
    .replace(/ys(e|es|ed|ing)$/, 'yz$1')
    .replace(/([cf])ence(s?)$/, '$1ense$2')
    .replace(/ogue(s?)$/, 'og$1');
}

/**
 * Builds the reverse dictionary. A sense that is just the key (`Hong Kong`) scores 1; otherwise a key
 * scores less the more words its sense has (`enterprise; company` beats `to run a business enterprise`).
 */
export function buildBridge(entries: Iterable<[string, string]>, frequency: (zh: string) => number = () => 0): EnglishBridge {
  const scored = new Map<string, Map<string, number>>();
  const add = (key: string, zh: string, score: number) => {
    let m = scored.get(key);
    if (!m) scored.set(key, (m = new Map()));
    if ((m.get(zh) ?? 0) < score) m.set(zh, score);
  };
  for (const [zh, definition] of entries) {
    if (zh.length < 2 || !/^\p{Script=Han}+$/u.test(zh)) continue;
    // `rent; rental` is two senses: each scores on its own.
    for (const sense of definition.split(/[/;,]/)) {
      const words = senseWords(sense);
      if (!words.length || words.length > 8) continue;
      const content = words.filter((w) => !EN_STOP.has(w) && w.length >= 3);
      const whole = content.length <= 2 ? content.join(' ') : '';
      if (whole.includes(' ')) add(whole, zh, 1);
      for (const w of content) add(w, zh, content.length === 1 ? 1 : 1 / content.length);
    }
  }
  const bridge: EnglishBridge = new Map();
  for (const [key, m] of scored) {
    // Among equals, the word general Chinese uses most (jieba's frequencies), then the shorter: the
    // plain word (租金) rather than the rare or idiomatic one (租子).
    const best = [...m]
      .sort((a, b) => b[1] - a[1] || frequency(b[0]) - frequency(a[0]) || a[0].length - b[0].length)
      .slice(0, PER_KEY)
      .map(([zh]) => zh);
    bridge.set(key, best);
  }
  return bridge;
}

/** English words kept per Chinese headword in the gloss table. */
const GLOSS_WORDS = 12;

/**
 * The dictionary read forwards: a Chinese word (2–4 characters, one jieba knows) → the English words of its
 * short senses (`处罚` → penalize, punish; `网络` → network). Lets an English name be matched word by word
 * against a Chinese title's words, where the backward bridge keeps only a key's few commonest headwords
 * (`penalty` lists 罚款, 惩罚… and not 处罚).
 */
export function buildGloss(entries: Iterable<[string, string]>, known: (zh: string) => boolean): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const [zh, definition] of entries) {
    if (zh.length < 2 || zh.length > 4 || !/^\p{Script=Han}+$/u.test(zh) || !known(zh)) continue;
    const set = out.get(zh) ?? new Set<string>();
    for (const sense of definition.split(/[/;]/)) {
      // (A surname, a variant's pointer or an abbreviation's expansion says nothing of the word's meaning.)
      if (/\b(?:variant of|surname|see |used in|abbr\. for|CL:)/u.test(sense)) continue;
      const words = senseWords(sense).filter((w) => w.length >= 3 && !EN_STOP.has(w));
      if (!words.length || words.length > 5) continue;
      for (const w of words) set.add(w);
    }
    if (set.size) out.set(zh, set);
  }
  return new Map([...out].map(([zh, set]) => [zh, [...set].slice(0, GLOSS_WORDS)]));
}

/** The knowledge base's words kept per English sense word. */
const SENSES_PER_WORD = 4;
/** Most English words a knowledge-base word's senses may have for it to stand for any of them. */
const SENSES_MAX = 4;

/**
 * The knowledge base's own words by the English words of their senses (`late` → 滞纳金, whose senses are overdue,
 * fine, late): a word's fewer senses first (the English word is more nearly what it means), then the word the
 * documents use more.
 */
export function kbSenses(vocabulary: readonly string[], df: (term: string) => number): Map<string, string[]> {
  const gloss = chineseGloss();
  const by = new Map<string, { zh: string; senses: number; df: number }[]>();
  for (const term of vocabulary) {
    if (term.length < 2 || term.length > 4 || !/^\p{Script=Han}+$/u.test(term)) continue;
    const words = gloss.get(term);
    // (A word of many senses says none of them precisely: 支持 is favor, support, back…; 攻关 storm, pass, key….)
    if (!words || words.length > SENSES_MAX) continue;
    const entry = { zh: term, senses: words.length, df: df(term) };
    for (const w of words) {
      const list = by.get(w);
      if (list) list.push(entry);
      else by.set(w, [entry]);
    }
  }
  const out = new Map<string, string[]>();
  for (const [w, list] of by) out.set(w, list.sort((a, b) => a.senses - b.senses || b.df - a.df).slice(0, SENSES_PER_WORD).map((e) => e.zh));
  return out;
}

let glossLoaded: TsvTable | null = null;

/** The gloss table, read once per process on first use (an English question naming a law, a name tag weighed: definedAsWord). */
export function chineseGloss(): BridgeLookup {
  glossLoaded ??= TsvTable.read(GLOSS_FILE);
  return glossLoaded;
}

/** The bridge as the server reads it: the file looked up in place (tsv-table.ts), not a Map of 93k keys. */
export interface BridgeLookup {
  get(key: string): readonly string[] | undefined;
}

let loaded: TsvTable | null = null;

/** The bridge table, read once per process on first use. */
export function englishBridge(): BridgeLookup {
  loaded ??= TsvTable.read(BRIDGE_FILE);
  return loaded;
}

/** The English words of a question, lower case, the asking words left out. */
export function englishWords(question: string): string[] {
  return (question.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length >= 3 && !EN_STOP.has(w));
}

/**
 * Chinese stand-ins for a question's English: two-word phrases first (`hong kong` → 香港), then single
 * words. `known` keeps only headwords the knowledge base uses; at most `perWord` each.
 */
export function bridgeEnglish(
  question: string,
  known: (zh: string) => boolean,
  perWord = 3,
  names: ReadonlyMap<string, string> = new Map(),
  /** The knowledge base's own words one of whose senses is this English word (kbSenses), after the bridge's. */
  senses: (en: string) => readonly string[] = () => [],
): { en: string; zh: string[] }[] {
  const words = englishWords(question);
  if (!words.length) return [];
  const bridge = englishBridge();
  const out: { en: string; zh: string[] }[] = [];
  for (let i = 0; i < words.length; i++) {
    // A name the titles spell in pinyin (Chengchuan → 澄川) before any dictionary sense.
    const name = names.get(words[i]!);
    if (name && known(name)) {
      out.push({ en: words[i]!, zh: [name] });
      continue;
    }
    // A person's name in two words, surname first (`Wang Guojun` → 王国君).
    const person = i + 1 < words.length ? names.get(`${words[i]}${words[i + 1]}`) : undefined;
    if (person && known(person)) {
      out.push({ en: `${words[i]} ${words[i + 1]}`, zh: [person] });
      i++;
      continue;
    }
    const pair = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
    const pairHits = pair ? (bridge.get(pair) ?? []).filter(known).slice(0, perWord) : [];
    if (pairHits.length) {
      out.push({ en: pair, zh: pairHits });
      i++;
      continue;
    }
    const w = words[i]!;
    // (The asker's voice only after the pair is looked up: `down payment` is 首付, `maximum amount` 最高限额.)
    if (EN_ASKING.has(w) || EN_VOICE.has(w)) continue;
    const hits: string[] = [];
    for (const form of wordForms(w)) for (const zh of bridge.get(form) ?? []) if (!hits.includes(zh) && known(zh)) hits.push(zh);
    // Fewer of them the knowledge base's than asked for: its own words of that sense after them (the bridge keeps a
    // key's commonest headwords only — `late` lists 迟迟, 已故…, not the 滞纳金 a law says).
    if (hits.length < perWord) for (const form of wordForms(w)) for (const zh of senses(form)) if (!hits.includes(zh) && known(zh)) hits.push(zh);
    if (hits.length) out.push({ en: w, zh: hits.slice(0, perWord) });
  }
  return out;
}

let readings: TsvTable | null = null;

function pinyinOf(ch: string): readonly string[] {
  readings ??= TsvTable.read(PINYIN_FILE);
  return readings.get(ch) ?? [];
}

/** Readings of a run of characters, joined (`澄川` → chengchuan, dengchuan); at most `cap`. */
function spell(run: string, cap = 8): string[] {
  let out = [''];
  for (const ch of run) {
    const r = pinyinOf(ch);
    if (!r.length) return [];
    out = out.flatMap((p) => r.map((x) => p + x)).slice(0, cap);
  }
  return out;
}

/** Senses of a CC-CEDICT entry that name a person by title or trade. */
const PERSON_SENSE = new Set(['politician', 'president', 'emperor', 'king', 'dynasty', 'poet', 'writer', 'general', 'philosopher', 'founder', 'surname']);

/** definedAsWord's answers, by word of the gloss table. */
const definedWords = new Map<string, boolean>();

/**
 * Whether CC-CEDICT defines the word as a word of the language rather than a name: it has senses, none of them a
 * spelling of the word (`lucheng` of 鹿城, `qiao`/`shi` of 乔石 — a name's entry spells it) nor a title or trade that
 * names a person (`politician`, `emperor`). `张罗` (care, raise, money) is a word; a word it does not know is neither.
 */
export function definedAsWord(word: string): boolean {
  const senses = chineseGloss().get(word);
  if (!senses?.length) return false;
  // (Asked per question of every word tagged nr (the gate weighs a concept several times): its spellings read once.
  // Only entries of the gloss table are kept, so the memo is bounded by it.)
  let defined = definedWords.get(word);
  if (defined === undefined) {
    const spelt = new Set([...spell(word), ...[...word].flatMap((ch) => pinyinOf(ch))]);
    defined = !senses.some((s) => spelt.has(s) || PERSON_SENSE.has(s));
    definedWords.set(word, defined);
  }
  return defined;
}

/**
 * Names in pinyin (`Chengchuan`, `Qinglan`, `Wanglan`) → the characters of the titles they spell:
 * every run of two to four characters of each title. Place names of the genre are rarely in a
 * dictionary but always in the document's title.
 */
export function pinyinNames(titles: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const title of titles) {
    for (const run of title.match(/\p{Script=Han}+/gu) ?? []) {
      const chars = [...run];
      for (let len = 2; len <= 4; len++) {
        for (let i = 0; i + len <= chars.length; i++) {
          const piece = chars.slice(i, i + len).join('');
          for (const key of spell(piece)) if (key.length >= 6 && !out.has(key)) out.set(key, piece);
        }
      }
    }
  }
  return out;
}
