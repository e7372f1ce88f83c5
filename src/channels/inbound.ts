// The inbound gate: what every channel does with a message before the answer service sees it, in
// one place and one order — the rate limits (per asker, per group), then what cannot be asked (not
// text, empty, too long), the content screen, the chat commands (帮助, 目标, 任务 N, 反馈…), and
// finally the question, asked in the asker's conversation (asker.ts names it the same way for every
// channel). What it says when it does not answer is in texts.ts. A channel turns its own message
// into an InboundMessage, calls `take` (or `admit`, then the answer service with a stream), and
// hands what comes back to its presenter.
import type { Logger } from 'pino';
import type { StreamSink } from '../answer/llm/generate.ts';
import type { Answerer, AskOptions } from '../answer/pipeline.ts';
import { scriptOf, type Script } from '../answer/script.ts';
import type { RateDecision } from '../http/rate-limit.ts';
import type { Answer } from '../knowledge/types.ts';
import { stripInvisible } from '../text/invisible.ts';
import { askOptions, ownerOf, type Asker } from './asker.ts';
import { COMMANDS, parseCommand, runCommand, type Command, type CommandDeps } from './commands/registry.ts';
import { contentRefusal, localize, NOTICES, type Notice } from './texts.ts';

export type { Asker } from './asker.ts';

/**
 * A check of the content screen: the name of the check that flags the text (`word_list`,
 * `msg_sec_check`), or null to let it through. May throw (an HTTP 503 when WeChat's check is down
 * and the operator chose to fail closed).
 */
export type ContentScreen = (text: string, asker: Asker, meta: { requestId?: string | undefined }) => Promise<string | null>;

/** A window counter (http/rate-limit.ts, or the one every instance shares). */
export interface Limiter {
  check(key: string): RateDecision | Promise<RateDecision>;
}

export interface InboundMessage {
  asker: Asker;
  /** The text as sent (a group's @-mention or keyword already cut off); null for a message that is not text. */
  text: string | null;
  /** For log lines about this message. */
  requestId?: string;
}

/** What the gate decided before asking: ask, or what to send instead. */
export type Admission =
  | { kind: 'ask'; question: string; opts: AskOptions }
  | { kind: 'answer'; question: string; answer: Answer; by: 'screen' | 'command' }
  | { kind: 'refused'; notice: Notice }
  | {
      kind: 'limited';
      notice: Notice;
      retryAfter: number;
      /** The first refusal in the window: chat channels say so once, then stay quiet. */
      first: boolean;
    };

/** The message's outcome: an answer (from the answer service, the screen or a command), or why none. */
export type Inbound = Exclude<Admission, { kind: 'ask' } | { kind: 'answer' }> | { kind: 'answer'; question: string; answer: Answer; by: 'screen' | 'command' | 'answerer' };

export interface GateOptions {
  answerer: Pick<Answerer, 'ask'>;
  maxQuestionChars: number;
  screen: ContentScreen;
  /** Keyed `<channel>:<id>` per asker and `<channel>:<room>` per group; absent: no limit. */
  limits?: { asker?: Limiter; group?: Limiter };
  /** The chat commands; absent for the HTTP API, which has routes for feedback and starter questions. */
  commands?: CommandDeps & { list?: readonly Command[] };
  log?: Logger;
}

export class InboundGate {
  constructor(private readonly opts: GateOptions) {}

  /** Everything before the answer service: ask, or the answer or notice to send instead. */
  async admit(msg: InboundMessage): Promise<Admission> {
    const { asker } = msg;
    const text = msg.text === null ? null : stripInvisible(msg.text).trim();
    // The asker's script, for our own words: worked out only when the gate says something itself
    // (a remembered answer is served without it).
    const script = (): Script => scriptOf(text || msg.text || '');
    // Every message that would get a reply counts, hints included: a stream of pictures is a flood too.
    // (An anonymous request without a sessionId has no limit of its own: the frame counted its address.)
    const limited = asker.id !== undefined ? await this.limit(asker, script) : null;
    if (limited) return limited;
    if (text === null) return refused(NOTICES.notText(), script());
    if (!text) return refused(NOTICES.empty(Boolean(asker.room)), script());
    // Characters, not UTF-16 units; only a text longer in units can be longer in characters.
    const max = this.opts.maxQuestionChars;
    if (text.length > max && [...text].length > max) return refused(NOTICES.tooLong(max), script());
    const flagged = await this.opts.screen(text, asker, msg);
    if (flagged) {
      // The question itself is not logged: it may hold personal data, and the point is to not repeat it.
      this.opts.log?.info({ requestId: msg.requestId, channel: asker.channel, check: flagged }, 'question refused by content check');
      return { kind: 'answer', question: text, answer: contentRefusal(text), by: 'screen' };
    }
    if (this.opts.commands) {
      const { list = COMMANDS, now = Date.now, ...deps } = this.opts.commands;
      const command = parseCommand(text, list);
      if (command) {
        const ask = (q: string) => this.opts.answerer.ask(q, askOptions(asker));
        const answer = await runCommand(command, { ...deps, asker, script: script(), text, ask, now, commands: list });
        return { kind: 'answer', question: text, answer, by: 'command' };
      }
    }
    return { kind: 'ask', question: text, opts: askOptions(asker) };
  }

  /** A question admit() let through, asked of the answer service (with a stream, for the HTTP API's). */
  answer(admitted: Extract<Admission, { kind: 'ask' }>, sink?: StreamSink): Promise<Answer> {
    return this.opts.answerer.ask(admitted.question, admitted.opts, sink);
  }

  /** admit(), then the answer service when it is a question. */
  async take(msg: InboundMessage): Promise<Inbound> {
    const admitted = await this.admit(msg);
    if (admitted.kind !== 'ask') return admitted;
    return { kind: 'answer', question: admitted.question, answer: await this.answer(admitted), by: 'answerer' };
  }

  /** The asker's own limit, then the group's (one member must not spend a whole group's allowance). */
  private async limit(asker: Asker, script: () => Script): Promise<Admission | null> {
    const owner = ownerOf(asker);
    const limits = this.opts.limits;
    const mine = owner && limits?.asker ? await limits.asker.check(owner) : null;
    if (mine && !mine.allowed) return limitedBy('asker', mine, script());
    const group = asker.room && limits?.group ? await limits.group.check(`${asker.channel}:${asker.room}`) : null;
    if (group && !group.allowed) return limitedBy('group', group, script());
    return null;
  }
}

function refused(notice: Notice, script: Script): Admission {
  return { kind: 'refused', notice: { ...notice, say: localize(notice.say, script) } };
}

function limitedBy(scope: 'asker' | 'group', d: RateDecision, script: Script): Admission {
  const notice = NOTICES.limited(scope, d.retryAfter);
  return { kind: 'limited', notice: { ...notice, say: localize(notice.say, script) }, retryAfter: d.retryAfter, first: d.firstRefusal };
}
