// Chinese numerals as they appear in plans and questions: `第十项`, `二十一项`, `两个方面`.
// Plans count with both scripts (`2项措施`, `两个方面`), and staff type either, so both parse alike.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that may make up a Chinese numeral (for building regular expressions). */
export const CN_NUM_CHARS = '零〇一二两三四五六七八九十百千';
/** A number written with ASCII digits or Chinese numerals. */
export const NUM_PATTERN = `(?:\\d+|[${CN_NUM_CHARS}]+)`;

/** Parses `21`, `二十一`, `十`, `两`, `一百零五`; returns null for anything else. */
export function parseNumber(s: string): number | null {
  const t = s.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (t.length === 0 || ![...t].every((c) => c in DIGITS || c in UNITS)) return null;
  let total = 0;
  let pending: number | null = null;
  for (const c of t) {
    if (c in DIGITS) {
      // Two digits in a row (`二一`) is not how counts are written: refuse rather than guess.
      if (pending !== null && pending !== 0) return null;
      pending = DIGITS[c]!;
    } else {
      const unit = UNITS[c]!;
      // A bare `十` means ten (`十一` = 11).
      total += (pending ?? 1) * unit;
      pending = null;
    }
  }
  return total + (pending ?? 0);
}

/** 1 → 一, 10 → 十, 21 → 二十一 (used for `第六方面`-style labels, which read naturally only this way). */
export function toChineseNumber(n: number): string {
  const d = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return d[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : d[tens]}十${ones === 0 ? '' : d[ones]}`;
}

/** A question that asks for an amount: how many, how much, how long, what share, which place. */
export const ASKS_AMOUNT = /多少|多大|多高|多长|多久|几个|几家|几项|几所|几位|几名|几人|几天|几日|几年|几个月|几倍|比例|比重|百分之几|税率|第几|排名|排第/;

/** Article, item and chapter numbers (`第四十五条`) count things in the text, not in the world. */
const LABELS = new RegExp(`第${NUM_PATTERN}(?:条|款|项|章|节|部分|个|方面|是)`, 'gu');
const AMOUNT = new RegExp(`\\d|百分之|千分之|万分之|[${CN_NUM_CHARS}万亿]+(?:个|项|家|位|名|所|人|方面|日|天|年|月|周|倍|元|万|亿|成|次|岁|小时|分钟|公里|千米|米|公斤|千克|克|吨|级|份)|第[${CN_NUM_CHARS}]+位`, 'u');

const DATES = /\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|末|前|以前|起|以来)*|\d{1,2}月\d{1,2}日/gu;

/** Whether a text states an amount (a number with a unit, a percentage, a rank), labels aside. */
export function statesAmount(text: string): boolean {
  // A date (`2021年3月底前`) says when, not how much.
  // Nor does an item's own number (`4.持续优化…`, `(2)`).
  return AMOUNT.test(text.replace(/^\s*(?:\d{1,3}[.、]|\(\d{1,3}\))/u, '').replace(LABELS, '').replace(DATES, ''));
}
