// The shapes of what is extracted from a document (a plan's facts, the facts every document of the
// genre states), apart from the code that extracts them: the extractors and the knowledge types import
// these without importing one another (plan.ts and document.ts re-export them for their readers).
import type { MarkerKind } from '../structure.ts';

export type PolicyTopic = 'talent' | 'finance';
export const POLICY_TOPICS: readonly PolicyTopic[] = ['talent', 'finance'];

/** Every fact carries `source`: a sentence (or clause) that occurs verbatim in the normalised text. */
export interface Sourced {
  source: string;
  /** The heading the source sits under, for the citation's `section`. */
  section?: string;
}

export interface Period {
  text: string;
  start: number;
  end: number;
}

export interface Speaker extends Sourced {
  name: string;
  unit: string;
  post: string;
}

export interface TargetItem extends Sourced {
  /** The clause without its deadline prefix. */
  text: string;
  metric: string;
  /** `40`, `8`, `全省第四位`, `不低于…水平`; absent for qualitative targets. */
  value?: string;
  unit?: string;
  /** `以上`, `以下`… */
  qualifier?: string;
  rank?: number;
  deadline?: string;
}

export interface TargetGroup extends Sourced {
  no: number;
  name: string;
  items: TargetItem[];
}

export interface Partner extends Sourced {
  name: string;
}

export interface Task extends Sourced {
  no: number;
  areaNo: number;
  name: string;
  /** Sentences that describe this task; empty when they could not be aligned one per task. */
  sentences: string[];
  partners: Partner[];
  /** Only from an overrides file: the text names no task-level owner. */
  owner?: string;
  /** Only from an overrides file. */
  summary?: string;
}

export interface Area extends Sourced {
  no: number;
  title: string;
  /** The sentence `X是推动….` that carries the title. */
  titleSource: string;
  statedTasks: number | null;
  taskNos: number[];
  /** Description sentences not attributed to a single task (counts or wording did not line up). */
  sentences: string[];
  /** Partners named in those unattributed sentences (`与X共同推进…`). */
  partners: Partner[];
}

export interface PolicyItem extends Sourced {
  topic: PolicyTopic;
  text: string;
  areaNo?: number;
  taskNo?: number;
}

export interface Measures extends Sourced {
  items: string[];
  aspects: string[];
  /** The counts the measure sentence states (`2项措施`, `两个方面`), for the cross-check. */
  statedItems: number | null;
  statedAspects: number | null;
}

export interface StatedCount extends Sourced {
  value: number;
}

export interface PlanFacts {
  docId: string;
  /** The document's display title: the citation `source`. */
  docTitle: string;
  primary: boolean;
  /** Plan name without 《》 and period, e.g. `某市工业增长三年行动专项方案`. */
  title: string | null;
  /** `name(period)`, as the plan is formally called. */
  fullTitle: string | null;
  period: Period | null;
  titleSource: Sourced | null;
  releaseDate: (Sourced & { text: string }) | null;
  /**
   * The body that held the release (`3月30日，市政府新闻办召开…新闻发布会`): named in the sentence that dates it.
   * (Optional: facts restored from a snapshot written before it was read have none, and say so by its absence.)
   */
  organizer?: (Sourced & { name: string }) | null;
  leadUnit: (Sourced & { name: string }) | null;
  speakers: Speaker[];
  targetGroups: TargetGroup[];
  areas: Area[];
  tasks: Task[];
  policies: Record<PolicyTopic, PolicyItem[]>;
  measures: Measures | null;
  /** Fields set by an overrides file (`tasks.15.owner`): not from the text, and answers say so. */
  overridden?: string[];
  /** What the text says about its own size; each is checked against what was extracted. */
  stated: {
    areas: StatedCount[];
    tasks: StatedCount[];
    targetGroups: StatedCount[];
  };
}

export interface FactsWarning {
  section: string;
  reason: string;
}

export interface FactsResult {
  facts: PlanFacts | null;
  warnings: FactsWarning[];
}

export interface PlanCounts {
  targetGroups: number;
  targets: number;
  areas: number;
  tasks: number;
  speakers: number;
  measures: number;
  policies: Record<PolicyTopic, number>;
}

export interface OwnedItem {
  /** Index in the document's outline. */
  index: number;
  kind: MarkerKind;
  no: number;
  label: string;
  /** Labels of the enclosing items, outermost first (`二、`, `(五)`). */
  path: string[];
  title: string;
  lead: string | null;
  support: string | null;
  responsible: string | null;
  deadline: string | null;
  /** Offsets of the item's own text in the document. */
  start: number;
  end: number;
  /** The annotation lines that close the item after its sub-items (structure.ts Item.tail): its own text too. */
  tail?: { start: number; end: number };
  /** A table row's unit columns by header (`市卫健委内牵头处室`), as written. */
  columns?: { name: string; value: string }[];
  /** For a measure closed by units of its own inside an item (`…贴息。（责任单位：市人力社保局）`): the item's outline index. */
  measureOf?: number;
}

export interface DocTarget {
  year: string;
  /** The clause that states it, verbatim. */
  source: string;
  /**
   * When the clause does not name its year, the words that do, as written earlier in its paragraph
   * (`到2025年`): the year is the paragraph's, stated in the same item.
   */
  anchor?: string;
  item?: number;
}

export interface DocAmount {
  /** `80万元`, `50%`, `3000元`. */
  values: string[];
  source: string;
  item?: number;
}

/** A level of numbering: its kind and how many items it has (`(一)`…`(二十五)`: pcn, 25). */
export interface Level {
  kind: MarkerKind;
  /** The deepest depth its items stand at. */
  depth: number;
  /** Every depth its items stand at, when one numbering runs on across depths (1.–21. under (一)–(七), 22.–24. under 三、). */
  depths?: number[];
  count: number;
  /** Numbering runs on across parents (1…25, gaps allowed) rather than restarting under each. */
  continuous: boolean;
  first: string;
  last: string;
}

export interface HistoryEntry {
  /** `2013年10月25日` */
  date: string;
  /** The act the line records: 通过, 修正, 修订, 公布, 施行, 批准. */
  event: string;
  /** The line as written. */
  text: string;
}

export interface DocFacts {
  /** What kind of document it is, by its title's last word: 办法, 方案, 意见, 通知, 答记者问, 法… */
  genre: string | null;
  /** `穗天科工信规字〔2023〕1号`. */
  number: string | null;
  /** The issuing units, as signed. */
  issuers: string[];
  /** The date it was signed or issued (`2023年8月9日`), with the line that states it. */
  date: { text: string; source: string } | null;
  /** `本办法自2023年9月8日起施行，有效期3年。` */
  effective: string | null;
  /**
   * How the text came to be, from the dated lines at its head (a law's `1993年10月31日…会议通过`,
   * `2013年10月25日…第二次修正`), oldest first: what 何时通过/修正 asks, and which of two texts of one
   * title is the later.
   */
  history: HistoryEntry[];
  levels: Level[];
  owners: OwnedItem[];
  targets: DocTarget[];
  amounts: DocAmount[];
  /**
   * The titles of its items short enough to be named in a question (`主要任务`, `保障措施`: at most
   * SHORT_TITLE characters, document.ts), without a trailing 。/：, each once. A question naming none of them is not
   * about a heading of this document, which the answer layer then knows without building its outline.
   * Absent in facts made without it: the answer layer reads them from the text.
   */
  shortTitles?: string[];
}
