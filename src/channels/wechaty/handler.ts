// The bot's logic as a plain function of a message: no wechaty types, so tests call it directly and
// bot.ts only translates wechaty's events into `Incoming` and a way to say things back.
import type { Logger } from 'pino';
import { scriptOf, type Script } from '../../answer/script.ts';
import type { AskOptions } from '../../answer/pipeline.ts';
import { RateLimiter } from '../../http/rate-limit.ts';
import type { Answer } from '../../knowledge/types.ts';
import type { ReloadOutcome } from '../../ops/reload.ts';
import type { KnowledgeIndex } from '../../retrieval/knowledge-index.ts';
import type { Store } from '../../store/open.ts';
import { stripInvisible } from '../../text/invisible.ts';
import type { Asker } from '../asker.ts';
import { InboundGate, type ContentScreen } from '../inbound.ts';
import { MAX_PART_CHARS, replyOf, splitReply, type Reply } from '../presenters/wechat.ts';
import { localize, SAY } from '../texts.ts';

export interface Incoming {
  id: string;
  type: 'text' | 'other';
  text: string;
  /** When WeChat says it was sent (ms). */
  at: number;
  /** Sent by the logged-in account itself. */
  self: boolean;
  talker: { id: string; name: string; official?: boolean };
  room?: { id: string; topic?: string };
  mentionSelf?: boolean;
  /** The text without the @mentions (group messages). */
  mentionText?: string;
}

/** Says one bubble back in the message's conversation; `mention` @-mentions the talker (groups). */
export type Say = (text: string, opts: { mention: boolean }) => Promise<void>;

export type Outcome =
  | 'answered' | 'command' | 'screened' | 'hint' | 'limited' | 'error'
  | 'duplicate' | 'self' | 'official' | 'stale' | 'not-addressed';

export interface HandlerDeps {
  ask(question: string, opts: AskOptions): Promise<Answer>;
  index(): KnowledgeIndex;
  reload(who: string): Promise<ReloadOutcome>;
  store: Pick<Store, 'feedback' | 'audit' | 'history'>;
  log: Logger;
  admins?: { ids: string[]; names: string[] };
  /** A group message starting with this word is for the bot, as if it were @-mentioned. */
  keyword?: string;
  ratePerMin?: number;
  groupRatePerMin?: number;
  maxQuestionChars?: number;
  /** The content screen every channel applies (the word list); without it nothing is screened. */
  screen?: ContentScreen;
  /** After this long without an answer, say "正在查询…" first. */
  noticeAfterMs?: number;
  /** Pause between the parts of a long reply (bursts look like spam to WeChat). */
  partGapMs?: number;
  maxPartChars?: number;
  /** Messages sent before this are history replayed at login, not questions to answer now. */
  startedAt?: number;
  now?: () => number;
}

export interface MessageHandler {
  handle(msg: Incoming, say: Say): Promise<Outcome>;
  /** Resolves when every message taken so far has been answered. */
  idle(): Promise<void>;
}

const SEEN_CAP = 5000;
// WeChat stamps messages in whole seconds: one sent in the second of start-up may read as earlier.
const STALE_SLACK_MS = 1000;

export function createMessageHandler(deps: HandlerDeps): MessageHandler {
  const now = deps.now ?? Date.now;
  const startedAt = deps.startedAt ?? now();
  const seen = new Set<string>();
  const queues = new Map<string, Promise<unknown>>();
  const admins = deps.admins ?? { ids: [], names: [] };
  // The inbound gate every channel shares: a contact's and a group's limits, the length limit, the
  // content screen, the commands; one session per contact, and per contact within a group.
  const gate = new InboundGate({
    answerer: { ask: deps.ask },
    maxQuestionChars: deps.maxQuestionChars ?? 500,
    screen: deps.screen ?? (async () => null),
    limits: { asker: new RateLimiter(deps.ratePerMin ?? 10, 60_000, now), group: new RateLimiter(deps.groupRatePerMin ?? 30, 60_000, now) },
    commands: { index: deps.index, reload: deps.reload, store: deps.store, log: deps.log, now, ...(deps.keyword ? { keyword: deps.keyword } : {}) },
    log: deps.log,
  });

  function firstSeen(id: string): boolean {
    if (seen.has(id)) return false;
    seen.add(id);
    // A Set iterates in insertion order: the first entry is the oldest.
    if (seen.size > SEEN_CAP) seen.delete(seen.values().next().value!);
    return true;
  }

  /** Strips the @mention or keyword; null when a group message is not for the bot. */
  function questionOf(msg: Incoming): string | null {
    // Invisible characters are dropped first: a message of nothing else is an empty question.
    const text = stripInvisible(msg.text);
    if (!msg.room) return text.trim();
    if (msg.mentionSelf) return stripInvisible(msg.mentionText ?? msg.text).trim();
    const kw = deps.keyword;
    if (kw && text.trimStart().startsWith(kw)) return text.trimStart().slice(kw.length).replace(/^[\s,，:：]+/, '').trim();
    return null;
  }

  /** One asker's replies arrive in the order they asked; other askers do not wait for them. */
  function serial<T>(key: string, work: () => Promise<T>): Promise<T> {
    const prev = queues.get(key) ?? Promise.resolve();
    const next = prev.then(work, work);
    const tail = next.catch(() => undefined);
    queues.set(key, tail);
    void tail.then(() => {
      if (queues.get(key) === tail) queues.delete(key);
    });
    return next;
  }

  async function respond(msg: Incoming, question: string, say: Say): Promise<Outcome> {
    const script: Script = scriptOf(question || msg.text);
    let mentionNext = Boolean(msg.room);
    const send = async (text: string) => {
      const mention = mentionNext;
      mentionNext = false;
      await say(text, { mention });
    };
    const budget = (deps.maxPartChars ?? MAX_PART_CHARS) - (msg.room ? msg.talker.name.length + 2 : 0);
    const sendReply = async (reply: Reply) => {
      const parts = splitReply(reply, budget);
      for (let i = 0; i < parts.length; i++) {
        if (i > 0 && deps.partGapMs) await new Promise((r) => setTimeout(r, deps.partGapMs));
        await send(parts[i]!);
      }
    };
    const asker: Asker = {
      channel: 'wechat',
      id: msg.talker.id,
      name: msg.talker.name,
      ...(msg.room ? { room: msg.room.id } : {}),
      admin: admins.ids.includes(msg.talker.id) || admins.names.includes(msg.talker.name),
    };
    const out = await withNotice(gate.take({ asker, text: msg.type === 'text' ? question : null }), () => send(localize(SAY.busy, script)));
    switch (out.kind) {
      case 'limited':
        // Told once per window, then ignored quietly.
        if (out.first) await send(out.notice.say);
        return 'limited';
      case 'refused':
        await send(out.notice.say);
        return 'hint';
      case 'answer':
        await sendReply(replyOf(out.answer, script));
        return out.by === 'command' ? 'command' : out.by === 'screen' ? 'screened' : 'answered';
    }
  }

  /** Says the notice if the work is still running after `noticeAfterMs`, and always before the reply. */
  async function withNotice<T>(work: Promise<T>, notice: () => Promise<void>): Promise<T> {
    let said: Promise<void> | null = null;
    const timer = setTimeout(() => {
      said = notice().catch(() => undefined);
    }, deps.noticeAfterMs ?? 3000);
    try {
      return await work;
    } finally {
      clearTimeout(timer);
      if (said) await said;
    }
  }

  return {
    async handle(msg, say) {
      if (!firstSeen(msg.id)) return 'duplicate';
      if (msg.self) return 'self';
      if (msg.talker.official) return 'official';
      if (msg.at < startedAt - STALE_SLACK_MS) return 'stale';
      const question = msg.type === 'text' ? questionOf(msg) : msg.room ? null : '';
      if (question === null) return 'not-addressed';
      return serial(msg.room ? `${msg.room.id}:${msg.talker.id}` : msg.talker.id, async () => {
        try {
          return await respond(msg, question, say);
        } catch (err) {
          deps.log.error({ err, messageId: msg.id }, 'wechat message failed');
          await say(localize(SAY.failed, scriptOf(question)), { mention: Boolean(msg.room) }).catch(() => undefined);
          return 'error';
        }
      });
    },
    async idle() {
      while (queues.size > 0) await Promise.all([...queues.values()]);
    },
  };
}
