// Intents about who and how much: counts, speakers, the responsible unit, safeguard measures, the
// plan's name and dates, and policy lists by topic.
import type { Partner, PlanFacts, PolicyTopic, Speaker, Task } from '../../knowledge/facts/plan.ts';
import { POLICY_TOPICS } from '../../knowledge/facts/plan.ts';
import { taskCore } from '../../knowledge/facts/text.ts';
import { POLICY_QUESTION_WORDS } from '../../knowledge/facts/vocab.ts';
import { unexplained } from './explain.ts';
import { withoutSituation } from '../situation.ts';
import { quotedOf, usesQuoted } from '../asked.ts';
import { FIRST_WORDS, LAST_WORDS, NAME_LIST, titleRuns, isSubsequence, longestCommon, matchArea, matchUnit, ordinalIn, placeIn, rankByOverlap, residue } from './match.ts';
import { STOP, areaCite, areaLabel, areaSection, areaTasksReply, cite, planOfList, reply, type Intent, type IntentReply, type Outcome, type SpeakerList } from './reply.ts';
import { parseNumber, toChineseNumber } from '../../text/numerals.ts';

/** `几项任务`, `几个方面`, `几项措施`, `几位发布人`: answered only when the stated and found counts agree. */
// `发布会上几个人发言`: a count of the people on the podium is a count of speakers.
const SPEAKER_COUNT = /发布人|(?:几|多少)(?:个|位|名)?(?:人|领导|嘉宾)[\p{Script=Han}]{0,3}(?:发言|发布|出席|参加|介绍)/u;

function measuresList(f: PlanFacts): IntentReply['list'] {
  return { kind: 'measures', items: f.measures!.items, planId: f.docId };
}

const COUNT_WORDS = ['任务', '重点', '方面', '措施', '保障', '发布人', '位', '设置', '部署', '安排', '明确', '提出', '分为', '分成', '分', '从', '总体',
  '确定', '发布会', '发言', '出席', '参加', '介绍', '人', '上', '领导', '嘉宾', '名',
  // How a total is said (`围绕几个方面设定了目标`, `下设几项任务`, `几大块`).
  '围绕', '设定', '设了', '下设', '大块', '板块', '块', '活儿', '归拢', '归类', '划分',
  // …and how the whole is cut into them (`拆成了几个方面`, `拆分为几项`, `划成几块`).
  '拆成', '拆分', '拆', '划成', '切成', '分解',
  // …and of what stands under something (`第六个方面下面有几项任务`).
  '下面', '下边', '底下', '之下', '里面', '里头',
  // …and the paper laying them down (`总共规定了几个板块、几项重点工作`, `列出了几项`).
  '规定', '列出'];

/** Words for the paper itself and for a total, said beside its name (`这三年工业计划拢共…`). */
const PAPER_WORDS = ['计划', '规划', '拢共', '统共', '一总'];

/** How the names of what is counted are asked beside the count (`每个方面题目叫啥`, `名称分别是什么`). */
const NAMES_ASKED = ['每个方面', '每个', '题目', '标题', '名称', '名字', '那部分', '部分'];

/** An intent whose own vocabulary (`实施期限`, `发布人`) counts as explained in its answers. */
function vocab(words: readonly string[], intent: Intent): Intent {
  return (q, f) => {
    const out = intent(q, f);
    return out && out !== STOP ? { ...out, explained: [...(out.explained ?? []), ...words] } : out;
  };
}

export const countsIntent: Intent = vocab([...COUNT_WORDS, ...NAMES_ASKED, '组', '每组', '类'], (raw, f) => {
  // `分成几组`, `分几类`: the groups a list is counted in are its 方面; the plan's own title said to name it
  // (`盘锦工业方案`) names the paper, not a thing counted.
  // (Only a count that ends its clause: `那几类成长型科技企业` names things, it counts nothing.)
  // `要干多少件事`, `一共几招`: everyday words for the tasks (件事, 活儿) and the measures (招) counted.
  const q = raw
    // (`几大板块`, `按几个大类归拢的`: the blocks and classes a list is sorted in are its 方面 too.)
    .replace(/(几|多少)(?:个)?大?(?:组|类|板块|块)(?=[？?，,。；;、\s]|$|归|划|分)/gu, '$1个方面')
    // (…and after a verb of dividing or sorting, whatever follows: `分成几组写的`, `按几块来分`.)
    .replace(/(分(?:成|为)?|按)(几|多少)(?:个)?大?(?:组|类|板块|块)/gu, '$1$2个方面')
    // (`一共排了多少条`: entries counted without a noun, where no measure or target is named, are its tasks.)
    // (`几大块、几小条`: the small entries under the blocks.)
    .replace(/(几|多少)小?条(?=[？?，,。；;、\s]|$)/gu, (m, n: string) => (/措施|目标/u.test(raw) ? m : `${n}项任务`))
    .replace(/每(?:一)?(?:组|类)(?=[题标名叫是的])/gu, '每个方面')
    .replace(/(几|多少)件(?:事情?儿?|活儿?)/gu, '$1项任务')
    .replace(/(几|多少)招/gu, '$1项措施');
  // (`是第几项`, `排老几` ask a place, not a count.)
  if (!/(?<![第老])几|多少/.test(q) || !(/任务|方面|措施/.test(q) || SPEAKER_COUNT.test(q))) return null;
  // `第二个方面是什么？下设几项任务？`: the count of one entry, which the ordinal's intent gives.
  if (ordinalIn(q)) return null;
  if (q.includes('措施') && f.measures) {
    const m = f.measures;
    if (residue(q, [], COUNT_WORDS).length > 0) return STOP;
    if (q.includes('方面')) {
      if (m.aspects.length === 0 || (m.statedAspects ?? m.aspects.length) !== m.aspects.length) return STOP;
      return { answer: reply(`保障措施从${m.aspects.length}个方面确定：${m.aspects.join('、')}。`, [cite(f, m.source, m.section)]) };
    }
    if ((m.statedItems ?? m.items.length) !== m.items.length) return STOP;
    return { answer: reply(`保障措施共${m.items.length}项：${m.items.join('、')}。`, [cite(f, m.source, m.section)]), list: measuresList(f) };
  }
  if (SPEAKER_COUNT.test(q) && f.speakers.length > 0) {
    // (`共有几位发布人？分别来自哪些部门？`: the answer names each one's unit too.)
    if (residue(q, [], [...COUNT_WORDS, ...SPEAKER_WORDS]).length > 0) return STOP;
    const names = f.speakers.map((s) => `${s.unit}${s.name}`).join('、');
    return { answer: reply(`共有${f.speakers.length}位发布人：${names}。`, f.speakers.map((s) => cite(f, s.source, s.section))) };
  }
  if (q.includes('目标')) {
    const stated = f.stated.targetGroups[0];
    if (!stated || stated.value !== f.targetGroups.length || residue(q, ['目标', ...titleRuns(q, f.fullTitle)], [...COUNT_WORDS, ...NAMES_ASKED]).length > 0) return STOP;
    const names = f.targetGroups.map((g) => `“${g.name}”`).join('');
    return {
      answer: reply(`具体目标分${f.targetGroups.length}个方面：${names}。`, [cite(f, stated.source, stated.section)]),
      list: { kind: 'groups', count: f.targetGroups.length, planId: f.docId },
    };
  }
  const area = q.includes('任务') ? matchArea(q, f) : null;
  if (area) return residue(q, [area.matched], COUNT_WORDS).length > 2 ? STOP : areaTasksReply(f, area.area.no);
  const stated = f.stated.tasks[0] ?? f.stated.areas[0];
  const consistent =
    f.stated.tasks.every((s) => s.value === f.tasks.length) && f.stated.areas.every((s) => s.value === f.areas.length);
  // (The asker's name for the paper — `这三年工业计划` of 工业增长三年行动专项方案 — and a total said as 拢共 ask nothing more.)
  if (!stated || !consistent || f.areas.length === 0 || residue(q, titleRuns(q, f.fullTitle), [...COUNT_WORDS, ...PAPER_WORDS]).length > 0) return STOP;
  const text = q.includes('任务')
    ? `方案共设置${f.tasks.length}项重点任务，分为${f.areas.length}个方面。`
    : `重点任务分为${f.areas.length}个方面：${f.areas.map((a) => a.title).join('、')}。`;
  return { answer: reply(text, [cite(f, stated.source, stated.section)]) };
});

/**
 * `哪几个方面只设置了2项任务`, `单个方面最多设了几项？最少的呢`, `哪些板块分到的任务最少`: the aspects compared by how
 * many tasks each holds — a question over the list's sizes, which no one aspect's sentence answers.
 */
const SIZE_COMPARED = /最多|最少|最大|最小|(?:只|仅|就)[^，。？?；;]{0,6}?(?:[两二三四五六七八九十]|\d{1,2})项/u;
const AREA_NAMED = /方面|板块|大?块/u;
const SIZE_WORDS = ['最多', '最少', '单个', '每个', '每块', '分到', '挂', '塞', '设', '只', '仅', '各自', '又', '个'];

export const areaSizesIntent: Intent = vocab([...COUNT_WORDS, ...NAMES_ASKED, ...SIZE_WORDS], (q, f) => {
  const compared = SIZE_COMPARED.exec(q);
  if (!compared || !AREA_NAMED.test(q) || !/任务|项/u.test(q) || ordinalIn(q) || f.areas.length < 2) return null;
  // Every aspect's own sentence states the count found (`设置了…2项任务`): else the sizes compared are ours, not the text's.
  if (f.areas.some((a) => a.statedTasks !== a.taskNos.length)) return STOP;
  const label = (nos: number[]) => nos.map((no) => areaLabel(f, no)).join('、');
  const cites = (nos: number[]) => nos.map((no) => areaCite(f, f.areas.find((a) => a.no === no)!));
  const sized = (n: number) => f.areas.filter((a) => a.taskNos.length === n).map((a) => a.no);
  const lead = `重点任务分为${f.areas.length}个方面。`;
  const asked = /(?:[两二三四五六七八九十]|\d{1,2})(?=项)/u.exec(compared[0]);
  if (asked) {
    const n = parseNumber(asked[0]);
    const nos = n ? sized(n) : [];
    if (!nos.length) return STOP;
    return { answer: reply(`${lead}设${n}项任务的有${nos.length}个：${label(nos)}。`, cites(nos)), explained: [compared[0]] };
  }
  const sizes = f.areas.map((a) => a.taskNos.length);
  const [most, least] = [Math.max(...sizes), Math.min(...sizes)];
  if (most === least) return { answer: reply(`${lead}每个方面各有${most}项任务。`, cites(sized(most))) };
  const mostSaid = `任务最多的方面各有${most}项：${label(sized(most))}`;
  const leastSaid = `任务最少的方面各有${least}项：${label(sized(least))}`;
  // (What is asked first comes first: `哪些板块分到的任务最少`.)
  const leastFirst = /最[少小]/u.exec(q)?.index ?? Infinity;
  const order = leastFirst < (/最[多大]/u.exec(q)?.index ?? Infinity) ? [least, most] : [most, least];
  const said = (n: number) => (n === most ? mostSaid : leastSaid);
  return { answer: reply(`${lead}${said(order[0]!)}；${said(order[1]!)}。`, cites(order.flatMap(sized))) };
});

const SPEAKER_WORDS = ['部门', '单位', '职务', '职位', '身份', '头衔', '名牌', '挂着', '来自', '哪里', '来', '发布', '发布人', '副局长', '局长', '领导', '姓名', '名字',
  '参加', '参会', '出席', '发布会', '派', '出面', '代表', '上台', '发言', '讲话', '会', '供职', '任职', '就职'];

const SPEAKER_LIST_WORDS = [...SPEAKER_WORDS, '嘉宾', '出席', '名单', '发布会', '本场', '这场'];
/**
 * How a speaker of a unit is pointed at and asked by name (`台上代表金融发展局那位怎么称呼`, `当天金融发展局上台的是谁`:
 * the day and the place of the event the speakers spoke at). (Not among SPEAKER_WORDS: 台上 there let other
 * intents' questions through.)
 */
const ADDRESS_WORDS = ['称呼', '台上', '当天', '那天', '当日', '现场', '当时'];
/** A speaker by place in the list (`排在第三位`, `倒数第一个`). */
// (`排第二跟排第四的`: after 排 the place needs no 位.)
const SPEAKER_NTH = /(倒数)?第([一二三四五六七八九十\d]{1,2})(?:位|个|名|(?<=排(?:在)?(?:倒数)?第[一二三四五六七八九十\d]{1,2})(?![项条方块章节款]))/gu;
/** A speaker's place said without a number: first (`最前面的那位`, `头一位`) or last (`最后那位`). */
const SPEAKER_FIRST = new RegExp(`(?:${FIRST_WORDS})(?:的)?(?:那|一)?(?:位|个|名)`, 'u');
const SPEAKER_LAST = new RegExp(`(?:${LAST_WORDS})(?:的)?(?:那|一)?(?:位|个|名)`, 'u');

/** The places asked (`排第二跟排第四的，各是谁`: each of them), in the question's order. */
function speakerPlaces(q: string): { n: number; fromEnd: boolean; middle?: boolean; text: string }[] {
  const nths = [...q.matchAll(SPEAKER_NTH)].map((m) => ({ n: parseNumber(m[2]!) ?? 0, fromEnd: Boolean(m[1]), text: m[0] }));
  if (nths.length) return nths;
  const first = SPEAKER_FIRST.exec(q);
  if (first) return [{ n: 1, fromEnd: false, text: first[0] }];
  const last = SPEAKER_LAST.exec(q);
  if (last) return [{ n: 1, fromEnd: true, text: last[0] }];
  // (`五个人里正当间儿那位`: the middle one, counted on the list's length below.)
  const middle = SPEAKER_MIDDLE.exec(q);
  return middle ? [{ n: 0, fromEnd: false, middle: true, text: middle[0] }] : [];
}

/** A speaker's place in the list, 0-based, counted as any list's places are (placeIn); none past its ends. */
function speakerAt(p: { n: number; fromEnd: boolean; middle?: boolean }, length: number): number {
  return placeIn({ n: p.n, noun: '', text: '', ...(p.fromEnd ? { fromEnd: true as const } : {}), ...(p.middle ? { middle: true as const } : {}) }, length) - 1;
}

/** A part of a speaker's name the asker remembers: the family name (`姓王的`), a character of it (`名字里带个“夙”字`). */
const SURNAME = /(?<![不百])姓(?!名)([\p{Script=Han}])/u;
/** Words that say the list asked in is the speakers'. */
const SPEAKERS_NAMED = new RegExp(`发布人|发布嘉宾|出席|${NAME_LIST}|发言`, 'u');
/** `不姓王的那两位`: the others. */
const NOT_SURNAME = /不姓([\p{Script=Han}])(?!名)/u;
const NAME_CHAR = /名(?:字)?(?:里|中|当中)?(?:带|有)(?:个|一个)?[“"‘']?([\p{Script=Han}])[”"’']?字/u;
/** What else such a question says of the speaker it picks: where they work, the unit's full name, which line of work. */
const NAME_ASK_WORDS = ['全称', '全名', '上班', '工作', '写一下', '写', '那位', '那个', '的', '各管', '哪个口', '管'];

function namePart(q: string, speakers: readonly Speaker[]): { text: string; speakers: Speaker[] } | null {
  const other = NOT_SURNAME.exec(q);
  if (other) {
    const found = speakers.filter((s) => !s.name.startsWith(other[1]!));
    return found.length && found.length < speakers.length ? { text: other[0], speakers: found } : null;
  }
  const surname = SURNAME.exec(q);
  if (surname) {
    const found = speakers.filter((s) => s.name.startsWith(surname[1]!));
    return found.length ? { text: surname[0], speakers: found } : null;
  }
  const char = NAME_CHAR.exec(q);
  if (char) {
    const found = speakers.filter((s) => s.name.includes(char[1]!));
    return found.length ? { text: char[0], speakers: found } : null;
  }
  return null;
}

/** The middle speaker (`正当间儿那位`, `排中间的那个`). */
const SPEAKER_MIDDLE = /(?:正?当间儿?|正?中间|居中)(?:的)?(?:那|一)?(?:位|个|名)/u;

/** How a place in the list of speakers is asked (`排在第三位的是哪位同志`), and several joined (`排第二跟排第四的，各是谁`). */
const PLACE_WORDS = ['同志', '排在', '位列', '排', '各', '分别', '跟', '和'];

export const speakersIntent: Intent = vocab(SPEAKER_LIST_WORDS, (q, f) => {
  if (f.speakers.length === 0 || OWNER_CUE.test(q)) return null;
  const named = f.speakers.filter((s) => q.includes(s.name));
  // (`名单里王国君上边挨着的那位`: the one next to the speaker named, as a follow-up on that speaker would ask it.)
  const next = named.length === 1 ? (BEFORE_SPEAKER.exec(q) ?? AFTER_SPEAKER.exec(q) ?? BOTH_SPEAKERS.exec(q)) : null;
  if (next) {
    const out = speakerNeighbour(q, speakerList(f, [f.speakers.indexOf(named[0]!)]), [f]);
    return out && out !== STOP ? { ...out, explained: [named[0]!.name, next[0], '挨着', '按顺序排', '叫', ...NAME_ASK_WORDS] } : null;
  }
  if (named.length >= 1) {
    // (`两位姓王的发布人王健和王国君，分别代表哪个部门`: each one named, in the order the text lists them.)
    if (residue(q, named.map((s) => s.name), [...SPEAKER_WORDS, '两位', '几位', '分别', '各自', '姓']).length > 0) return STOP;
    return { answer: reply(named.map((s) => `${s.name}是${s.unit}${s.post}`).join('；') + '。', named.map((s) => cite(f, s.source, s.section, s.name))), list: speakerList(f, named.map((s) => f.speakers.indexOf(s))) };
  }
  // `姓王的那位`, `名字里带个“夙”字的那位`: the speakers a part of their name picks, in the order the text lists
  // them; a place asked with it (`名单最上面那个姓王的`) is counted among those.
  // (Anything else the question says of them — `商务局来的…姓王吧` — is left to the ways below.)
  const byName = namePart(q, f.speakers);
  const places = byName ? speakerPlaces(q) : [];
  const picked = byName ? (places.length ? places.map((p) => byName.speakers[speakerAt(p, byName.speakers.length)]) : byName.speakers) : [];
  // (`台上姓杨那位`: on the podium, among the speakers.)
  if (byName && picked.length && picked.every((s) => s) && !residue(q, [byName.text, ...places.map((p) => p.text)], [...SPEAKER_LIST_WORDS, ...PLACE_WORDS, ...NAME_ASK_WORDS, ...ADDRESS_WORDS])) {
    return {
      answer: reply(picked.map((s) => `${s!.name}是${s!.unit}${s!.post}`).join('；') + '。', picked.map((s) => cite(f, s!.source, s!.section, s!.name))),
      explained: [byName.text, ...places.map((p) => p.text), ...PLACE_WORDS, ...ADDRESS_WORDS],
      list: speakerList(f, picked.map((s) => f.speakers.indexOf(s!))),
    };
  }
  // `发布人名单中排在第三位的是哪位`, `名单最前面的那位`: the speakers in the order the text lists them.
  const nths = speakerPlaces(q);
  if (nths.length && SPEAKERS_NAMED.test(q)) {
    const ats = nths.map((nth) => speakerAt(nth, f.speakers.length));
    // (The total the asker states, `台上五位发布人`, counts them and asks nothing more.)
    const total = `${toChineseNumber(f.speakers.length)}位`;
    if (ats.some((at) => !f.speakers[at]) || residue(q, [...nths.map((n) => n.text), total, `${f.speakers.length}位`], [...SPEAKER_LIST_WORDS, ...PLACE_WORDS, '台上']).length > 0) return STOP;
    const lines = nths.map((nth, i) => {
      const s = f.speakers[ats[i]!]!;
      return { text: `第${ats[i]! + 1}位${nth.fromEnd ? `（倒数第${nth.n}位）` : ''}发布人是${s.unit}${s.post}${s.name}。`, s };
    });
    return {
      answer: reply(lines.map((l) => l.text).join(''), lines.map(({ s }) => cite(f, s.source, s.section, s.name))),
      explained: [...nths.map((n) => n.text), total, ...PLACE_WORDS],
      list: speakerList(f, ats),
    };
  }
  const unit = matchUnit(q, f.speakers);
  // (`台上代表金融发展局那位怎么称呼`: how one addresses a person asks the name too.)
  if (unit && /谁|哪位|姓名|名字|发布人|叫什么|叫啥|称呼/.test(q)) {
    // Several speakers from one unit: the post in the question (`副局长`) picks one.
    const byPost = unit.speakers.filter((s) => s.post.split('、').some((p) => q.includes(p)));
    const chosen = byPost.length > 0 ? byPost : unit.speakers;
    if (residue(q, [unit.text, ...chosen.map((s) => s.post)], [...SPEAKER_WORDS, ...ADDRESS_WORDS]).length > 0) return STOP;
    const text = chosen.map((s) => `${s.unit}的发布人是${s.post}${s.name}`).join('；');
    return { answer: reply(`${text}。`, chosen.map((s) => cite(f, s.source, s.section, s.name))), explained: [unit.text, ...ADDRESS_WORDS.filter((w) => q.includes(w))], list: speakerList(f, chosen.map((s) => f.speakers.indexOf(s))) };
  }
  // (…and what they are, `发布人的职务是什么`, `台上那几位…挂着个啥头衔`: each one's unit and post; `发布会上都有谁发言`.)
  if (/发布人|发布嘉宾|出席|台上|发言|讲话|上台/.test(q) && /谁|哪些|哪几位|名单|都有|职务|职位|头衔|身份|来自|哪个(?:单位|部门)/.test(q)) {
    if (residue(q, [], [...SPEAKER_LIST_WORDS, '台上']).length > 0) return STOP;
    const list = f.speakers.map((s) => `${s.unit}${s.post}${s.name}`).join('；');
    return { answer: reply(`本场发布会的发布人：${list}。`, f.speakers.map((s) => cite(f, s.source, s.section))), explained: q.includes('台上') ? ['台上'] : [], list: speakerList(f, f.speakers.map((_, k) => k)) };
  }
  return null;
});

export const OWNER_CUE =
  /谁来?负责|谁来?牵头|谁来?落实|由谁|牵头单位|牵头部门|责任单位|责任部门|负责单位|负责部门|落实单位|主管部门|哪个(部门|单位)(来)?(负责|牵头|落实)/;
const OWNER_WORDS = ['负责', '落实', '牵头', '责任', '单位', '部门', '实施', '执行', '推进', '工作', '主管', '整体', '整个', '来', '由'];

function allPartners(f: PlanFacts): { p: Partner; task?: Task; areaNo: number }[] {
  return [
    ...f.tasks.flatMap((task) => task.partners.map((p) => ({ p, task, areaNo: task.areaNo }))),
    ...f.areas.flatMap((a) => a.partners.map((p) => ({ p, areaNo: a.no }))),
  ];
}

/**
 * The plan names a lead unit and, here and there, partners (`与X共同推进…`); it names no owner per task.
 * The answer says exactly that and never assigns a task to a unit the text does not connect it with.
 */
function ownerReply(f: PlanFacts, task: Task | undefined): ReturnType<Intent> {
  const lead = f.leadUnit;
  if (task?.owner) {
    const fromFile = f.overridden?.includes(`tasks.${task.no}.owner`);
    const note = fromFile ? '（据补充的事实文件，方案原文未写明）' : '';
    return { answer: reply(`第${task.no}项任务“${task.name}”的责任单位：${task.owner}${note}。`, [cite(f, task.source, task.section, task.name)]) };
  }
  if (!lead) return STOP;
  const partners = allPartners(f).filter((x) => !task || x.task?.no === task.no);
  const where = (x: (typeof partners)[number]) => (x.task ? `第${x.task.no}项任务“${x.task.name}”` : areaLabel(f, x.areaNo));
  const partnerText = partners.map((x) => `${where(x)}写明：${x.p.source}`).join('');
  const head = task
    ? `方案没有为第${task.no}项任务“${task.name}”单独写明责任单位；方案明确由${lead.name}负责落实。`
    : `方案明确由${lead.name}负责落实：${lead.source}`;
  const tail = partnerText ? `${task ? '' : '另外，'}${partnerText}` : '';
  return {
    answer: reply(`${head}${tail}`, [
      cite(f, lead.source, lead.section, lead.name),
      ...partners.map((x) => cite(f, x.p.source, x.p.section ?? areaSection(f, x.areaNo))),
    ]),
  };
}

export const ownerIntent: Intent = vocab([...OWNER_WORDS, '任务'], (q, f) => {
  if (!OWNER_CUE.test(q)) return null;
  const ord = ordinalIn(q);
  if (ord) {
    const t = f.tasks.find((x) => x.no === placeIn(ord, f.tasks.length));
    return t && (ord.noun === '任务' || ord.noun === '') && residue(q, [ord.text], [...OWNER_WORDS, '任务']).length === 0
      ? ownerReply(f, t)
      : STOP;
  }
  const qn = q.replace(/[“”"]/g, '');
  const named = f.tasks.find((t) => taskCore(t.name).length >= 4 && qn.includes(taskCore(t.name)));
  if (named) return residue(qn, [taskCore(named.name)], [...OWNER_WORDS, '任务']).length === 0 ? ownerReply(f, named) : STOP;
  // `X项目谁负责`: a phrase of a sentence that names a partner identifies that task.
  const viaPartner = allPartners(f).find((x) => longestCommon(qn, x.p.source).length >= 4);
  if (viaPartner?.task) return ownerReply(f, viaPartner.task);
  if (matchUnit(q, f.speakers) || residue(q, [], OWNER_WORDS).length > 0) return STOP;
  return ownerReply(f, undefined);
});

const PARTNER_CUE = /合作|共同|联合|一起|一道|携手/;

/**
 * `和中科院合作搞什么项目`: a partner the text names (`与X共同…`), by its name or an abbreviation whose
 * characters run in order through it (中科院 → 中国科学院), answered with the sentence that names it.
 */
export const partnerIntent: Intent = (q, f) => {
  if (!PARTNER_CUE.test(q)) return null;
  const partners = allPartners(f);
  let best: { frag: string; hits: typeof partners } | null = null;
  for (let i = 0; i < q.length; i++) {
    for (let j = q.length; j - i >= Math.max(3, (best?.frag.length ?? 0) + 1); j--) {
      const frag = q.slice(i, j);
      const hits = partners.filter((x) => isSubsequence(frag, x.p.name));
      if (hits.length > 0) {
        best = { frag, hits };
        break;
      }
    }
  }
  if (!best || new Set(best.hits.map((x) => x.p.name)).size > 1) return null;
  const x = best.hits[0]!;
  // (The task with its area: `这事归在八个方面里的哪个方面` asks the one, `哪项任务` the other.)
  const where = x.task ? `第${x.task.no}项任务“${x.task.name}”（${areaLabel(f, x.task.areaNo)}）` : areaLabel(f, x.areaNo);
  return {
    answer: reply(`${where}写明：${x.p.source}`, [cite(f, x.p.source, x.p.section ?? areaSection(f, x.areaNo), x.p.name)]),
    explained: [best.frag],
  };
};

const MEASURE_WORDS = ['保障', '措施', '方面', '确定', '从', '三', '两', '几', '哪几', '分别', '提出'];

export const measuresIntent: Intent = vocab(MEASURE_WORDS, (q, f) => {
  if (!q.includes('措施') || !f.measures) return null;
  const m = f.measures;
  if (residue(q, [], MEASURE_WORDS).length > 0) return STOP;
  const n = (k: number) => toChineseNumber(k);
  const text = q.includes('方面') && m.aspects.length > 0
    ? `保障措施是从${m.aspects.join('、')}${n(m.aspects.length)}个方面确定的，具体为${m.items.join('、')}${m.items.length}项措施。`
    : `保障措施共${m.items.length}项：${m.items.join('、')}${m.aspects.length ? `（从${m.aspects.join('、')}${n(m.aspects.length)}个方面确定）` : ''}。`;
  return { answer: reply(text, [cite(f, m.source, m.section)]), list: measuresList(f) };
});

const META_WORDS = ['全称', '全名', '名称', '名字', '标题', '题目', '叫', '正式', '完整', '实施期限', '实施', '期限', '周期', '实施期', '起止', '时间',
  '跨度', '范围', '年份', '哪几年', '哪一年', '年', '发布会', '新闻会', '解读会', '通气会', '那场', '这场', '召开', '开', '举行', '哪天', '何时', '什么时候', '日期', '几号', '几月', '三年行动',
  '管', '执行到', '执行', '截止到', '截止', '到', '持续', '行动计划', '实施方案', '计划', '规划', '意见',
  '从', '开始', '起', '起算', '结束', '为止', '哪三年', '哪几个', '年头', '覆盖', '涵盖', '收口', '收官',
  // (The ends of the period in everyday words: `打头和收尾各是哪年`.)
  '打头', '开头', '收尾', '结尾'];

/** A plan's period asked: its span (`期限`, `起止`), or the years it covers in any words (`哪几个年头`, `哪些年份`). */
const PERIOD_ASK = /期限|周期|实施期|起止|哪[几些一三]?个?年[头份度]?|起算|执行到|截止|时间跨度|时间范围/u;

/** A meeting the asker names: the release itself, in its own words or theirs (`新闻会`, `解读会`). */
const EVENT = /发布会|新闻会|解读会|通气会|那场会|这场会|开的会/u;
/** Who held it, in any words: a body asked (`谁`, `哪个部门`, `哪家`) for holding, hosting or calling it. */
const HELD_ASK = /主办|召开|举办|举行|组织|召集|张罗|承办|牵头开/u;
/** (A body asked: `哪个方案` asks something else of the meeting.) */
const WHO_ASK = /谁|哪(?:个|一个|家|一家)?(?:部门|单位|机构|机关|口子)|哪家|什么(?:单位|部门|机构)/u;
const DAY_ASK = /什么时候|哪天|何时|日期|几号|哪一天|几月几/u;
const ORGANIZER_WORDS = ['由', '主办方', '主办', '召开', '举办', '举行', '组织', '召集', '张罗', '承办', '牵头', '出面', '开的', '单位', '部门', '机构', '哪家', '谁', '市里', '那场会', '这场会', '会'];

/**
 * `讲工业增长那场新闻会由谁主办？`, `这个解读会是哪个部门出面召集的`: the body the text says held the release
 * (`市政府新闻办召开…发布会`), and nothing else asked besides the plan's own name.
 */
export const organizerIntent: Intent = vocab([...META_WORDS, ...ORGANIZER_WORDS], (q, f) => {
  if (!f.organizer || !EVENT.test(q) || !HELD_ASK.test(q) || !WHO_ASK.test(q)) return null;
  if (residue(withoutSituation(q), titleRuns(q, f.fullTitle), [...META_WORDS, ...ORGANIZER_WORDS]).length > 0) return null;
  const o = f.organizer;
  // (Its day asked with it, `几月几号开的？出面召集的是哪个机构？`: both, from the one sentence that states them.)
  const day = DAY_ASK.test(q) && f.releaseDate ? `于${f.releaseDate.text}` : '';
  return { answer: reply(`发布会${day}由${o.name}召开。`, [cite(f, o.source, o.section, o.name)]), explained: titleRuns(q, f.fullTitle) };
});

export const metaIntent: Intent = vocab(META_WORDS, (q, f) => {
  // (A title the asker quotes that is not the plan's, `“实施……三年行动”` of the conference series: another title asked.)
  if (/全称|全名|名称|叫什么|标题|题目/.test(q) && f.fullTitle && f.titleSource && quotedOf(q).every((name) => usesQuoted(f.fullTitle!.toLowerCase(), name))) {
    // (A person's name, `那位领导…他叫啥名`, is no title: the speakers' intent, before this one, had it to answer.)
    if (residue(q, [], META_WORDS).length > 0 || /(?<!其)[他她]|[那这]位/u.test(q)) return STOP;
    return { answer: reply(`方案全称是《${f.fullTitle}》。`, [cite(f, f.titleSource.source, f.titleSource.section, f.title ?? undefined)]) };
  }
  // (`从哪年开始`, `起算年份`, `哪三年`, `覆盖哪几个年头`: the period's ends, asked in other words.)
  if (PERIOD_ASK.test(q) && f.period && f.titleSource) {
    // (The plan named as the asker names it, `盘锦工业三年行动的起止年份`, asks nothing more.)
    // (A year asked of a target, `比基准年高出多少？基准年是哪一年？`, is the targets' to answer.)
    if (residue(q, titleRuns(q, f.fullTitle), META_WORDS).length > 0) return /目标|指标|多少|比重|百分点|提高|增长/u.test(q) ? null : STOP;
    return { answer: reply(`方案实施期为${f.period.text}。`, [cite(f, f.titleSource.source, f.titleSource.section, f.period.text)]) };
  }
  // The day of the release, the one day the facts know: asked of the conference (`发布会哪天开的`), also when
  // the asker's story names the meeting and the question asks a day and nothing else (`单位做会议台账，市里开会
  // 给这份工业方案做解读，日期一栏我该填几月几号？`).
  if ((DAY_ASK.test(q) || /时间/u.test(q)) && f.releaseDate) {
    const named = EVENT.test(q);
    if (!named && !/开会|会议/.test(q)) return null;
    if (residue(named ? q : withoutSituation(q), [], [...META_WORDS, '一栏', '填']).length > 0) return named ? STOP : null;
    const d = f.releaseDate;
    return { answer: reply(`发布会于${d.text}召开。`, [cite(f, d.source, d.section, d.text)]) };
  }
  return null;
});

const POLICY_LABEL: Record<PolicyTopic, string> = { talent: '人才引育方面', finance: '金融服务方面' };
const POLICY_WORDS = ['政策', '计划', '措施', '举措', '支持', '帮助', '帮', '企业', '难', '怎么办', '办', '解决', '引进',
  '培养', '机制', '工作', '项目', '政府', '专项行动', '行动', '问题', '中小微', '中小', '服务', '方面', '有关', '相关',
  '提供', '给', '对', '能', '可以', '难题', '渠道', '利用'];

const POLICY_VOCAB = [...POLICY_WORDS, ...POLICY_QUESTION_WORDS.talent, ...POLICY_QUESTION_WORDS.finance];

export const policiesIntent: Intent = vocab(POLICY_VOCAB, (q, f) => {
  const topics = POLICY_TOPICS.filter((t) => POLICY_QUESTION_WORDS[t].some((w) => q.includes(w)));
  if (topics.length !== 1) return topics.length > 1 ? STOP : null;
  const topic = topics[0]!;
  if (!/哪些|什么|怎么|如何|政策|计划|措施|举措|支持|办|帮|难|行动/.test(q)) return null;
  // Words beyond the topic (`小微企业贷款难`) narrow the list to the items that explain them.
  const narrowed = residue(q, POLICY_QUESTION_WORDS[topic], POLICY_WORDS).length > 0;
  const items = f.policies[topic].filter(
    (i) => !narrowed || unexplained(q, [i.text], [...POLICY_QUESTION_WORDS[topic], ...POLICY_WORDS]).length === 0,
  );
  if (items.length === 0) return STOP;
  // Most relevant first (the first citation must hold what was asked); ties keep text order.
  const ranked = rankByOverlap(q, items, (i) => i.text).map((r) => r.item);
  const text = `${POLICY_LABEL[topic]}，方案提出：${ranked.map((i) => i.text).join('')}`;
  return {
    answer: reply(text, ranked.map((i) => cite(f, i.source, i.areaNo ? areaSection(f, i.areaNo) : i.section))),
    list: { kind: 'policies', topic, planId: f.docId },
  };
});

function speakerList(f: PlanFacts, at: number[]): SpeakerList {
  return { kind: 'speakers', at, planId: f.docId };
}

/** `他上一位呢`, `排他后面那位`, `紧挨着他往下那位`: the speaker before or after the one just named. */
// (By a person's measure word, 位: `下一个方案` is no speaker.)
// (`上边挨着的那位`, `下面那个人`, `下面那个叫啥`: the one next to them, however the person is counted — not `下面那个方案`.)
const BEFORE_SPEAKER = /上一位|前一位|(?:前面|前头|前边|上面|上边|往上)(?:紧?挨着)?(?:的)?(?:那|一)?(?:位|个人|个(?=[，,。？?的叫是呢]|$))|排(?:在)?(?:他|她|其)?前(?:面|头|边)(?:的)?(?:那|一)?位/u;
const AFTER_SPEAKER = /下一位|后一位|(?:后面|后头|后边|下面|下边|往下)(?:紧?挨着)?(?:的)?(?:那|一)?(?:位|个人|个(?=[，,。？?的叫是呢]|$))|排(?:在)?(?:他|她|其)?后(?:面|头|边)(?:的)?(?:那|一)?位/u;
/** `前后挨着的俩人`: both neighbours. */
const BOTH_SPEAKERS = /前后(?:挨着|紧挨着|相邻)?(?:的)?(?:俩|两|二)(?:人|位|个)|前后两位|两边(?:的)?(?:俩|两)(?:人|位)/u;
/** `他俩名单上谁排前面`: of the speakers just named, the one listed first. */
const WHO_FIRST = /谁排(?:在)?(?:前|上)|谁在前|谁(?:更)?靠前|谁先/u;

/**
 * A follow-up on the speakers the last answer named: their neighbours in the list (`他上一位呢`), or which of
 * two comes first (`他俩名单上谁排前面`). Null for any other question.
 */
export function speakerNeighbour(q: string, list: SpeakerList, facts: PlanFacts[]): Outcome {
  const f = planOfList(facts, list.planId);
  if (!f || !list.at.length || list.at.some((k) => !f.speakers[k])) return null;
  const line = (k: number) => `第${k + 1}位发布人是${f.speakers[k]!.unit}${f.speakers[k]!.post}${f.speakers[k]!.name}`;
  const answer = (at: number[], text: string) => ({
    answer: reply(text, at.map((k) => cite(f, f.speakers[k]!.source, f.speakers[k]!.section, f.speakers[k]!.name))),
    list: speakerList(f, at),
  });
  if (list.at.length === 2 && WHO_FIRST.test(q)) {
    const first = Math.min(...list.at);
    return answer([first], `两位中排在前面的是${f.speakers[first]!.name}：${line(first)}。`);
  }
  // (All of them just listed, `共有5位发布人：…`: `正当间儿那位`, `第二位` count in that list.)
  if (list.at.length === f.speakers.length && list.at.length > 2) {
    // (A person's place, `第二位`, `正当间儿那位` — not `最开始那个方案`, which points at a document.)
    const places = speakerPlaces(q).filter((p) => /[位名]$/u.test(p.text));
    const at = places.map((p) => speakerAt(p, f.speakers.length));
    if (!at.length || at.some((k) => !f.speakers[k])) return null;
    return answer(at, at.map((k) => `${line(k)}。`).join(''));
  }
  if (list.at.length !== 1) return null;
  const k = list.at[0]!;
  const targets = BOTH_SPEAKERS.test(q) ? [k - 1, k + 1] : BEFORE_SPEAKER.test(q) ? [k - 1] : AFTER_SPEAKER.test(q) ? [k + 1] : [];
  if (!targets.length) return null;
  const found = targets.filter((t) => f.speakers[t]);
  // (The first has no one before it, the last no one after: said, not guessed.)
  if (!found.length) return answer([k], `${f.speakers[k]!.name}是名单上${k === 0 ? '第一位' : '最后一位'}发布人，${k === 0 ? '前面' : '后面'}没有其他发布人：${line(k)}。`);
  return answer(found, found.map((t) => `${line(t)}。`).join(''));
}

/**
 * The speakers an answer names (one or two, or all, of one plan): the list a follow-up on them counts in, when the
 * answer came from a passage rather than the speakers' facts (`市金融发展局党组成员、副局长 杨光`).
 */
export function speakersNamedIn(facts: readonly PlanFacts[], text: string): SpeakerList | null {
  for (const f of facts) {
    const at = f.speakers.map((s, k) => (s.name.length >= 2 && text.includes(s.name) ? k : -1)).filter((k) => k >= 0);
    if (at.length >= 1 && (at.length <= 2 || at.length === f.speakers.length)) return speakerList(f, at);
  }
  return null;
}
