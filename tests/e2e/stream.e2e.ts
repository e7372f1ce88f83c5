// Streaming as the browser sees it, with an LLM (a fake OpenAI-compatible server on 127.0.0.1):
// the answer grows piece by piece, and text withdrawn by a check (`reset`) disappears.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type Running } from '../support/app.ts';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.ts';
import { launch, pageErrors, type Browser } from './browser.ts';

const QUESTION = '卡脖子难题怎么解决';

describe('streamed answers in the browser', () => {
  let fake: FakeOpenAI;
  let run: Running;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    run = await startApp({ OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'fake-model', LLM_TIMEOUT_MS: '5000' });
    browser = await launch();
    page = await browser.context.newPage();
    errors = pageErrors(page);
    await page.goto(`${run.base}/`);
  });
  afterAll(async () => {
    await browser?.close();
    await run?.close();
    await fake?.close();
  });

  /** Asks, recording every text the newest answer bubble shows until it is done. */
  async function askAndRecord(question: string): Promise<{ snapshots: string[]; final: string; mode: string }> {
    await page.evaluate(() => {
      const w = globalThis as any;
      w.snaps = [];
      w.recorder?.disconnect();
      const log = w.document.querySelector('[data-role=log]');
      w.recorder = new w.MutationObserver(() => {
        const bubbles = log.querySelectorAll('.msg.bot');
        const last = bubbles[bubbles.length - 1];
        if (last && !last.classList.contains('done')) w.snaps.push(last.querySelector('.text').textContent ?? '');
      });
      w.recorder.observe(log, { subtree: true, childList: true, characterData: true });
    });
    const before = await page.locator('.msg.bot.done').count();
    await page.getByLabel('你的问题').fill(question);
    await page.getByLabel('你的问题').press('Enter');
    const answer = page.locator('.msg.bot.done').nth(before);
    await answer.waitFor();
    const snapshots = await page.evaluate(() => (globalThis as any).snaps as string[]);
    return { snapshots, final: (await answer.locator('.text').textContent()) ?? '', mode: (await answer.getAttribute('data-mode')) ?? '' };
  }

  it('shows the answer growing as the model writes it, then the checked final answer', async () => {
    const text = '可以通过“揭榜挂帅”等方式，组织企业联合攻关关键核心技术，逐步破解卡脖子难题[1]。';
    fake.set({ kind: 'answer', text });
    const { snapshots, final, mode } = await askAndRecord(QUESTION);
    expect(mode).toBe('llm');
    const partial = [...new Set(snapshots.filter((s) => s.length > 0))];
    // Several different partial texts, each extending the one before.
    expect(partial.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < partial.length; i++) expect(partial[i]!.startsWith(partial[i - 1]!)).toBe(true);
    expect(partial.at(-1)!.length).toBeGreaterThan(partial[0]!.length);
    expect(final).toContain('揭榜挂帅');
    expect(await page.locator('.msg.bot.done').last().locator('.citations li').count()).toBeGreaterThan(0);
  });

  it('clears withdrawn text on `reset` and shows the replacement answer', async () => {
    fake.set({ kind: 'answer', text: '计划投入资金500亿元，用于支持关键核心技术攻关和产业升级项目[1]。' });
    const { snapshots, final, mode } = await askAndRecord(QUESTION);
    const shown = snapshots.findIndex((s) => s.includes('500'));
    expect(shown).toBeGreaterThanOrEqual(0);
    // After the invented number was shown, the bubble was emptied before the final answer came.
    expect(snapshots.slice(shown).includes('')).toBe(true);
    expect(mode).toBe('extractive');
    expect(final).not.toContain('500亿元');
    expect(final.length).toBeGreaterThan(0);
  });

  it('ran without script errors or CSP violations', () => {
    expect(errors).toEqual([]);
  });
});
