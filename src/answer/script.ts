// Replies follow the asker: a question in traditional characters gets a traditional answer, an
// English question gets English framing around the (Chinese) text it is grounded in.
import { isTraditional, toTraditional } from '../text/normalize.ts';
import type { Answer } from '../knowledge/types.ts';

export type Script = 'simplified' | 'traditional' | 'english';

const HAS_HAN = /\p{Script=Han}/u;
const HAS_LATIN = /[A-Za-z]/;

export function scriptOf(question: string): Script {
  // Whether there is any, not how many: matching them all made an array of one-character strings per question.
  if (!HAS_HAN.test(question) && HAS_LATIN.test(question)) return 'english';
  return isTraditional(question) ? 'traditional' : 'simplified';
}

/** Traditional versions of answers, by answer object: a remembered answer is converted once. */
const traditional = new WeakMap<Answer, Answer>();

/** Converts an answer (and its citations) into the asker's script. */
export function mirrorScript(answer: Answer, script: Script): Answer {
  if (script !== 'traditional') return answer;
  let out = traditional.get(answer);
  if (!out) traditional.set(answer, (out = toTraditionalAnswer(answer)));
  return out;
}

function toTraditionalAnswer(answer: Answer): Answer {
  return {
    ...answer,
    body: toTraditional(answer.body),
    sources: answer.sources.map(toTraditional),
    ...(answer.followUps ? { followUps: answer.followUps.map(toTraditional) } : {}),
    script: 'traditional',
    citations: answer.citations.map((c) => ({
      ...c,
      text: toTraditional(c.text),
      source: toTraditional(c.source),
      ...(c.section ? { section: toTraditional(c.section) } : {}),
    })),
  };
}
