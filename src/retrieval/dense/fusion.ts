// Fusion of the lexical ranking (BM25 re-ranked by question coverage) with the dense ranking
// (cosine similarity of embeddings). Weighted, not plain RRF: plain RRF lets any model, however
// weak, swap the lexical first and second place. Here lexical scores are scaled to the best one
// (1.0) and the dense signal adds at most DENSE_WEIGHT, so:
//   - a passage whose lexical runner-up scores below (1 − DENSE_WEIGHT) of it keeps first place
//     whatever the model says (a lexically clear answer cannot be pushed out);
//   - near-ties, which lexical retrieval cannot decide, are decided by the model;
//   - passages the lexical index did not find (paraphrases) can still enter the list, below every
//     passage scoring above DENSE_WEIGHT lexically, and the refusal gate still checks them.
import type { Chunk } from '../../knowledge/types.ts';
import type { Hit } from '../types.ts';

export interface DenseVectors {
  model: string;
  dims: number;
  /** Unit vectors of the index's chunks, row-major, in chunk order. */
  matrix: Float32Array;
  /** The question's unit vector; rejects when the model or API fails (the caller falls back to lexical). */
  embedQuery(text: string): Promise<Float32Array>;
}

export interface FusionOptions {
  /** Most a passage gains from the dense ranking, in units of the best lexical score. */
  denseWeight: number;
  /** Dense candidates considered; the dense scale runs from the best to the last of them. */
  denseTop: number;
}

// Tuned on the dev set with a random-weight model (tests/retrieval/embed-quality.test.ts): at 0.25
// the random model changes no first passage whose runner-up is below 75% of it.
export const DEFAULT_FUSION: FusionOptions = { denseWeight: 0.25, denseTop: 40 };

/** What a chunk is embedded as: its section path gives a continued clause its topic. */
export function passageText(chunk: Chunk): string {
  const section = chunk.section.join(' › ');
  return section ? `${section}\n${chunk.text}` : chunk.text;
}

/** Cosine similarity of the query with every chunk (all vectors are unit length). */
export function similarities(dense: DenseVectors, q: Float32Array): Float32Array {
  const { matrix, dims } = dense;
  const n = matrix.length / dims;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    let dot = 0;
    const base = i * dims;
    for (let j = 0; j < dims; j++) dot += matrix[base + j]! * q[j]!;
    out[i] = dot;
  }
  return out;
}

/**
 * The k best rows by similarity (ties: lower row first), best first. A bounded insertion list, not a
 * sort of every chunk: a question costs O(n) here however large the knowledge base.
 */
export function topIndices(sims: Float32Array, k: number): number[] {
  const top: number[] = [];
  if (k <= 0) return top;
  for (let i = 0; i < sims.length; i++) {
    const s = sims[i]!;
    // Rows come in ascending order, so an equal score never displaces an earlier row.
    if (top.length === k && s <= sims[top[k - 1]!]!) continue;
    let at = top.length < k ? top.length : k - 1;
    while (at > 0 && sims[top[at - 1]!]! < s) at--;
    if (top.length < k) top.splice(at, 0, i);
    else {
      top.pop();
      top.splice(at, 0, i);
    }
  }
  return top;
}

/**
 * `lexical` is the lexical ranking (best first, any length), `sims` the cosine of every chunk.
 * Hit scores stay on the lexical scale (the best lexical passage alone = its own score), so
 * consumers that compare a hit's score with the top one's keep their meaning.
 */
export function fuse(lexical: Hit[], sims: Float32Array, chunks: Chunk[], limit: number, opts: FusionOptions = DEFAULT_FUSION): Hit[] {
  const top = topIndices(sims, opts.denseTop);
  const hi = top.length ? sims[top[0]!]! : 0;
  const lo = top.length ? sims[top.at(-1)!]! : 0;
  // A model that cannot tell passages apart (all equal) adds nothing.
  const denseShare = (i: number) => (hi - lo > 1e-6 ? Math.max(0, (sims[i]! - lo) / (hi - lo)) : 0);
  const scale = lexical[0]?.score ?? 0;
  const lexicalShare = new Map<number, number>();
  const lexicalRank = new Map<number, number>();
  // (A passage's share before the lexical ranking's bonus for stating the figure asked, Hit.plain: the fused order
  // lifts it as the lexical one does, while the evidence is still weighed without it.)
  const plainShare = new Map<number, number>();
  lexical.forEach((h, r) => {
    lexicalShare.set(h.chunk.id, scale > 0 ? h.score / scale : 0);
    lexicalRank.set(h.chunk.id, r);
    if (h.plain !== undefined) plainShare.set(h.chunk.id, scale > 0 ? h.plain / scale : 0);
  });
  const candidates = new Set<number>([...lexical.map((h) => h.chunk.id), ...top]);
  const fused = [...candidates].map((id) => ({
    id,
    value: (lexicalShare.get(id) ?? 0) + opts.denseWeight * denseShare(id),
    rank: lexicalRank.get(id) ?? Number.MAX_SAFE_INTEGER,
  }));
  fused.sort((a, b) => b.value - a.value || a.rank - b.rank || a.id - b.id);
  return fused.slice(0, limit).map(({ id, value }) => {
    const plain = plainShare.get(id);
    const unit = scale > 0 ? scale : 1;
    return {
      chunk: chunks[id]!,
      score: value * unit,
      ...(plain !== undefined ? { plain: (plain + opts.denseWeight * denseShare(id)) * unit } : {}),
      dense: sims[id]!,
    };
  });
}
