// The records the store keeps, whichever back end keeps them (the files of open.ts, PostgreSQL in
// pg/): both import these, neither imports the other for them.

/**
 * The front door a record came through: mp = mini-program, oa = Official Account (公众号), wecom =
 * 企业微信. A new channel names itself (lower case): the store keeps any such name, so adding one
 * changes nothing here.
 */
export type Channel = 'http' | 'wechat' | 'mp' | 'oa' | 'wecom' | 'cli' | (string & {});

export interface FeedbackRecord {
  at: string;
  sessionId: string;
  question: string;
  answer?: string;
  /** Whose copy `answer` is: the server's own record of what it said, or (not found) the client's, capped. */
  answerFrom?: 'server' | 'client';
  rating: 'up' | 'down';
  comment?: string;
  channel: Channel;
  user?: string;
}

export interface UnansweredRecord {
  /** When it was last asked. */
  at: string;
  question: string;
  /** How often it was asked (absent: once) and when first, for records folded by question. */
  count?: number;
  firstAt?: string;
  reason: 'refused' | 'low_confidence';
  channel: Channel;
  sessionId?: string;
}

export interface AuditRecord {
  at: string;
  action: string;
  who: string;
  result: 'ok' | 'failed' | 'rejected';
  detail?: Record<string, unknown>;
}

export interface HistoryRecord {
  at: string;
  /** The owner: an openid, a WeChat contact id, or an anonymous session id. */
  owner: string;
  question: string;
  answer: string;
  grounded: boolean;
  mode: string;
  channel: Channel;
}
