// `任务名称里有“企业”二字的，统共几条？`, `八个方面的标题里带“精准”俩字的有几个？`: the entries of one of a plan's
// lists whose own name holds the quoted words — a question over the names, which no one entry's sentence answers.
import { areaCite, areaLabel, areaSection, cite, reply, type Intent } from './reply.ts';

/** The words quoted as part of a name: `带“协同”俩字`, `有“企业”二字`, `含“融合”`. */
const QUOTED_PART = /(?:带|有|含|包含|带着|带有)(?:个|着)?[“"‘「]([^”"’」]{1,10})[”"’」](?:[俩两二仨三四五几]个?字|字)?/u;

/** What such a question says besides the words and the list: the name, counting, listing. */
const NAME_PART_WORDS = ['名字', '名称', '标题', '题目', '任务名', '里', '中', '当中', '的', '有', '几个', '几项', '几条', '多少', '统共', '一共', '总共',
  '分别', '都是', '哪几', '哪个', '哪些', '列出来', '列', '出来', '叫', '任务', '方面', '板块', '大块', '块'];

export const namedWithIntent: Intent = (q, f) => {
  const m = QUOTED_PART.exec(q);
  // Words asked as part of a name (`名字带“X”`, `标题里有“X”俩字`), not a thing the asker has heard of (`听说有个“X”行动`).
  if (!m || !(/字$/u.test(m[0]) || /名|标题|题目/u.test(q.slice(0, m.index)))) return null;
  const part = m[1]!;
  const explained = [m[0], ...NAME_PART_WORDS];
  if (/任务/u.test(q)) {
    const found = f.tasks.filter((t) => t.name.includes(part));
    if (!found.length) return null;
    const names = found.map((t) => `第${t.no}项“${t.name}”`).join('、');
    return { answer: reply(`名称里带“${part}”的任务有${found.length}项：${names}。`, found.map((t) => cite(f, t.source, t.section))), explained };
  }
  if (/方面|板块|块/u.test(q)) {
    const found = f.areas.filter((a) => a.title.includes(part));
    if (!found.length) return null;
    const names = found.map((a) => areaLabel(f, a.no)).join('、');
    return { answer: reply(`标题里带“${part}”的方面有${found.length}个：${names}。`, found.map((a) => areaCite(f, a))), explained };
  }
  return null;
};
