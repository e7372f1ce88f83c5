// Tiers of a figure. Support policies pay by brackets (`单场演出售票5000人（含）—10000人（不含）的，给予单场最高3万元奖励`,
// `年销量3000（含）—5000辆（不含）的车型，给予500万元激励`), and an asker often says where they stand (`卖了1.2万张票`,
// `营收1.5亿的企业`): the bracket that holds their figure answers them, its neighbours do not.

import { parseNumber } from './numerals.ts';

/** What a figure counts, as far as a bracket's comparison goes: money, a share, an area, an age, a time, or things. */
type Measure = 'money' | 'share' | 'area' | 'age' | 'time' | 'count';

interface Figure {
  value: number;
  measure: Measure;
  /** Said with a unit that names what it counts (`57岁`, `6个人`, `100万`), not a bare number (`82了`). */
  unit?: true;
  /** Said as a ceiling (`不到15万`, `15万以下`): the asker's figure is just under it. */
  under?: true;
}

/** A unit that says what a figure counts: an age, a time, people or things, money, a share, an area. */
const MEASURE_UNIT = /^(?:周?岁|个?月|年|天|日|周|小时|个?人|名|家|户|套|件|辆|张|元|万|亿|%|％|平方米|平米|平|㎡|亩)/u;

const MULTIPLIER: Record<string, number> = { 千: 1e3, 万: 1e4, 亿: 1e8 };
const NUMBER = '(\\d+(?:\\.\\d+)?)\\s*(千|万|亿)?';
/** The unit after a number: a currency, a percent sign, an area, or a measure word (人, 张, 辆, 家…). */
const UNIT = '(美元|港元|欧元|元|%|％|平方米|平米|平(?![台均等])|㎡|亩|[\\p{Script=Han}]{0,2})';
const INCLUDED = '\\s*(?:[（(]含[）)])?';
const EXCLUDED = '\\s*(?:[（(]不含[）)])?';

function measureOf(unit: string): Measure {
  if (/元/u.test(unit)) return 'money';
  if (/[%％]/u.test(unit)) return 'share';
  if (/平|㎡|亩/u.test(unit)) return 'area';
  if (/岁/u.test(unit)) return 'age';
  if (/^(?:分钟|小时|天|日|周|个月|年)/u.test(unit)) return 'time';
  return 'count';
}

function valueOf(digits: string, mult: string | undefined): number {
  return Number(digits) * (mult ? MULTIPLIER[mult]! : 1);
}

/** `5000人（含）—10000人（不含）`, `3000（含）—5000辆（不含）`, `200万-500万（不含）美元`. */
const CLOSED = new RegExp(`${NUMBER}\\s*${UNIT}${INCLUDED}\\s*[—–－\\-~～至到]\\s*${NUMBER}\\s*${UNIT}${EXCLUDED}`, 'gu');
/** `20000人（含）以上`, `1亿元及以上`. */
const ABOVE = new RegExp(`${NUMBER}\\s*${UNIT}${INCLUDED}(?:及|或)?以上`, 'gu');
/** `5000人以下`, `不足5000人` (not `不低于30分钟`, a floor). */
const BELOW = new RegExp(`(?<!不)(?:不足|低于|少于)${NUMBER}\\s*${UNIT}|${NUMBER}\\s*${UNIT}${EXCLUDED}以下`, 'gu');

/** Units of a date or a time (`5月30日至12月31日`, `9时至17时`): a window, not a tier. */
const WHEN = /^[年月日号时点]/u;

interface Bracket {
  low: number;
  high: number;
  measure: Measure;
}

/** The one bracket a sentence states, or null when it states none or several (`200万-500万、500万-1000万美元…分别`). */
export function bracketOf(sentence: string): Bracket | null {
  const found: Bracket[] = [];
  const text = sentence.replace(/,(?=\d{3})/gu, '');
  for (const m of text.matchAll(CLOSED)) {
    const unit = m[6] || m[3] || '';
    if (WHEN.test(m[3] ?? '') || WHEN.test(m[6] ?? '')) continue;
    found.push({ low: valueOf(m[1]!, m[2] ?? m[5]), high: valueOf(m[4]!, m[5]), measure: measureOf(unit) });
  }
  const rest = text.replace(CLOSED, ' ');
  for (const m of rest.matchAll(ABOVE)) if (!WHEN.test(m[3] ?? '')) found.push({ low: valueOf(m[1]!, m[2]), high: Infinity, measure: measureOf(m[3] ?? '') });
  for (const m of rest.matchAll(BELOW)) {
    const [digits, mult, unit] = m[1] ? [m[1], m[2], m[3]] : [m[4]!, m[5], m[6]];
    if (WHEN.test(unit ?? '')) continue;
    found.push({ low: -Infinity, high: valueOf(digits, mult), measure: measureOf(unit ?? '') });
  }
  // `罚款金额在200万元以上的，500万元以下的`: a floor and a ceiling said apart are one bracket.
  if (found.length === 2) {
    const [a, b] = found as [Bracket, Bracket];
    const [floor, ceiling] = a.high === Infinity ? [a, b] : [b, a];
    if (floor.high === Infinity && ceiling.low === -Infinity && floor.measure === ceiling.measure && floor.low < ceiling.high) return { low: floor.low, high: ceiling.high, measure: floor.measure };
  }
  return found.length === 1 ? found[0]! : null;
}

/** A figure the question states (`卖了1.2万张票`): digits not of a year, a date, an ordinal or a label. */
const STATED = new RegExp(`(?<![第\\d.])${NUMBER}\\s*${UNIT}`, 'gu');
/** …or in words after what the asker has done (`排了六年`, `招了三个人`): not a name's numeral (`三年行动`). */
const TOLD_IN_WORDS = /(?<=了)([一二两三四五六七八九十]{1,3})\s*((?:个|周)?(?:岁|年|月|人|名|家|天|日|周|小时))/gu;
/** A condition that bounds a figure (`女性不超过55周岁`, `未满35周岁`, `轮候时间超过5年`, `带动就业5人及以上`). */
const BOUND = new RegExp(`(?:不超过|超过|不满|未满|年满|满|不足|低于|少于|不低于|不少于|高于|多于)\\s*${NUMBER}\\s*${UNIT}|${NUMBER}\\s*${UNIT}${INCLUDED}(?:及|或)?(?:以上|以下|以内|之内)`, 'gu');

export function statedFigures(question: string): Figure[] {
  const out: Figure[] = [];
  for (const m of question.matchAll(STATED)) {
    const after = question.slice(m.index! + m[0].length, m.index! + m[0].length + 1);
    const unit = m[3] ?? '';
    // A year, a month or day, an article or item number: a date or a label, not where the asker stands;
    // nor a name's figure (`5G`, `3D`), nor a year written bare (`by the end of 2025`).
    if (/^[年月日号条款项]/u.test(unit) || /^[年月日号条款项]/u.test(after)) continue;
    if (!unit && /^[A-Za-z]/u.test(after)) continue;
    if (!unit && !m[2] && /^(?:19|20)\d{2}$/u.test(m[1]!)) continue;
    // (`罚款300万的`: tens of thousands said with no unit after them are money, as askers say a sum.)
    const measure = m[2] && m[2] !== '千' && !MEASURE_UNIT.test(unit) ? 'money' : measureOf(unit);
    // A figure the asker says as a ceiling (`不到15万`) is under it: `15万元以下` holds it, `15万元以上` does not.
    const value = valueOf(m[1]!, m[2]);
    const before = question.slice(Math.max(0, m.index! - 3), m.index!);
    const rest = question.slice(m.index! + m[0].length - unit.length, m.index! + m[0].length + 3);
    const under = /(?:不到|不足|低于|少于|未满|不满)$/u.test(before) || /^\p{Script=Han}{0,2}?(?:以下|以内)/u.test(rest);
    out.push({ value, measure, ...(under ? { under: true as const } : {}), ...(MEASURE_UNIT.test(m[2] ? `${m[2]}${unit}` : unit) ? { unit: true as const } : {}) });
  }
  for (const m of question.matchAll(TOLD_IN_WORDS)) {
    const value = parseNumber(m[1]!);
    if (value !== null) out.push({ value, measure: measureOf(m[2]!), unit: true });
  }
  return out;
}

/**
 * Whether the sentence sets a condition on a figure of the kind the asker tells of themselves (`我今年57岁` against
 * `女性不超过55周岁`, `排了六年` against `轮候时间超过5年`): the rule that decides their case, whichever side they are on.
 */
export function boundsStated(sentence: string, stated: readonly Figure[]): boolean {
  // (Only a figure said with its unit: `我妈今年82了` tells no measure, though a bare number reads as a count.)
  if (!stated.some((f) => f.unit)) return false;
  const text = sentence.replace(/,(?=\d{3})/gu, '');
  for (const m of text.matchAll(BOUND)) {
    const unit = m[3] ?? m[6] ?? '';
    // (`超过5年` is a period, not a year; `2019年以上` is none.)
    if (/^[日号时点]/u.test(unit) || (/^年/u.test(unit) && Number(m[1] ?? m[4]) >= 1900)) continue;
    const measure = measureOf(unit);
    if (stated.some((f) => f.unit && f.measure === measure)) return true;
  }
  return false;
}

/**
 * Whether the sentence's bracket holds a figure the question states: `in`, `out`, or undefined when the
 * sentence states no single bracket or the question no figure of its measure.
 */
export function bracketFit(sentence: string, stated: readonly Figure[]): 'in' | 'out' | undefined {
  if (!stated.length) return undefined;
  const b = bracketOf(sentence);
  if (!b) return undefined;
  const same = stated.filter((f) => f.measure === b.measure);
  if (!same.length) return undefined;
  return same.some((f) => (f.under ? f.value > b.low && f.value <= b.high : f.value >= b.low && f.value < b.high)) ? 'in' : 'out';
}
