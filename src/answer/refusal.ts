// A refusal is an answer too: it says plainly that the documents do not say, what they do cover
// (taken from the loaded documents, not from code), and where to ask instead.
import type { Answer } from '../knowledge/types.ts';
import type { KnowledgeIndex } from '../retrieval/knowledge-index.ts';
import { mirrorScript, type Script } from './script.ts';

const MAX_TOPICS = 6;
const MAX_TOPIC_CHARS = 12;

/** What the knowledge base covers: the main documents' titles and their top-level sections. */
export function coverageSummary(index: KnowledgeIndex): { titles: string[]; topics: string[] } {
  // Computed once per index: it walks every chunk, and refusals are frequent.
  return index.once('coverage-summary', () => summarize(index));
}

/** A heading or an item title short enough to name a topic, and not a date, a number or a signature. */
function topicLike(t: string): boolean {
  // A signature (`澄川市人民政府办公室`) heads no topic, and a span of packed articles (`第十一条–第十二条`) is no name.
  return t.length >= 2 && t.length <= MAX_TOPIC_CHARS && !/\d{4}年|〔\d{4}〕|第\S{1,5}条|[，。；：–]|(?:局|部|委|办公室|政府|厅|院)$/u.test(t);
}

function summarize(index: KnowledgeIndex): { titles: string[]; topics: string[] } {
  // Name the primary documents (the plans and policies); reference material is only counted.
  const primary = index.documents.filter((d) => d.primary);
  const main = (primary.length ? primary : index.documents).slice(0, 4);
  const titles = main.map((d) => d.title);
  // Topics from every main document in turn: its short section headings, else its items' titles
  // (载体建设, 平台服务) — what a person could ask about, never a date or a headline.
  const perDoc = main.map((d) => {
    const found: string[] = [];
    for (const c of index.chunks) {
      if (c.docId !== d.id) continue;
      for (const part of c.section) {
        const name = part.replace(/^(?:第\S{1,5}条|\(\S{1,4}\)|\d+[.、]|[一二三四五六七八九十]+[、是])\s*/u, '');
        if (topicLike(name) && !found.includes(name)) found.push(name);
      }
      if (found.length >= MAX_TOPICS) break;
    }
    return found;
  });
  const topics: string[] = [];
  for (let k = 0; topics.length < MAX_TOPICS && perDoc.some((t) => t.length > k); k++) {
    for (const t of perDoc) if (t[k] && !topics.includes(t[k]!) && topics.length < MAX_TOPICS) topics.push(t[k]!);
  }
  return { titles, topics };
}

export function refusal(index: KnowledgeIndex, script: Script): Answer {
  const { titles, topics } = coverageSummary(index);
  const more = index.documents.length > titles.length ? `等${index.documents.length}份文件` : '';
  let text: string;
  if (script === 'english') {
    text =
      `Sorry, the documents I answer from do not cover this question, so I cannot give a reliable answer. ` +
      `I can answer questions about ${titles.join(', ') || 'the loaded documents'}` +
      `${topics.length ? ` (${topics.join(', ')})` : ''}. ` +
      `For other matters, please contact the responsible government department or the 12345 hotline.`;
  } else {
    text =
      `抱歉，现有资料中没有找到能回答这个问题的内容，为避免误导，暂不作答。` +
      `我可以解答${titles.join('、') || '已收录文件'}${more}的相关问题` +
      `${topics.length ? `，例如其中的${topics.join('、')}` : ''}。` +
      `其他事项建议咨询相关主管部门或拨打12345政务服务便民热线。`;
  }
  return mirrorScript({ body: text, sources: [], grounded: false, citations: [], mode: 'refusal' }, script);
}
