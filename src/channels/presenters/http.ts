// Answers as the HTTP API returns them: `{answer, grounded, citations, mode, rewritten?}`, where
// `answer` is the plain text with its 来源 line (answer/plain-text.ts) and every citation has one
// shape, `{text, source, section?, score?}`, whichever mode answered. What the inbound gate refuses
// is the API's error: 400 with the notice's Chinese and English, 429 with Retry-After.
import { plainText } from '../../answer/plain-text.ts';
import { HttpError } from '../../http/errors.ts';
import { tooManyRequests } from '../../http/protect.ts';
import type { Answer, Citation } from '../../knowledge/types.ts';
import type { Notice } from '../texts.ts';

export interface ChatResponse {
  answer: string;
  grounded: boolean;
  citations: Citation[];
  mode: Answer['mode'];
  /** The standalone question a follow-up was rewritten into. */
  rewritten?: string;
}

function citation(c: Citation): Citation {
  return { text: c.text, source: c.source, ...(c.section ? { section: c.section } : {}), ...(c.score !== undefined ? { score: c.score } : {}) };
}

export function toResponse(res: Answer & { rewritten?: string }): ChatResponse {
  return {
    answer: plainText(res),
    grounded: res.grounded,
    citations: res.citations.map(citation),
    mode: res.mode,
    ...(res.rewritten ? { rewritten: res.rewritten } : {}),
  };
}

/**
 * Response bytes per answer object. A remembered answer (src/answer/pipeline.ts) is the same object
 * each time it is given, so it is serialised and UTF-8 encoded once: for Chinese text that work was
 * a large share of a repeated question's cost. Entries go with their answers.
 */
const encoded = new WeakMap<object, Buffer>();

export function responseBytes(res: Answer & { rewritten?: string }): Buffer {
  let bytes = encoded.get(res);
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(toResponse(res)));
    encoded.set(res, bytes);
  }
  return bytes;
}

/** The inbound gate's refusal as the API's error. */
export function notAnswered(out: { kind: 'refused'; notice: Notice } | { kind: 'limited'; retryAfter: number }): HttpError {
  if (out.kind === 'limited') return tooManyRequests(out.retryAfter);
  return new HttpError(out.notice.status, out.notice.code, out.notice.zh, out.notice.en);
}
