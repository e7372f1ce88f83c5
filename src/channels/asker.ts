// Who is asking, named one way for every channel. An asker is a channel and the id the channel
// knows them by (an openid, a WeChat contact, a 企业微信 user, the sessionId an anonymous HTTP client
// sends); their records (history, feedback) belong to `<channel>:<id>` and their conversation is that
// too, or `<channel>:<room>:<id>` within a group. Prefixing every id with its channel keeps one
// channel's id from reaching another's conversation (an anonymous sessionId of `wechat:…`).
import type { AskOptions } from '../answer/pipeline.ts';
import type { Channel } from '../store/types.ts';

export interface Asker {
  channel: Channel;
  /** The asker's id in the channel; absent for an anonymous HTTP request without a sessionId. */
  id?: string;
  /** The group conversation the message came from (the WeChat bot). */
  room?: string;
  /** A display name, for audit records. */
  name?: string;
  /** May run the admin commands (重载知识库). */
  admin?: boolean;
}

/** The owner of the asker's records: `<channel>:<id>`. */
export function ownerOf(a: Asker): string | undefined {
  return a.id === undefined ? undefined : `${a.channel}:${a.id}`;
}

/** The asker's conversation: their own, or theirs within a group, so a follow-up there refers to what was asked there. */
export function sessionOf(a: Asker): string | undefined {
  if (a.id === undefined) return undefined;
  return a.room ? `${a.channel}:${a.room}:${a.id}` : ownerOf(a);
}

/** How the answerer is asked on the asker's behalf. */
export function askOptions(a: Asker): AskOptions {
  const sessionId = sessionOf(a);
  const owner = ownerOf(a);
  return { channel: a.channel, ...(sessionId ? { sessionId } : {}), ...(owner ? { owner } : {}) };
}

/**
 * Which stored records are the asker's: their channel's, under their owner id — or under their bare
 * id, as records were kept before every channel used one scheme (an openid, an anonymous sessionId).
 * A predicate for a list's `where`, made once per lookup (it is called per record scanned).
 */
export function ownedBy(a: Asker): (r: { owner: string; channel: string }) => boolean {
  const { id, channel } = a;
  if (id === undefined) return () => false;
  const owner = ownerOf(a);
  return (r) => r.channel === channel && (r.owner === owner || r.owner === id);
}
