// The shipped knowledge base, built once per test file.
import { Answerer } from '../../src/answer/pipeline.ts';
import { factsAnswerer } from '../../src/answer/facts/answerer.ts';
import { buildIndex } from '../../src/retrieval/build.ts';
import { KNOWLEDGE } from './seed.ts';

export async function shippedAnswerer() {
  const { index } = await buildIndex({ dir: KNOWLEDGE, version: 1 });
  return { index, answerer: new Answerer({ index: () => index, facts: factsAnswerer }) };
}
