// The LLM composer: numbered passages in, a checked, cited answer out — or null, and the caller
// answers extractively. Every failure (deadline, server error after one retry, malformed output,
// an invented number) ends in that fallback, logged, never in an error to the asker.
import type { Logger } from 'pino';
import { sectionLabel } from '../../knowledge/chunk.ts';
import type { Answer } from '../../knowledge/types.ts';
import type { Hit } from '../../retrieval/knowledge-index.ts';
import { checkMarkers, inventedNumbers } from './checks.ts';
import { citationOf } from '../extractive.ts';
import { RetryableError, type ChatMessage, type ChatModel } from './chat-model.ts';
import { fill, type Prompts } from './prompts.ts';

export const PASSAGES = 5;
const MAX_SOURCES_SHOWN = 3;
// The model's own way of saying the passages do not answer: an honest refusal, not an answer.
const NOT_IN_PASSAGES = /资料(中|里)?(没有|未|并未)(写明|提及|提到|涉及|说明)|无法(根据|从)资料|not (mentioned|stated|covered) in the (passages|documents)/iu;

export interface GenerateDeps {
  model: ChatModel;
  prompts: () => Prompts;
  log: Logger;
  timeoutMs: number;
}

export interface StreamSink {
  onDelta?: (text: string) => void;
  /** Called when text already streamed is withdrawn (a failed check): the client clears it. */
  onReset?: () => void;
  signal?: AbortSignal;
}

export type GenerateFailure = 'timeout' | 'error' | 'malformed' | 'number_guard' | 'aborted';

export function passagesText(hits: Hit[]): string {
  return hits
    .map((h, i) => {
      const section = sectionLabel(h.chunk.section);
      return `[${i + 1}] ${h.chunk.source}${section ? ` · ${section}` : ''}\n${h.chunk.text}`;
    })
    .join('\n\n');
}

export function buildMessages(prompts: Prompts, question: string, hits: Hit[]): ChatMessage[] {
  return [
    { role: 'system', content: prompts.system },
    { role: 'user', content: fill(prompts.answer, { passages: passagesText(hits), question }) },
  ];
}

async function once(model: ChatModel, messages: ChatMessage[], signal: AbortSignal, sink: StreamSink, emitted: { any: boolean }): Promise<string> {
  if (!sink.onDelta) return model.complete(messages, { signal });
  let text = '';
  for await (const delta of model.stream(messages, { signal })) {
    text += delta;
    emitted.any = true;
    sink.onDelta(delta);
  }
  return text;
}

export async function generate(
  deps: GenerateDeps,
  question: string,
  allHits: Hit[],
  sink: StreamSink = {},
): Promise<{ answer: Answer } | { failure: GenerateFailure }> {
  const hits = allHits.slice(0, PASSAGES);
  const messages = buildMessages(deps.prompts(), question, hits);
  const deadline = AbortSignal.timeout(deps.timeoutMs);
  const signal = sink.signal ? AbortSignal.any([deadline, sink.signal]) : deadline;
  const emitted = { any: false };
  let raw: string;
  try {
    try {
      raw = await once(deps.model, messages, signal, sink, emitted);
    } catch (err) {
      // One retry on a rate limit or server fault, while the deadline allows and nothing was shown yet.
      if (!(err instanceof RetryableError) || emitted.any || signal.aborted) throw err;
      deps.log.warn({ status: err.status }, 'llm retry');
      raw = await once(deps.model, messages, signal, sink, emitted);
    }
  } catch (err) {
    const failure: GenerateFailure = sink.signal?.aborted ? 'aborted' : deadline.aborted ? 'timeout' : 'error';
    deps.log.warn({ failure, err: (err as Error).message }, 'llm failed, answering extractively');
    return { failure };
  }

  const text = raw.trim();
  if (!text) {
    deps.log.warn({ failure: 'malformed' }, 'llm returned no text, answering extractively');
    return { failure: 'malformed' };
  }
  const markers = checkMarkers(text, hits.length);
  if (markers.removed) deps.log.warn({ removed: markers.removed }, 'llm cited passages it was not given');
  const invented = inventedNumbers(markers.text, [...hits.map((h) => h.chunk.text), question]);
  if (invented.length) {
    deps.log.warn({ event: 'number_guard', invented }, 'llm answer has numbers not in the passages, answering extractively');
    return { failure: 'number_guard' };
  }
  if (!markers.used.length && NOT_IN_PASSAGES.test(markers.text)) {
    return { answer: { body: markers.text, sources: [], grounded: false, citations: [], mode: 'llm' } };
  }
  const cited = (markers.used.length ? markers.used.map((i) => hits[i - 1]!) : hits.slice(0, 1)).slice(0, MAX_SOURCES_SHOWN);
  const sources = cited.map((h, i) => {
    const n = markers.used.length ? markers.used[i]! : 1;
    const section = sectionLabel(h.chunk.section);
    return `[${n}]${h.chunk.source}${section ? ` · ${section}` : ''}`;
  });
  return {
    answer: {
      body: markers.text,
      sources,
      grounded: true,
      citations: cited.map(citationOf),
      mode: 'llm',
    },
  };
}
