// Chinese numerals as they appear in plans and questions: `第十项`, `二十一项`, `两个方面`.
// Plans count with both scripts (`2项措施`, `两个方面`), and staff type either, so both parse alike.
import { escapeRegExp } from './regexp.ts';

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** DIGITS and UNITS by UTF-16 code unit (parseNumber). */
const DIGIT_OF = new Map(Object.entries(DIGITS).map(([c, v]) => [c.charCodeAt(0), v]));
const UNIT_OF = new Map(Object.entries(UNITS).map(([c, v]) => [c.charCodeAt(0), v]));

/** Characters that may make up a Chinese numeral (for building regular expressions). */
export const CN_NUM_CHARS = '零〇一二两三四五六七八九十百千';
/** A number written with ASCII digits or Chinese numerals. */
export const NUM_PATTERN = `(?:\\d+|[${CN_NUM_CHARS}]+)`;

/** Only digits and units of DIGITS and UNITS, at least one (tested at every item marker of every document). */
const CN_NUMERAL = /^[零〇一二两三四五六七八九十百千]+$/u;

/** Parses `21`, `二十一`, `十`, `两`, `一百零五`; returns null for anything else. */
export function parseNumber(s: string): number | null {
  const t = s.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (!CN_NUMERAL.test(t)) return null;
  let total = 0;
  let pending: number | null = null;
  // By code unit (every character CN_NUMERAL allows is one), its value read from a table: the loop
  // runs for every item marker of every document outlined on a question (`第十三条`), and a string
  // iterator with `in` on an object of one-character keys made each character a lookup by a fresh string.
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const digit = DIGIT_OF.get(c);
    if (digit !== undefined) {
      // Two digits in a row (`二一`) is not how counts are written: refuse rather than guess.
      if (pending !== null && pending !== 0) return null;
      pending = digit;
    } else {
      const unit = UNIT_OF.get(c)!;
      // A bare `十` means ten (`十一` = 11).
      total += (pending ?? 1) * unit;
      pending = null;
    }
  }
  return total + (pending ?? 0);
}

/** 1 → 一, 10 → 十, 21 → 二十一, 154 → 一百五十四, 105 → 一百零五 (below 10,000; larger stay digits). */
export function toChineseNumber(n: number): string {
  const d = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n < 10) return d[n]!;
  // Ten to nineteen read 十, 十一… (not 一十一) when they lead the number.
  if (n < 20) return `十${n % 10 ? d[n % 10] : ''}`;
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((v, k) => {
    const unit = units[digits.length - 1 - k]!;
    if (v === 0) zero = out.length > 0;
    else {
      out += `${zero ? '零' : ''}${d[v]}${unit}`;
      zero = false;
    }
  });
  return out;
}

/**
 * A question that asks for an amount: how many, how much, how long, what share, which place. (`哪几个`
 * asks which ones, not how many.) A share
 * word asks only where it is what is asked (`补贴比例是多少`, `按什么比例`), not where it names the
 * topic (`占GDP比重的提升幅度`: the 幅度 is asked). How many times or batches (`一张能用几次`) is a count;
 * `好几次` tells one.
 */
export const ASKS_AMOUNT = /多少|啥数|什么数|多大|多高|多长|多久|(?<![哪好这那十举说列讲挑])(?:几个|几家|几项|几所|几位|几名|几人)|(?<![哪好这那十])几(?:次|回|遍|批)|(?<![好这那十])(?:几天|几日|几年|几个月)|几倍|几毛|几块钱|几分钱|(?:比例|比重|幅度)(?=[是为]?(?:多少|几|多大)|作何|如何|[？?呢吗，,]|$)|(?:什么|多大|哪个)(?:比例|比重|幅度)|百分之几|税率|第几|排名|排第几|排在第几|哪一年|何年|\bhow (?:many|much|long)\b|\bwhat (?:share|percentage|proportion|ratio|rate)\b|\b(?:the|what|a) number of\b|\b(?:share|proportion|ratio) of\b/i;

/** Article, item and chapter numbers (`第四十五条`) count things in the text, not in the world. */
const LABELS = new RegExp(`第${NUM_PATTERN}(?:条|款|项|章|节|部分|个|方面|是)`, 'gu');
/**
 * What things are counted in (`5家`, `12项`, `超万架飞行器`, `3座`, `8处`): the measure words a count states
 * and a question asks by (`多少架`). 个 is apart: `7个月` is a period.
 */
// (级 only where it ends the phrase, `分为十三级`, `两级。`: `三级公立医院`, `3级待遇` name a grade, they count nothing.)
// (A text's own parts, `一共几章`, and animals, `几只`, `几头`, are counted as its entries are.)
// (Not the 节 of 节能, 节假日, the 章 of 章程.)
const COUNT_UNITS = '家|项|名|人|所|次|辆|户|张|件|套|批|位|条|种|类|部|架|台|座|艘|处|章(?!程)|节(?![能水电约日假气庆])|只|头|级(?!\\p{Script=Han})';
/** Of those, the ones a stated figure is counted in: `一批`, `一种`, `一类`, `一部分` are no figure. */
const FIGURE_UNITS = COUNT_UNITS.split('|').filter((u) => !'批种类部'.includes(u)).join('|');
/** Measures a figure in words is stated in besides money and time (`不足五十平方米`, `三千亩`, `五百千瓦`). */
// (Not 升 alone: `统一升级`, `唯一升学通道` are no litres. 人次 and 周岁 count already, by 人 and 周.)
const STATED_MEASURES = '平方米|平方公里|平方千米|平米|立方米|亩|公顷|毫升|千瓦|兆瓦|学时|课时|学分|海里';
const AMOUNT = new RegExp(`\\d|百分之|千分之|万分之|[${CN_NUM_CHARS}万亿]+(?:${STATED_MEASURES}|个|方面|日|天|年|月|周|倍|元|万|亿|成|岁|小时|分钟|公里|千米|米|公斤|千克|克|吨|级|份|${FIGURE_UNITS})|第[${CN_NUM_CHARS}]+位`, 'u');

const DATES = /\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|末|前|以前|起|以来)*|\d{1,2}月\d{1,2}日/gu;

/** An ordinal (`第三人`, `第二次`) counts places, not amounts — a rank (`第三位`, `第一名`) aside. */
const ORDINALS = new RegExp(`第${NUM_PATTERN}(?![位名])`, 'gu');

/** A text with what cannot be an amount taken out: an item's own number, labels, ordinals, dates. */
function amountText(text: string): string {
  // A date (`2021年3月底前`) says when, not how much.
  // Nor does an item's own number (`4.持续优化…`, `(2)`).
  return text.replace(/^\s*(?:\d{1,3}[.、]|\(\d{1,3}\))/u, '').replace(LABELS, '').replace(ORDINALS, '').replace(DATES, '');
}

/** Whether a text states an amount (a number with a unit, a percentage, a rank), labels aside. */
export function statesAmount(text: string): boolean {
  return AMOUNT.test(amountText(text));
}

/** Kinds of amount a question may ask for and a text may state. */
export type AmountKind = 'money' | 'percent' | 'duration' | 'frequency' | 'count' | 'age' | 'phone' | 'website' | 'email' | 'hours' | 'area' | 'date' | 'month' | 'year' | 'rank';

/** A figure set against a benchmark: `不低于全省平均水平`, `高于全国平均增速`. */
const BENCHMARKED = '(?:不低于|不少于|高于|快于|超过|达到)[^，。；]{0,8}?平均(?:水平|增速|值)';
// (A figure said roughly, `30余个`, `十多项`, `100余万元`, is stated all the same.)
const N = `(?:\\d+(?:\\.\\d+)?|[${CN_NUM_CHARS}万亿]+)(?:余|多)?`;
/** A share as a vote or a quorum is stated: `三分之二以上`, `半数`. */
const MEMBER_SHARE = '(?:(?:[二三四五六七八九十]|\\d{1,2})分之(?:[一二三四五六七八九十]|\\d{1,2})|半数)';
/**
 * …said of a body's members or of what they do together (`由全体组成人员的三分之二以上通过`, `半数以上委员出席`): a count
 * of persons said as a share — not any fraction (`全市三分之一的项目已开工`).
 */
const SHARE_OF_MEMBERS = `(?:成员|委员|代表|股东|组成人员|人员)[^，,。；;]{0,6}?${MEMBER_SHARE}|${MEMBER_SHARE}[^，,。；;]{0,6}?(?:同意|通过|表决|赞成|出席|委员|成员|代表)`;
/** `永久保存`, `永久有效`: a period without end — not `永久基本农田`, `永久居留`, which name a thing. */
const FOREVER = '永久(?=保存|保管|保留|有效|封存)';

const KIND_STATED: Record<AmountKind, RegExp> = {
  // (`上年度月平均工资的三倍计发`: a sum stated as a multiple of a wage or a fee.)
  money: new RegExp(`${N}\\s*(?:万|亿)?元|${N}倍|免费|不收费|无偿`, 'u'),
  // (`增速不低于全省平均水平`: a rate a plan sets against a benchmark, not in points.)
  // (A discount, as `打几折` asks it: `8折`, `半价`, `减半`, or none to pay, `免费`.)
  // (A rate set as a multiple of a benchmark rate, `一年期贷款市场报价利率四倍`, is stated too.)
  // (So is a fraction, `不超过五分之一…担任股东`, `不超过其实际缴费额的2/3`.)
  // (…and a share in words, `超过一半`, `半数以上` — not the half year of `超过半年`.)
  percent: new RegExp(`一半|半数|过半(?![年个月天日小时])|\\d+(?:\\.\\d+)?\\s*%|(?:利率|费率|税率)[\\p{Script=Han}]{0,4}?${N}倍|百分之|千分之|万分之|(?:[二三四五六七八九十]|\\d{1,2})分之(?:[一二三四五六七八九十]|\\d{1,2})|(?<![\\d/.])\\d{1,2}\\s*/\\s*\\d{1,2}(?![\\d/日号前起])|${N}\\s*个?百分点|\\d+\\s*(?:BP|bp|个基点)|[${CN_NUM_CHARS}]成|(?:\\d(?:\\.\\d)?|[${CN_NUM_CHARS}])折|半价|减半|免费|${BENCHMARKED}`, 'u'),
  // `每年…一次` says how often (`多久评一次`); a bare `每年安排100万元` states no period.
  // `满半年以上` is a period; `上半年` a part of one year (but `到任后半年内` is a period again).
  duration: new RegExp(`${N}\\s*(?:个)?(?:年|月|日|天|周(?!岁)|小时|季度|工作日|分钟)|每(?:年|半年|季度|月|周|天|日)[^，。；]{0,8}?${N}次|(?<!每|上|下|前|后)半(?:年|个月)|(?<=后)半(?:年|个月)(?=以内|之内|内)|终身|长期|${FOREVER}`, 'u'),
  // How often (`多久发布一次`): `每季度定期发布`, `每两年评估一次`, `三年一次`.
  frequency: new RegExp(`每(?:个)?(?:${N}个?)?(?:年|半年|季度|月|周|天|日|旬)|${N}\\s*(?:个)?(?:年|月|周|天|日|季度)(?:一次|一回)|定期`, 'u'),
  // `7个月`, `0.8个百分点` are a period and a share, not a count.
  // (A body's members counted as a share of it — `由全体组成人员的三分之二以上通过`, `过半数` — for `要多少人同意`.)
  count: new RegExp(`${N}\\s*(?:个(?!月|百分点|工作日|小时|季度)|${COUNT_UNITS})|${SHARE_OF_MEMBERS}`, 'u'),
  age: new RegExp(`${N}\\s*(?:周)?岁`, 'u'),
  phone: /\d{3,4}[-－—]?\d{7,8}|(?<!\d)1\d{10}(?!\d)|(?<!\d)\d{5,8}(?!\d)/u,
  website: /https?:\/\/|www\.|\.(?:gov\.cn|com|cn|org|net)\b/iu,
  email: /[\w.+-]+@[\w-]+\.[\w.-]+/u,
  // Opening hours as notices give them: clock times, half-days, working days, days of the week.
  hours: /\d{1,2}\s*[:：]\s*\d{2}|[上下]午\s*\d|\d{1,2}\s*(?:点|时)(?!以前|之前|前)|工作日|周[一二三四五六日末]|星期[一二三四五六日天]|节假日|全天|24小时/u,
  area: new RegExp(`${N}\\s*(?:平方米|平米|㎡|m²|平方公里|亩|公顷)`, 'u'),
  // (`6月底前`, `2021年底`, `2016年年底前`, `年内` is no date; a deadline to a month of a year, `2026年5月前`,
  // is a date as the text gives it — not a month alone where a day is asked, `2018年6月审议通过`.)
  // (…and a deadline a rule sets by another date, `有效期届满前90个工作日至30个工作日期间`, `自公布之日起30日内`,
  // `应在届满前一年提交续期申请书`: the date as a law gives it.)
  // (…and a deadline set by the asker's own event, `应不晚于参保人选择的退休时间当月`: no later than it.)
  // (…and a start set by an event, `奖励电量的起始时间以并网时间为准`: the day it happens.)
  // (…and a span after an event, `应当在开展首次培训的1个月内…提交`: by then — not a bare `3个月内`, no event named.)
  // (…and a day of the month after or of the month itself, `应当在次月7日内缴入国库`: a deadline as a rule sets it.)
  // (…and the day something takes effect or a period is counted from, set by an event, `原仲裁裁决自人民法院裁定送达当事人
  // 之日起发生法律效力`: the day it happens — not any right that runs from an event, `自出生之日起独立享受…待遇`.)
  date: new RegExp(`自[^，。；、]{2,30}?之日起(?:发生(?:法律)?效力|生效|施行|起算|计算)|不(?:晚|迟)于[^，。；]{1,24}?(?:当月|当日|当天|当年|之日|之前|以前)|(?:起始|开始|截止|终止)(?:时间|日期)以[^，。；]{2,20}?为准|(?:届满|期满|到期|之日|之日起)前?${N}\\s*(?:个)?(?:工作日|日|天|月)|(?:届满|期满|到期)前${N}\\s*个?年(?!度)|[^，。；]{2}(?:后|的)${N}\\s*个?(?:工作日|日|天|月)(?:以内|之内|内)|(?:19|20)\\d{2}年\\d{1,2}月(?:前|以前|之前)|\\d{1,2}月\\d{1,2}日|[${CN_NUM_CHARS}]{1,3}月[${CN_NUM_CHARS}]{1,3}日|(?:\\d{1,2}|[${CN_NUM_CHARS}]{1,2})月(?:底|末|中旬|上旬|下旬)|\\d{4}年年?(?:底|末)|(?:每|次|下|当)月(?:\\d{1,2}|[${CN_NUM_CHARS}]{1,3})日|每月任意一日`, 'u'),
  // (`每年3月`, `三月份`: a month, as `几月开始申报` asks; `3个月` is a period. `次月`: the month after an event,
  // `审定合格后次月开始发放`, `自批准的下月起执行`, as the text gives it — not a bare `当月`, which is most often `按当月工资`.)
  month: new RegExp(`次月|下月(?:起|开始)|\\d{1,2}月\\d{1,2}日|\\d{1,2}月份?(?!\\d)|[${CN_NUM_CHARS}]{1,2}月份?(?![${CN_NUM_CHARS}])`, 'u'),
  // (`按其上一年度实际保费`: the year a sum is reckoned by, told relative to the claim's.)
  // (A year in Chinese numerals, whatever its zeros are written with: `一九九0年`, `二○○一年`, `二〇二五年`.)
  year: /(?:19|20)\d{2}年|(?:一[五六七八九]|二[〇○零0０])[〇○零0０一二三四五六七八九]{2}年|上一?(?:个)?年度|上一年|当年度|次年度?|本年度/u,
  // A place in a ranking as plans set it: `稳居全省第三位`, `进入全国前10名`, `保持首位`.
  rank: new RegExp(`第${N}(?:位|名)|前${N}(?:名|位|强)|首位|榜首|居首`, 'u'),
};
/** Words for a point in time (`时间点`, `时间节点`, `时点`): asked after 哪个, a date or a year is asked. */
const TIME_POINT_WORDS = '(?:时间点|时间节点|时点)';
/** A phrase that opens with one (the slot after 哪个 that the typed checks see to). */
export const TIME_POINT = new RegExp(`^${TIME_POINT_WORDS}`, 'u');

/** What a question's 多少/几 asks for, when its words tell (`多久` a duration, `多少钱` money). */
const KIND_ASKED: [AmountKind[], RegExp][] = [
  [['age'], /几岁|多少岁|多大年[纪龄]|年龄|岁数|年纪|多大的?(?:人|孩子|老人)/u],
  // (`多久发布一次`, `多长时间评一回`, `频次`: how often.)
  [['frequency'], /(?:多久|多长时间|几年|几个月|多少天)[^，,。？?]{0,8}?(?:一次|一回|一轮)|频次|频率/u],
  [['duration'], /多久|多长时间|多长|(?<!哪)几年|(?<!哪)几个月|几天|几日|几周|几个?(?:工作日|小时|季度)|多少天|多少年|多少个?月|多少周|多少个?(?:工作日|小时)|期限|时限|时效/u],
  // `什么时间段` is a span: of time (三个月) or of dates (三月一日至六月三十日).
  [['duration', 'date'], /什么时间段|哪个时间段|什么时段|哪段时间|哪个时期/u],
  // `什么时候到期`, `啥时候截止`: when something ends — a date (`2021年12月31日`), not a length.
  [['date'], /(?:什么时候|何时|啥时候|哪天)(?:就)?(?:到期|截止|期满|失效|结束|作废)/u],
  // (`各占多少`, `占多少`: a share of a whole. A rate asks itself where the ask follows it or it closes the
  // question — not as the topic of another ask, `LPR是指几年期的利率`.)
  [['percent'], /比例|百分之(?:几|多少)|千分之(?:几|多少)|几成|几折|多少折|打折|折扣|百分比|几个点(?!钟)|多少个点(?!钟)|(?:税率|费率|利率)(?=[\p{Script=Han}]{0,4}?(?:多少|几|多高|多大|怎么算|如何算))|(?<!(?:几|多少)[^，,。？?]*)(?:税率|费率|利率)(?=[？?呢吗，,]|$)|多少%|几个百分点|各占(?!多少[分个项人家名])|占多少(?![分个项人家名])|占比多少/u],
  // `多少钱` is money; `补助资金`, `费用` may be stated as a share of something (`按费用的30%`).
  // (`几毛钱`, `几块钱`, `多少块`: a sum in everyday units; `几千个亿`, `几十亿`, `几万元`: a sum said by its order.)
  [['money'], /多少钱|多少元|多少万元|多少亿元?|交钱|给多少钱|几毛|几块钱|多少块(?:钱)?(?![\p{Script=Han}])|几分钱|几[十百千]?个?亿(?=元|块|钱|的?(?:投资|资金|产值|营收|收入|规模)|[？?吧呢吗啊，,。]|$)|几[十百千]?万(?:元|块)/u],
  // …but only where the sum is what is asked (`补助资金有多少`), not the topic (`经费支出占GDP比重`).
  [['money', 'percent'], /(?:补|补贴|补助|奖励|奖补|资助|报销|贴息)(?:多少|几)(?!个?月|年|天|日|次|人)|(?:补贴|补助|奖励|奖补|资助)(?:每月|每年|每人|一个月|一年|具体|标准|大概|一般|能有|有){1,2}(?:是)?多少(?!个?月|年|天|日|次|人)|多少万|(?:资金|经费|费用|金额|收费)[\p{Script=Han}]{0,4}?(?:多少|几|标准|怎么算|如何算)|多少[\p{Script=Han}]{0,4}?(?:资金|经费|费用|金额|补贴|补助|奖励|奖金|资助)|收多少|(?:能|可以|可)(?:领|拿|得|申领|拿到|领到)多少(?![家项名人所次辆户张件套批位条种类部架台座艘处个天年月])|封顶(?:是|为)?多少(?![家项名人所次辆户张件套批位条种类部架台座艘处个天年月])/u],
  // (`罚款是几倍`: a sum set as a multiple, `处骗取金额2倍以上5倍以下的罚款`, or a rate as one, `报价利率四倍`.)
  [['money', 'percent'], /几倍|多少倍/u],
  // A place in a ranking (`名次保住还是往前挤`, `排第几`, `第几把交椅`, `ranking`): stated as `第三位`, `前10名`.
  // (Not a place on a list, `排第几场`, `排在第几个`, `在二十一项里排第几`, nor a ranking the asker names as a
  // condition, `排名前三的奖励`.)
  [['rank'], /(?:名次|排名|排位|位次)(?![分表榜])[^，,。？?的]{0,8}?(?:第几|多少|几|哪|还是)|第几(?:名|位)|交椅|(?<!(?:项|任务|条|措施|个方面|板块)[^，,。？?]{0,8})排(?:在|到|进|上)?第几(?![个场项条次件号批期届])|前几(?:名|位|强)|\b(?:rank|ranking|ranked)\b|\bwhich (?:spot|place|position)\b/iu],
  // (`每年几月开始申报`, `哪个月`: a month, stated as one — `3月`, `三月份` — or as a date.)
  [['month'], /几月(?!几[日号])|哪个?月(?!薪)/u],
  // `最晚什么时候之前`, `什么时候前` ask a deadline: a date.
  // (`截止到几号`: a day of the month; not `第几号`, nor a document's `几号文`.)
  [['date'], /哪一天|哪天|几月几[日号]|(?<!第)几号(?![文令])|什么日子|(?:什么时候|何时|啥时候)(?:之前|以前|前)|最晚(?:要)?(?:在)?(?:什么时候|何时|啥时候|啥时)/u],
  // `考核到哪个时间点截止`, `卡的是哪个时间节点`, `什么时间之前`: a point in time — a date, or the year's end a plan sets
  // (`到2025年末`).
  // (Not a time of day, `每天哪个时间点可以去办理`: the hours a place keeps.)
  [['date', 'year'], new RegExp(`(?<!每天|每日)(?:哪一?个|哪些|什么|啥)${TIME_POINT_WORDS}|(?:什么|哪一?个|啥)时间(?=截止|为止|之前|以前|前|到期)`, 'u')],
  // `在哪一年前实现碳达峰`: a year, stated as one (`2030年`), not a span or a rank.
  [['year'], /哪一年|哪年(?!度)|何年|\bwhich year\b|\bin what year\b/iu],
  // (A site or a line the asker names as where or how something is done — `在局网站公示多长时间`, `打电话问要
  // 几天` — or that their story tells of — `接了个电话被拍到了`, `打了急救电话`, `被别的网站整篇转走了` — is no ask for
  // its address or number; `在哪个网站报`, `打什么电话`, `电话多少`, `有没有咨询电话`, `网站的地址` still are.)
  [['phone'], /热线|号码|联系方式|(?:哪个|什么|啥|哪些)电话|电话(?:是|号|多少|呢|吗|怎么联系|在哪)|有没有[\p{Script=Han}]{0,6}电话|电话[？?]?$/u],
  [['website'], /网址|链接|(?:哪个|什么|啥|哪些|哪家)(?:网站|网页)|(?:网站|网页)(?:的)?(?:是|多少|在哪|叫|地址)/u],
  [['email'], /邮箱|电子邮件|\be-?mail\b/iu],
  // (`几点上班`, `周末开不开`: the hours a place keeps; not `几点` of a share.)
  [['hours'], /几点(?!几|[一二三四五六七八九]|\d)|(?:上班|下班|办公|营业|开放|受理|服务)时间|周末(?:开|上班|办公|营业|受理)|节假日(?:开|上班|办公|营业|受理)/u],
  // An area asked as such (`面积有多大`, `占地多少亩`, `几平米`): not 面积 named as a condition (`面积在90平方米以下的`).
  [['area'], /面积(?:有|是|为|要求)?(?:至少|最少|最多|最大|最小|不到|不足|不超过|超过|达到|低于|小于|大于|高于)?(?:多大|多少)|占地(?:面积)?(?:有|是)?多[大少]|多大面积|多少平(?:方米|米)?|几平(?:方米|米)?|多少亩|几亩|多少平方公里/u],
  // English asks the same kinds (`how many`, `how long`, `what share`).
  // (`how many points` asks a score, as `多少分` does: no kind — a scoring table states it as `10分`, no count of things.)
  [['count'], /\b(?:how many|(?:the|what|a) number of)\b(?! (?:years|months|days|weeks|hours|working days|points?)\b)/i],
  [['duration'], /\bhow long\b|\bhow many (?:years|months|days|weeks|hours|working days)\b/i],
  // A sum: in a currency, or how much a fee, fine, subsidy or reward is (`How large are the fines…`).
  [['money'], /\bin (?:rmb|yuan|renminbi)\b|\bhow much money\b|\bhow much (?:does|do|did|will|would)\b[^?]{0,60}\bcost\b|\bhow (?:much|large|big|high) (?:is|are|was|were) (?:the |a |an )?(?:fee|fees|fine|fines|penalty|penalties|subsidy|subsidies|allowance|allowances|reward|rewards|grant|grants|bonus|bonuses|price|cost)\b/i],
  [['percent'], /\bwhat (?:share|percentage|proportion|ratio|rate)\b|\bper ?cent(?:age)?\b|\b(?:share|proportion|ratio|rate) of\b|\bcontribution rate\b/i],
  // (`第几次`, `第几项` ask a place, stated as one: `第8次`.)
  [['count'], new RegExp(`(?<![第哪])几个(?!月|工作日|小时|季度|百分点)|(?<![第哪])几(?:${COUNT_UNITS})|多少个(?!月|工作日|小时|百分点)|多少(?:${COUNT_UNITS})`, 'u')],
];

/**
 * `想收几个见习生`, `想引几个骨干`: 几 after what the asker wants to do is "a few", not a question —
 * the count the asker has in mind, not one asked of the text. So is 几 as a rough or pointed number:
 * `跑好几个窗口`, `这几个部门`, `十几家企业`.
 */
// (…and the parts of a text pointed at, `前几章`, `这几节`; and some of several, `台上坐着的几位里`.)
const INDEFINITE = /(?<=想(?!知道|了解|问)[\p{Script=Han}]{1,2})几(?=[个名位家])|(?<=[好这那]|(?<!第)十)几(?=[个名位家项人所次条种类件天日年章节只头])|(?<=[前后])几(?=[章节])|(?<![第哪])几(?=[个名位家项条人](?:里头|里面|里边|里(?!程|路)|当中|之中|中间)|当中|之中)/gu;

/** The kinds of amount the question asks for; empty when its wording does not say (`补贴多少`). */
export function askedAmountKinds(question: string): AmountKind[] {
  const q = question.replace(INDEFINITE, '');
  return [...new Set(KIND_ASKED.filter(([, re]) => re.test(q)).flatMap(([k]) => k))];
}

/** The unit a figure is asked in (`百分之多少`, `多少万元`): part of the asking, not of the topic. */
const FIGURE_UNIT = /^(?:百分之|千分之|万分之|百分比|百分点|万元|亿元|元)$/u;

/** A bound or a step of the figure asked (`罚款上限多少`, `最高补多少`, `能多发多少`): how much, not of what.
 * (Not 封顶: `封顶线` is a thing of its own, whose figure a text may not state.) */
// (…and the side of it asked, `占比要压到多少以下`: the text says `控制在5%以内`.)
const FIGURE_BOUND = /^(?:上限|下限|最高|最低|最多|最少|多发|多给|多拿|多领|多补|多得|以下|以上|以内|之内)$/u;

/** Money paid or got, said as everyday verbs (`能按投资的多少给钱`, `政府出多少钱`): the sum asked, not a topic. */
const MONEY_VERB = /^(?:给|发|补|拿|出|掏|领|花)钱$/u;

/** Whether a word says money paid or got as an everyday verb (`给钱`, `掏钱`). */
export function isMoneyVerb(word: string): boolean {
  return MONEY_VERB.test(word);
}

/** A word that names how much is asked (`收费`, `费用`, `比例`, `期限`, `上限`) rather than what about. */
export function asksAmountItself(word: string): boolean {
  return askedAmountKinds(word).length > 0 || ASKS_AMOUNT.test(word) || FIGURE_UNIT.test(word) || FIGURE_BOUND.test(word) || MONEY_VERB.test(word);
}

/** What a text lacking the kinds asked does not state, in words for the reply. */
export function kindWords(kinds: readonly AmountKind[]): string {
  if (kinds.includes('phone')) return '联系电话';
  if (kinds.includes('website')) return '网址';
  if (kinds.includes('email')) return '电子邮箱';
  if (kinds.includes('hours')) return '办公时间';
  if (kinds.includes('area')) return '具体面积';
  if (kinds.includes('rank')) return '具体名次';
  if (kinds.includes('frequency') && kinds.length <= 2) return '具体频次';
  if (kinds.includes('date')) return '具体日期';
  // (`哪年哪月开的`: both, said as one.)
  if (kinds.includes('month')) return kinds.includes('year') ? '具体年月' : '具体月份';
  if (kinds.includes('year')) return '具体年份';
  return '具体数额';
}

/** The words that cite an article as a condition (`违反本法第九条`, `依照第十条`), before its number. */
export const CITING = '(?:违反|依照|依据|按照|根据)(?:本法|本条例|本办法)?';

/**
 * `一共有几个产业开发区`: the thing counted, two characters of it (its head: `产业`). Not after 次: `部署几次河长制工作`
 * counts how often it is done (`年内至少3次`), and the work is the verb's object, not a thing counted.
 */
const COUNTED = new RegExp(`(?:几|多少)(?:个|${COUNT_UNITS.split('|').filter((u) => u !== '次').join('|')})([\\p{Script=Han}]{2,})`, 'u');

/** Where the name of the thing counted ends: a particle, a verb of the asking (`几家企业获得了`, `几个基地是`). */
const COUNTED_END = /[的是有要能会可在获得被了吗呢吧啊呀和与及或等都也还就才将已]/u;

/** What may follow a count without being the thing counted: `多少家以上`, `几个左右`. */
const COUNT_BOUND = /^(?:以上|以下|以内|之内|左右|上下|之多|出头)/u;

/** Words for kinds or grades, and the measure word a text counts them in. */
const KIND_MEASURE: Record<string, string> = { 级别: '级', 等级: '级', 类别: '类', 类型: '类', 种类: '种', 档次: '档' };

export function countedHead(question: string): string[] | null {
  const run = COUNTED.exec(question)?.[1];
  if (!run || COUNT_BOUND.test(run)) return null;
  // The name's first two characters, and of a longer name its last two, where the head noun of
  // `省级担保龙头机构` stands (`培育一家…的龙头机构` counts the 机构, and names the 省 only as 每个省).
  const end = [...run].findIndex((ch, i) => i >= 2 && COUNTED_END.test(ch));
  const name = [...run].slice(0, end < 0 ? 8 : Math.min(end, 8)).join('');
  // `分几个级别`, `几种类型`: kinds are counted in their measure word (`两级`, `四类`), not by the word 级别.
  const measure = KIND_MEASURE[name.slice(0, 2)];
  if (measure) return [measure];
  return name.length >= 4 ? [name.slice(0, 2), name.slice(-2)] : [name.slice(0, 2)];
}

/**
 * Whether the text counts that thing: a count and the thing in one clause (`建成5个产业开发区`,
 * `产业开发区达到5个`). `按照“六个一体化”要求，提高产业开发区建设水平` counts 一体化, not the zones.
 */
export function countsThing(text: string, heads: readonly string[]): boolean {
  return amountText(text)
    .split(/[，,；;。！？!?：:]/u)
    .some((clause) => heads.some((head) => clause.includes(head)) && KIND_STATED.count.test(clause));
}

/**
 * Measure words that count things of one sort, grouped where texts say one for another (`5名`/`5人`, `30户企业`/`30家`).
 * `个` counts anything and fits every ask.
 */
const MEASURE_GROUPS = ['人名位', '家户', '项条件', '辆台', '座处', '艘', '架', '张', '套', '所'];
/** The persons' group: a count of them may be stated as a share of the body they make (SHARE_OF_MEMBERS). */
const PERSONS = '人名位';
const MEASURES = MEASURE_GROUPS.join('');

/**
 * The measure word a count is asked in (`保有量是多少辆` 辆, `几家企业` 家), from the question's words as the tagger
 * cuts them: null for `几个`, for no count asked, for a word that only begins with one (`多少户籍老年人`), and for
 * the asker's own `好几户`.
 */
export function countMeasure(words: readonly { word: string }[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.word;
    const glued = /^(?:几|多少)(\p{Script=Han})$/u.exec(w)?.[1];
    if (glued && MEASURES.includes(glued)) return glued;
    const next = words[i + 1]?.word;
    if ((w === '几' || w === '多少') && next && next.length === 1 && MEASURES.includes(next)) return next;
  }
  return null;
}

/**
 * Whether the text states a count in the measure asked or one of its group — or, `loose`, in `个`: `建成示范站10座`
 * counts no 辆, whatever else it counts.
 */
export function countsInMeasure(text: string, measure: string, loose = true): boolean {
  const counted = COUNTED_IN.get(measure);
  return !!counted && counted[loose ? 1 : 0].test(amountText(text));
}

/** Per measure word, a count in its group, without and with `个` (made once, not per answer checked). */
const COUNTED_IN = new Map(
  [...MEASURES].map((m) => {
    const group = MEASURE_GROUPS.find((g) => g.includes(m))!;
    const share = group === PERSONS ? `|${SHARE_OF_MEMBERS}` : '';
    return [m, [new RegExp(`${N}\\s*[${group}]${share}`, 'u'), new RegExp(`${N}\\s*[${group}个]${share}`, 'u')] as const];
  }),
);

/** Whether the text states an amount of one of these kinds. */
export function statesAmountOf(text: string, kinds: readonly AmountKind[]): boolean {
  const t = amountText(text);
  // A date or a year is what amountText takes out: it is looked for in the text as written — and so is a
  // span of years, which is a period (`实施期为2023-2025年` answers `实施期限多久`).
  return kinds.some((k) => KIND_STATED[k].test(k === 'date' || k === 'month' || k === 'year' ? text : t) || (k === 'duration' && (YEAR_SPAN.test(uncited(text)) || YEARS_THROUGH.test(text))));
}
/** The scale of a period asked (`几天内给意见` days, `几个月` months, `几年` years): null when the words do not say. */
export type PeriodUnit = 'day' | 'month' | 'year';
const PERIOD_ASKED: [PeriodUnit, RegExp][] = [
  ['day', /几天|几日(?!子)|多少天|多少日|几个?工作日|多少个?工作日/u],
  ['month', /几个月|多少个?月/u],
  ['year', /(?<!哪|这|那|好|十|前|近)几年|多少年/u],
];
export function periodUnitAsked(question: string): PeriodUnit | null {
  const units = PERIOD_ASKED.filter(([, re]) => re.test(question)).map(([u]) => u);
  return units.length === 1 ? units[0]! : null;
}
const PERIOD_STATED: Record<PeriodUnit, RegExp> = {
  day: new RegExp(`${N}\\s*(?:个)?(?:日|天|工作日)`, 'u'),
  month: new RegExp(`${N}\\s*个?月|半年`, 'u'),
  year: new RegExp(`${N}\\s*(?:个)?年|半年|终身|长期|${FOREVER}`, 'u'),
};
/** The parts of a text a count asks for (`一共几章`, `分多少节`): a text's structure, counted in its own unit. */
// (`前几章`, `这几章` point at some of them; they ask no count.)
const PART_COUNT_ASKED = /(?<![第哪前后这那好十])(?:几|多少)(章|节(?![能水电约日假气庆]))/u;
/** The unit of a text's parts a count asks in (`章` of `一共几章`), or null. */
export function partUnitAsked(question: string): string | null {
  return PART_COUNT_ASKED.exec(question)?.[1] ?? null;
}
/**
 * A count stated in each unit, made once: every candidate sentence of a `一共几章` question is tested.
 * (`约法三章`, `二十四节气`, `两节期间` count no parts.)
 */
const PART_COUNT_STATED: Record<string, RegExp> = Object.fromEntries(['章', '节'].map((u) => [u, new RegExp(`(?<![第法])${N}\\s*${u}(?![气日假期])`, 'u')]));
/** Whether a text states a count in that unit (`共十九章`), not a place in it (`第三章`). */
export function statesPartCount(text: string, unit: string): boolean {
  return PART_COUNT_STATED[unit]?.test(amountText(text)) ?? false;
}
/** Whether a text states a period in that scale (`3个工作日内` for days; not `2个月最低生活保障标准`). */
export function statesPeriodIn(text: string, unit: PeriodUnit): boolean {
  return PERIOD_STATED[unit].test(amountText(text)) || (unit === 'year' && (YEAR_SPAN.test(uncited(text)) || YEARS_THROUGH.test(text)));
}
/** A text without the titles it cites: `《法治政府建设实施纲要（2015—2020年）》`'s years name that document, not a period set. */
function uncited(text: string): string {
  return text.includes('《') ? text.replace(/《[^《》]*》/gu, '') : text;
}
const YEAR_SPAN = /(?:19|20)\d{2}\s*年?\s*[-—–~～至到]\s*(?:19|20)\d{2}\s*年/u;
/** Years counted through (`第一年…，第二年、第三年租金减半`) say how long a support runs: to the last one named. */
const YEARS_THROUGH = /第(?:[二三四五六七八九十]|\d{1,2})个?年(?!度)/u;

/**
 * What a word leaves out of its part when that names a figure: a fee, a price, a rate, a sum, a wage — or a
 * quantity (`产量`, `销量`, `用量`: `原油产量是多少` is not answered by the `3项任务` of a passage on the oil field).
 */
export const FIGURE_WORD = /[费钱价金额率税资薪租款]|[产销用存总增流]量/u;

/**
 * Whether the answer states a figure of the kind asked with the rest of the asker's figure word right at it: `奖金`
 * of the asker, `给予每人800万元奖励` of the text — the figure's own name, in the text's word (奖 of 奖励), not a
 * figure of something else (`3项任务` for `产量`). In one clause: two characters before the figure, or after it and
 * its unit (`万元`).
 */
export function namedAtFigure(word: string, body: string, kinds: readonly AmountKind[]): boolean {
  // (The figure part that ends the word: 奖 of 奖金 — not the 用 left of 费用, nor a stem that names a figure itself.)
  const stem = word.replace(FIGURE_END, '');
  if (!stem || stem === word || FIGURE_WORD.test(stem) || !kinds.length) return false;
  const s = escapeRegExp(stem);
  const at = new RegExp(`${s}[^，。；,;：:！!？?\\n]{0,2}${FIGURE_AT}|${FIGURE_AT}[^，。；,;：:！!？?\\n\\d]{0,4}?${s}`, 'u');
  return body.split(/[，。；,;：:！!？?\n]/u).some((clause) => at.test(clause) && statesAmountOf(clause, kinds));
}
/** A word's figure part at its end (`金` of 奖金, `量` of 产量). */
const FIGURE_END = new RegExp(`(?:${FIGURE_WORD.source})$`, 'u');
/** A figure as it stands beside its name: digits, or Chinese numerals with a unit of sum or share (`八百万元`) — not the 一 of 统一. */
const FIGURE_AT = `(?:\\d+(?:\\.\\d+)?|[${CN_NUM_CHARS}]+(?=[万亿]?[元%倍]))`;
