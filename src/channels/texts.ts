// What the service says on its own account — the limits, the hints, the apologies, the content
// refusal — in one place, so every channel says it alike. Chat channels (the WeChat bot, the 公众号,
// 企业微信) send the `say` wording as a bubble, in the asker's script; the HTTP API answers with its
// error shape, the Chinese and English message side by side.
import { mirrorScript, scriptOf, type Script } from '../answer/script.ts';
import type { Answer } from '../knowledge/types.ts';
import { toTraditional } from '../text/normalize.ts';

/** Our own words in the asker's script. */
export function localize(text: string, script: Script): string {
  return script === 'traditional' ? toTraditional(text) : text;
}

/** Why a message got no answer, for every channel: an HTTP status and message, a chat bubble. */
export interface Notice {
  code: 'not_text' | 'empty_question' | 'question_too_long' | 'rate_limited';
  status: number;
  zh: string;
  en: string;
  /** The bubble a chat channel sends (in the asker's script once localized). */
  say: string;
}

export const NOTICES = {
  notText: (): Notice => ({
    code: 'not_text',
    status: 400,
    zh: '目前只能回答文字问题',
    en: 'only text questions can be answered',
    say: '目前只能回答文字提问，请直接输入您的问题。发送“帮助”查看用法。',
  }),
  /** Nothing left of the message (a group message that only @-mentions us, invisible characters). */
  empty: (inGroup: boolean): Notice => ({
    code: 'empty_question',
    status: 400,
    zh: '问题不能为空',
    en: 'question must not be empty',
    say: inGroup ? '请在@我之后写上您的问题，发送“帮助”查看用法。' : '目前只能回答文字提问，请直接输入您的问题。发送“帮助”查看用法。',
  }),
  tooLong: (max: number): Notice => ({
    code: 'question_too_long',
    status: 400,
    zh: `问题不能超过 ${max} 个字`,
    en: `question must be at most ${max} characters`,
    say: `问题太长了，请控制在${max}字以内。`,
  }),
  /** The HTTP API answers a limit with its own 429 (http/protect.ts); these are the bubbles. */
  limited: (scope: 'asker' | 'group', retryAfter: number): Notice => ({
    code: 'rate_limited',
    status: 429,
    zh: `提问太频繁了，请 ${retryAfter} 秒后再试`,
    en: `too many requests, retry in ${retryAfter} s`,
    say: scope === 'group' ? `本群提问较多，请${retryAfter}秒后再试。` : `您提问太频繁了，请${retryAfter}秒后再试。`,
  }),
};

/** Chat bubbles that are not about the message itself. */
export const SAY = {
  /** The answer is taking a while (WeChat's bot after a few seconds; the 公众号 when it will push the answer). */
  busy: '正在查询，请稍候…',
  /** The 公众号 cannot push a late answer (no API credentials): ask again. */
  askAgain: '查询用时较长，请稍后再发送一次您的问题。',
  /** Anything that went wrong while answering. */
  failed: '抱歉，处理您的问题时出错了，请稍后再试。',
};

/** The refusal for text the content screen flags, in the asker's script; it names no reason, as WeChat's own apps do. */
export function contentRefusal(question: string): Answer {
  const script = scriptOf(question);
  const body =
    script === 'english'
      ? 'Sorry, your message does not meet the content guidelines, so it cannot be answered. Please rephrase your question about the plan.'
      : '抱歉，您发送的内容不符合规范，无法作答。请修改后重新提问。';
  return mirrorScript({ body, sources: [], grounded: false, citations: [], mode: 'refusal' }, script);
}
