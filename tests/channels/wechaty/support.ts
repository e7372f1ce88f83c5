// Shared set-up for the WeChat tests: the real app (shipped knowledge, temp data dir) and helpers.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/config.ts';
import type { Answer } from '../../../src/knowledge/types.ts';
import { buildApp, type App } from '../../../src/main.ts';
import type { AskOptions } from '../../../src/answer/pipeline.ts';
import { KNOWLEDGE } from '../../support/seed.ts';

export async function makeApp(env: Record<string, string> = {}): Promise<App> {
  const config = loadConfig({
    KNOWLEDGE_DIR: KNOWLEDGE,
    DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'wechat-test-')),
    LOG_LEVEL: 'silent',
    ...env,
  });
  return buildApp(config, { quiet: true });
}

/** A numbered text of `n` sentences, to see that split parts keep their order. */
export function numbered(n: number): string {
  return Array.from({ length: n }, (_, i) => `这是第${i + 1}句，用来检查长回答按顺序分段发送。`).join('');
}

export const LONG_SENTENCES = 60;

/**
 * The app's own answer service, with three test questions: `慢…` answers after `slowMs`, `出错…` throws,
 * `长答案` returns a reply of 60 numbered sentences.
 */
export function scriptedAsk(app: App, slowMs = 300) {
  return async (question: string, opts: AskOptions): Promise<Answer> => {
    if (question.startsWith('出错')) throw new Error('boom (test)');
    if (question === '长答案') {
      return {
        body: numbered(LONG_SENTENCES),
        sources: ['测试文件 · 第一节'],
        grounded: true,
        citations: [{ text: '测试', source: '测试文件', section: '第一节' }],
        mode: 'extractive',
      };
    }
    if (question.startsWith('慢')) await new Promise((r) => setTimeout(r, slowMs));
    return app.answerer.ask(question.replace(/^慢/, ''), opts);
  };
}

export async function waitFor(cond: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
