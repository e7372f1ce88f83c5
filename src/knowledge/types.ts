// The values that flow from the knowledge stage to retrieval and answering.
import type { DocFacts } from './facts/types.ts';
import type { Anomaly } from '../text/normalize.ts';

export interface KnowledgeDocument {
  /** Stable id: the path relative to KNOWLEDGE_DIR, with `/` separators. */
  id: string;
  /** Display title, e.g. `《某市工业增长三年行动专项方案》解读`. */
  title: string;
  /** Normalised, simplified text; lines are paragraphs or headings. */
  text: string;
  rawChars: number;
  glossesRemoved: number;
  anomalies: Anomaly[];
  /** Primary documents (the plans) rank above reference material at equal relevance. */
  primary: boolean;
  /**
   * The ASCII characters of `text` the source writes full-width (`()%/` of `（原粮）`, `82.0％`, `元／吨`): the
   * index reads one form, but an answer quotes the document as written.
   */
  writtenWide?: string;
  /** What the document states about itself and its items (facts/document.ts). */
  facts?: DocFacts;
}

export interface Chunk {
  /** Index in the knowledge base's chunk array. */
  id: number;
  docId: string;
  /** Document title, shown as the citation's source. */
  source: string;
  /** Section path from the document's headings and enumerations, outermost first. */
  section: string[];
  text: string;
  /** The numbered item of the document's outline (structure.ts) the chunk belongs to, when one. */
  item?: number;
}

export interface Citation {
  text: string;
  source: string;
  section?: string;
  score?: number;
}

/**
 * An answer as data: what is said, where it is from, what to ask next. The channels' presenters lay it
 * out (the HTTP JSON's text with its 来源 line, WeChat bubbles, the 公众号's 2048 bytes); nothing reads
 * the sources back out of the text.
 */
export interface Answer {
  /** What is said: the answer first, then details; never the sources. */
  body: string;
  /** Where it is from, one per passage or fact cited, as `《…》 · 重点任务 · 四是` (no `来源：`). */
  sources: string[];
  /** Questions to try next (a greeting's examples). */
  followUps?: string[];
  grounded: boolean;
  citations: Citation[];
  /** `command`: said by a chat command (帮助, 反馈…), which the HTTP API does not take. */
  mode: 'extractive' | 'facts' | 'llm' | 'refusal' | 'command';
  /** Written in traditional characters for a traditional question: the presenters' own words follow. */
  script?: 'traditional';
}
