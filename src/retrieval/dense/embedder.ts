// The one small interface every embedding provider implements (a local ONNX model, an
// OpenAI-compatible API), with what providers share: the error that says a model cannot be used and
// the unit-length normalisation. Kept apart from embed.ts, which loads the providers, so that they
// never import it.

export type EmbedKind = 'query' | 'passage';

export interface Embedder {
  /** Stable model id; vectors are cached under it (`Xenova/bge-small-zh-v1.5`, `openai:text-embedding-3-small`). */
  readonly id: string;
  readonly dims: number;
  /** Unit-length vectors, one per text, in order. A query may be embedded differently from a passage. */
  embed(texts: string[], kind: EmbedKind): Promise<Float32Array[]>;
}

/** The model or the API cannot be used; `hint` tells the operator what to do about it. */
export class EmbedderUnavailableError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(`${message} — ${hint}`);
    this.name = 'EmbedderUnavailableError';
  }
}

export const REMOTE_PREFIX = 'openai:';

export function normalizeVector(v: Float32Array): Float32Array {
  let sum = 0;
  for (const x of v) sum += x * x;
  const norm = Math.sqrt(sum);
  if (norm > 0 && Math.abs(norm - 1) > 1e-6) for (let i = 0; i < v.length; i++) v[i]! /= norm;
  return v;
}
