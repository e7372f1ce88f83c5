// A refusal is an answer too: it says plainly that the documents do not say, what they do cover
// (taken from the loaded documents, not from code), and where to ask instead.
import type { Answer } from '../knowledge/types.ts';
import type { KnowledgeIndex } from '../retrieval/index.ts';
import { mirrorScript, type Script } from './script.ts';

const MAX_TOPICS = 6;
const MAX_TOPIC_CHARS = 12;

/** What the knowledge base covers: the main documents' titles and their top-level sections. */
export function coverageSummary(index: KnowledgeIndex): { titles: string[]; topics: string[] } {
  // Computed once per index: it walks every chunk, and refusals are frequent.
  return index.remember('coverage-summary', () => summarize(index));
}

function summarize(index: KnowledgeIndex): { titles: string[]; topics: string[] } {
  // Name the primary documents (the plans); reference material is only counted.
  const primary = index.documents.filter((d) => d.primary);
  const main = (primary.length ? primary : index.documents).slice(0, 3);
  const titles = main.map((d) => d.title);
  const mainIds = new Set(main.map((d) => d.id));
  const topics: string[] = [];
  for (const c of index.chunks) {
    const top = c.section[0];
    // Section names are short (总体目标, 重点任务); a long "heading" is a news headline, not a topic.
    if (mainIds.has(c.docId) && top && top.length <= MAX_TOPIC_CHARS && !topics.includes(top)) topics.push(top);
    if (topics.length >= MAX_TOPICS) break;
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
  return mirrorScript({ answer: text, grounded: false, citations: [], mode: 'refusal' }, script);
}
