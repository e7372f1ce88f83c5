// Follow-up rewriting by the model, with the rewrite prompt from prompts/. A short deadline: a
// slow rewrite must not eat the answer's time; on any failure the rule-based rewrite stands.
import type { Logger } from 'pino';
import { fill } from '../llm/prompts.ts';
import type { LlmDeps } from '../llm/chat-model.ts';

const REWRITE_SHARE = 0.3;
const MAX_REWRITE_CHARS = 120;

export async function llmRewrite(llm: LlmDeps, turns: { q: string; a: string }[], question: string, log?: Logger): Promise<string | null> {
  const history = turns.map((t) => `用户：${t.q}\n助手：${t.a}`).join('\n');
  try {
    const out = await llm.model.complete(
      [{ role: 'user', content: fill(llm.prompts().rewrite, { history, question }) }],
      { signal: AbortSignal.timeout(Math.round(llm.timeoutMs * REWRITE_SHARE)), temperature: 0, maxTokens: 100 },
    );
    const line = out.trim().split('\n')[0]?.trim().replace(/^["“]|["”]$/g, '') ?? '';
    if (!line || line.length > MAX_REWRITE_CHARS) return null;
    return line;
  } catch (err) {
    log?.warn({ err: (err as Error).message }, 'llm rewrite failed, using rules');
    return null;
  }
}
