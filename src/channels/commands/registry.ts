// The chat commands, in the order the help text lists them. A new command is a module of this
// folder added here (and its test); the inbound gate offers it on every chat channel. Plan content
// always comes from the loaded facts or the answer service, so a different plan in knowledge/ gets
// the same commands with its own answers.
import type { Answer } from '../../knowledge/types.ts';
import { toSimplified } from '../../text/normalize.ts';
import { feedback } from './feedback.ts';
import { help } from './help.ts';
import { policy } from './policy.ts';
import { reload } from './reload.ts';
import { targets } from './targets.ts';
import { task } from './task.ts';
import type { Command, CommandContext } from './types.ts';

export type { Command, CommandContext, CommandDeps } from './types.ts';

// Each takes its own arguments; the list holds them as commands of any.
export const COMMANDS = [help, targets, task, policy, feedback, reload] as readonly Command[];

/** A recognised command: its kind and arguments (`{kind: 'task', n: 10}`). */
export type ParsedCommand = { kind: string } & Record<string, unknown>;

/** Recognises a command in either script, full-width forms included; null for a question. */
export function parseCommand(raw: string, commands: readonly Command[] = COMMANDS): ParsedCommand | null {
  const t = toSimplified(raw.normalize('NFKC')).trim().replace(/[。.!！]+$/, '');
  for (const c of commands) {
    const args = c.parse(t, raw);
    if (args) return { kind: c.kind, ...args };
  }
  return null;
}

export function runCommand(parsed: ParsedCommand, ctx: CommandContext): Promise<Answer> {
  const command = ctx.commands.find((c) => c.kind === parsed.kind);
  if (!command) throw new Error(`no command ${parsed.kind}`);
  const { kind: _kind, ...args } = parsed;
  return command.run(args, ctx);
}
