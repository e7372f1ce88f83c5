// Answers as WeChat bubbles: plain text, at most 500 characters each, split where a sentence ends,
// numbered `(1/3)` so a reader can tell when parts arrive out of view, the sources on the last part.
import { bodyText, sourceLine } from '../../answer/plain-text.ts';
import type { Script } from '../../answer/script.ts';
import type { Answer } from '../../knowledge/types.ts';
import { toTraditional } from '../../text/normalize.ts';

export const MAX_PART_CHARS = 500;

export interface Reply {
  body: string;
  /** One `来源：…` line, kept whole and sent last. */
  sources?: string;
}

/** Citations named when an answer has no sources of its own. */
const MAX_SOURCES = 2;

/** Our own words (hints, notices) in the asker's script. */
export function localize(text: string, script: Script): string {
  return script === 'traditional' ? toTraditional(text) : text;
}

/**
 * An answer as a bubble's parts: the body (with the questions to try) and the source line, sent last.
 * An answer that names no sources but cites passages (several plans answering one question) names
 * the first of them.
 */
export function replyOf(answer: Answer, script: Script): Reply {
  const body = bodyText(answer).trim();
  const own = sourceLine(answer);
  if (own) return { body, sources: own };
  if (!answer.grounded || answer.citations.length === 0) return { body };
  const labels = [...new Set(answer.citations.map((c) => `${c.source}${c.section ? ` · ${c.section}` : ''}`))];
  return { body, sources: localize(sourceLine({ ...answer, sources: labels.slice(0, MAX_SOURCES) })!, script) };
}

/** Sentence-sized pieces: the end mark stays with its sentence, a line break is a boundary too. */
function sentences(text: string): string[] {
  const out: string[] = [];
  const re = /[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』）)]*|\n|$)/g;
  for (const m of text.matchAll(re)) {
    if (m[0] === '') break;
    out.push(m[0]);
  }
  return out;
}

/** A sentence longer than a whole part is cut at a comma if there is one late enough, else hard. */
function cut(piece: string, budget: number): string[] {
  const out: string[] = [];
  let rest = piece;
  while (rest.length > budget) {
    const window = rest.slice(0, budget);
    const comma = Math.max(window.lastIndexOf('，'), window.lastIndexOf('、'), window.lastIndexOf(','));
    const at = comma >= budget / 2 ? comma + 1 : budget;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * Splits a reply into bubbles of at most `max` characters. One bubble when it fits, unnumbered;
 * otherwise every part starts with `(i/n)` and the sources close the last part.
 */
export function splitReply(reply: Reply, max = MAX_PART_CHARS): string[] {
  const whole = reply.sources ? `${reply.body}\n${reply.sources}` : reply.body;
  if (whole.length <= max) return [whole];
  // Room for the `(12/12) ` label, whatever the count turns out to be.
  const budget = max - 8;
  const parts: string[] = [];
  let current = '';
  for (const piece of sentences(reply.body).flatMap((s) => cut(s, budget))) {
    if (current.length + piece.length > budget && current.trim()) {
      parts.push(current);
      current = '';
    }
    current += piece;
  }
  if (current.trim()) parts.push(current);
  if (reply.sources) {
    const src = reply.sources.slice(0, budget);
    const last = parts[parts.length - 1];
    if (last !== undefined && last.trimEnd().length + 1 + src.length <= budget) parts[parts.length - 1] = `${last.trimEnd()}\n${src}`;
    else parts.push(src);
  }
  const cleaned = parts.map((p) => p.trim()).filter(Boolean);
  return cleaned.map((p, i) => `(${i + 1}/${cleaned.length}) ${p}`);
}
