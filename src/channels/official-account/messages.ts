// One decrypted callback message → the text to send back (or null for nothing). Shared by the
// Official Account and WeCom; it knows nothing of signatures, XML or the five-second rule.
import type { Logger } from 'pino';
import type { Answerer } from '../../answer/pipeline.ts';
import type { RateLimiter } from '../../http/rate-limit.ts';
import type { KnowledgeIndex } from '../../retrieval/knowledge-index.ts';
import { stripInvisible } from '../../text/invisible.ts';
import { TEXT_ONLY_HINT, welcomeText } from './welcome.ts';
import type { WxFields } from './xml.ts';
import { wxText } from '../presenters/official-account.ts';

export interface MessageDeps {
  channel: 'oa' | 'wecom';
  answerer: Pick<Answerer, 'ask'>;
  index: () => KnowledgeIndex;
  limiter: RateLimiter;
  maxQuestionChars: number;
  log: Logger;
  /** Content rules shared with the other channels: the text to reply instead, or null to answer. */
  screen?: (text: string) => Promise<string | null>;
}

/** The key WeChat's retries share: MsgId for messages; sender + time (+ event) for events. */
export function messageKey(msg: WxFields): string {
  if (msg.MsgId) return `id:${msg.MsgId}`;
  return `ev:${msg.FromUserName ?? ''}:${msg.CreateTime ?? ''}:${msg.Event ?? ''}`;
}

export async function handleMessage(msg: WxFields, deps: MessageDeps): Promise<string | null> {
  const user = msg.FromUserName;
  if (!user) return null;
  const type = (msg.MsgType ?? '').toLowerCase();
  if (type === 'event') {
    return (msg.Event ?? '').toLowerCase() === 'subscribe' ? welcomeText(deps.index()) : null;
  }
  // With voice recognition switched on, WeChat sends the transcript along: answer it as text.
  // Invisible characters (zero-width spaces, soft hyphens) are no question: only a hint comes back.
  const raw = type === 'text' ? msg.Content : type === 'voice' ? msg.Recognition : undefined;
  const text = raw === undefined ? undefined : stripInvisible(raw).trim();
  if (!text) return TEXT_ONLY_HINT;
  if ([...text].length > deps.maxQuestionChars) return `问题太长了，请控制在 ${deps.maxQuestionChars} 字以内。`;

  const sessionId = `${deps.channel}:${user}`;
  const rate = deps.limiter.check(sessionId);
  if (!rate.allowed) {
    // Tell the user once per window; further messages get no reply rather than a wall of notices.
    return rate.firstRefusal ? `提问太频繁了，请 ${rate.retryAfter} 秒后再试。` : null;
  }
  try {
    const refused = deps.screen ? await deps.screen(text) : null;
    if (refused) return refused;
    const res = await deps.answerer.ask(text, { sessionId, channel: deps.channel, owner: user });
    return wxText(res);
  } catch (err) {
    deps.log.error({ err, channel: deps.channel }, 'answering a callback message failed');
    return '抱歉，系统暂时无法回答，请稍后再试。';
  }
}
