// A tiny but real embedding model, written by code: an ONNX graph (an embedding table behind a
// Gather, with BERT's input names) plus a BERT WordPiece tokenizer over the characters of the given
// texts. transformers.js loads it through the same path as Xenova/bge-small-zh-v1.5, offline, so the
// tests exercise the real loader, tokenizer, ONNX runtime and pooling without any download.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import onnxProto from 'onnx-proto';
import { toSimplified } from '../../src/text/normalize.ts';
import { SEED_RAW } from './seed.ts';

const { onnx } = onnxProto;

export const TINY_MODEL_ID = 'test/tiny-zh';
const SPECIALS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];

export interface TinyModelOptions {
  /** Model id, a folder under modelsDir (may contain `/`). */
  id?: string;
  dims?: number;
  /** Texts whose characters make the vocabulary; by default the shipped plan, raw and simplified. */
  texts?: string[];
  seed?: number;
}

/** Deterministic PRNG (mulberry32): the same seed gives the same "random" model on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vocabulary(texts: string[]): string[] {
  const chars = new Set<string>();
  for (const t of texts) for (const ch of t.toLowerCase()) if (!/\s/u.test(ch)) chars.add(ch);
  const ascii = 'abcdefghijklmnopqrstuvwxyz0123456789'.split('');
  for (const ch of ascii) chars.add(ch);
  // WordPiece splits `230` into `2 ##3 ##0`: continuation pieces for ASCII keep numbers and words known.
  return [...SPECIALS, ...[...chars].sort(), ...ascii.map((c) => `##${c}`)];
}

function modelProto(vocabSize: number, dims: number, seed: number): Uint8Array {
  const next = random(seed);
  const table = new Float32Array(vocabSize * dims);
  // Sum of uniforms ≈ Gaussian: a random embedding table, as untrained as a model can be.
  for (let i = 0; i < table.length; i++) table[i] = next() + next() + next() - 1.5;
  const int64 = onnx.TensorProto.DataType.INT64;
  const float = onnx.TensorProto.DataType.FLOAT;
  const input = (name: string) => ({
    name,
    type: { tensorType: { elemType: int64, shape: { dim: [{ dimParam: 'batch' }, { dimParam: 'sequence' }] } } },
  });
  const model = onnx.ModelProto.create({
    irVersion: 7,
    producerName: 'tests/support/tiny-model.ts',
    opsetImport: [{ domain: '', version: 13 }],
    graph: {
      name: 'tiny-embedding',
      node: [{ opType: 'Gather', input: ['embeddings', 'input_ids'], output: ['last_hidden_state'], attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }] }],
      initializer: [{ name: 'embeddings', dataType: float, dims: [vocabSize, dims], rawData: new Uint8Array(table.buffer) }],
      // A BERT export takes all three; the tokenizer produces them, the graph only needs the ids.
      input: [input('input_ids'), input('attention_mask'), input('token_type_ids')],
      output: [
        {
          name: 'last_hidden_state',
          type: { tensorType: { elemType: float, shape: { dim: [{ dimParam: 'batch' }, { dimParam: 'sequence' }, { dimValue: dims }] } } },
        },
      ],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

function tokenizerJson(vocab: string[]) {
  const ids = Object.fromEntries(vocab.map((t, i) => [t, i]));
  const special = (id: string) => ({ id, ids: [ids[id]], tokens: [id] });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIALS.map((content) => ({ id: ids[content], content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: { '[CLS]': special('[CLS]'), '[SEP]': special('[SEP]') },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: ids },
  };
}

/** Writes the model into `modelsDir/<id>/` as models:fetch would lay out a downloaded one. */
export function writeTinyModel(modelsDir: string, opts: TinyModelOptions = {}): { id: string; dir: string; dims: number; vocab: number } {
  const id = opts.id ?? TINY_MODEL_ID;
  const dims = opts.dims ?? 32;
  const vocab = vocabulary(opts.texts ?? [SEED_RAW, toSimplified(SEED_RAW)]);
  const dir = path.join(modelsDir, id);
  mkdirSync(path.join(dir, 'onnx'), { recursive: true });
  writeFileSync(path.join(dir, 'onnx', 'model_quantized.onnx'), modelProto(vocab.length, dims, opts.seed ?? 42));
  writeFileSync(path.join(dir, 'tokenizer.json'), JSON.stringify(tokenizerJson(vocab)));
  writeFileSync(
    path.join(dir, 'tokenizer_config.json'),
    JSON.stringify({ tokenizer_class: 'BertTokenizer', do_lower_case: true, model_max_length: 512, cls_token: '[CLS]', sep_token: '[SEP]', pad_token: '[PAD]', unk_token: '[UNK]', mask_token: '[MASK]' }),
  );
  writeFileSync(
    path.join(dir, 'config.json'),
    JSON.stringify({ model_type: 'bert', architectures: ['BertModel'], hidden_size: dims, vocab_size: vocab.length, max_position_embeddings: 512 }),
  );
  return { id, dir, dims, vocab: vocab.length };
}
