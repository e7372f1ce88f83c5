// One decrypted callback message → the text to send back (or null for nothing). Shared by the
// Official Account and WeCom; it knows nothing of signatures, XML or the five-second rule. A text
// (or a voice message's transcript) goes through the inbound gate every channel shares — limits,
// content screen, commands, the asker's conversation — and comes back as the presenter lays it out.
import type { Logger } from 'pino';
import type { KnowledgeIndex } from '../../retrieval/knowledge-index.ts';
import type { InboundGate } from '../inbound.ts';
import { wxText } from '../presenters/official-account.ts';
import { SAY } from '../texts.ts';
import { welcomeText } from './welcome.ts';
import type { WxFields } from './xml.ts';

export interface MessageDeps {
  channel: 'oa' | 'wecom';
  gate: InboundGate;
  index: () => KnowledgeIndex;
  log: Logger;
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
  const text = type === 'text' ? msg.Content : type === 'voice' ? msg.Recognition : undefined;
  try {
    const out = await deps.gate.take({ asker: { channel: deps.channel, id: user }, text: text ?? null });
    switch (out.kind) {
      case 'limited':
        // Told once per window; further messages get no reply rather than a wall of notices.
        return out.first ? out.notice.say : null;
      case 'refused':
        return out.notice.say;
      case 'answer':
        return wxText(out.answer);
    }
  } catch (err) {
    deps.log.error({ err, channel: deps.channel }, 'answering a callback message failed');
    return SAY.failed;
  }
}
