// What a chat command is and what it may use. A command is one module of this folder, listed in
// registry.ts: the words that call it, its line in the help text, and what it answers. Chat channels
// (the WeChat bot, the 公众号, 企业微信) reach every command through the inbound gate.
import type { Logger } from 'pino';
import type { Script } from '../../answer/script.ts';
import type { Answer } from '../../knowledge/types.ts';
import type { ReloadOutcome } from '../../ops/reload.ts';
import type { KnowledgeIndex } from '../../retrieval/knowledge-index.ts';
import type { Store } from '../../store/open.ts';
import type { Asker } from '../asker.ts';
import { localize } from '../texts.ts';

/** What the composition root gives the commands. */
export interface CommandDeps {
  index(): KnowledgeIndex;
  /** The shared reload (validated, audited, measured): `who` goes into the audit record. */
  reload(who: string): Promise<ReloadOutcome>;
  store: Pick<Store, 'feedback' | 'audit' | 'history'>;
  log: Logger;
  /** A group message starting with this word is for the bot (the help text names it). */
  keyword?: string;
  now?: () => number;
}

export interface CommandContext extends Omit<CommandDeps, 'now'> {
  asker: Asker;
  script: Script;
  /** The text the command came in, as sent (asked of the answer service in the asker's own words). */
  text: string;
  /** Asks the answer service in the asker's conversation. */
  ask(question: string): Promise<Answer>;
  now(): number;
  /** Every command, for the help text. */
  commands: readonly Command[];
}

export interface Command<Args extends object = object> {
  /** What a parsed command is called (`task` for `任务 10`). */
  readonly kind: string;
  /**
   * The arguments when the text is this command, else null. `text` is folded (simplified, NFKC,
   * trimmed, a closing `。！.!` dropped); `raw` is the text as sent.
   */
  parse(text: string, raw: string): Args | null;
  /** Its line in the help text (`任务 N — 第N项重点任务`), null to leave it out. */
  help(ctx: CommandContext): string | null;
  run(args: Args, ctx: CommandContext): Promise<Answer>;
}

/** Our own words as an answer, in the asker's script (no sources: the help text, a thank-you, a refusal). */
export function say(text: string, ctx: Pick<CommandContext, 'script'>): Answer {
  return { body: localize(text, ctx.script), sources: [], grounded: false, citations: [], mode: 'command', ...(ctx.script === 'traditional' ? { script: 'traditional' } : {}) };
}
