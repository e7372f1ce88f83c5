// Answers as the 公众号 and 企业微信 take them: one text within WeChat's byte limit with its 来源 line
// kept whole, sent back as the flat `<xml>` of a passive reply (strings in CDATA) or pushed through
// the message APIs when it missed the five-second window.
import { XMLBuilder } from 'fast-xml-parser';
import { bodyText, sourceLine } from '../../answer/plain-text.ts';
import type { Answer } from '../../knowledge/types.ts';

/** WeChat's limit for a text reply (passive, customer-service and WeCom app messages alike). */
export const WX_TEXT_MAX_BYTES = 2048;

/** An answer as one WeChat text: body and questions to try, then the sources. */
export function wxText(answer: Answer, maxBytes = WX_TEXT_MAX_BYTES): string {
  return fitWxText(bodyText(answer), sourceLine(answer), maxBytes);
}

/**
 * A body and its source line within WeChat's byte limit. The body is cut (on a character boundary,
 * marked `…`); the source line is kept whole: an answer without its source is the one thing worse
 * than a short answer.
 */
export function fitWxText(body: string, source: string | null = null, maxBytes = WX_TEXT_MAX_BYTES): string {
  const text = source ? `${body}\n${source}` : body;
  if (Buffer.byteLength(text) <= maxBytes) return text;
  const tail = source ? `…\n${source}` : '…';
  const budget = maxBytes - Buffer.byteLength(tail);
  if (budget <= 0) return cutBytes(text, maxBytes - Buffer.byteLength('…')) + '…';
  return cutBytes(body, budget) + tail;
}

/** The longest prefix (whole code points) within `max` UTF-8 bytes. */
function cutBytes(text: string, max: number): string {
  let bytes = 0;
  let out = '';
  for (const ch of text) {
    bytes += Buffer.byteLength(ch);
    if (bytes > max) break;
    out += ch;
  }
  return out;
}

const builder = new XMLBuilder({ cdataPropName: '__cdata', format: false, suppressEmptyNode: false });

/** Builds `<xml>…</xml>`; strings go in CDATA, numbers as they are. */
export function buildWxXml(fields: Record<string, string | number>): string {
  const xml: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) xml[k] = typeof v === 'number' ? v : { __cdata: v };
  return builder.build({ xml }) as string;
}

/** The passive reply to a message: a text from our account (`from`) to the user who wrote (`to`). */
export function textReplyXml(to: string, from: string, text: string, now = Date.now()): string {
  return buildWxXml({ ToUserName: to, FromUserName: from, CreateTime: Math.floor(now / 1000), MsgType: 'text', Content: text });
}
