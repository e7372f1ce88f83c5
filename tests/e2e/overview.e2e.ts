// The 概览 tab in Chromium: after questions (grounded and refused) and feedback, the charts are
// drawn by the locally served Chart.js with exactly the numbers /admin/stats gives, the top
// unanswered questions are listed, and a screenshot is saved in test-results/e2e.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startApp, type Running } from '../support/app.ts';
import { DESKTOP, PHONE, focused, launch, overflowsSideways, pageErrors, screenshot, type Browser } from './browser.ts';

const TOKEN = 'e2e-overview-token-5a7e';

describe('the 概览 tab', () => {
  let run: Running;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  // The numbers the page itself drew from: fetching /admin/stats again in the test could land on the other side
  // of midnight (China time) and see the day window moved by one.
  let pageStats: Promise<any>;
  const refused = ['盘锦有哪些好吃的餐馆?', '明天盘锦的天气怎么样', '社保断缴了怎么补?'];
  beforeAll(async () => {
    run = await startApp({ ADMIN_TOKEN: TOKEN, RATE_LIMIT_PER_MIN: '0' });
    // 20 questions: 14 answered, 6 refused (the first refused question three times), 4 feedbacks.
    const answered = ['高新技术企业的数量目标是多少?', '卡脖子难题怎么解决', '企业融资难怎么办', '有哪些引才计划?'];
    for (let i = 0; i < 14; i++) expect((await postJson(run.base, '/api/chat', { question: answered[i % 4] })).body.grounded).toBe(true);
    for (const q of [...refused, refused[0]!, refused[0]!, refused[1]!]) expect((await postJson(run.base, '/api/chat', { question: q })).body.grounded).toBe(false);
    for (const rating of ['up', 'up', 'up', 'down']) await postJson(run.base, '/api/feedback', { sessionId: 'e2e', question: answered[0], rating });
    browser = await launch();
    page = await browser.context.newPage();
    errors = pageErrors(page);
    await page.goto(`${run.base}/admin`);
    await page.getByLabel('管理员令牌').fill(TOKEN);
    pageStats = page.waitForResponse((r) => r.url().includes('/admin/stats?days=7')).then((r) => r.json());
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.locator('#console').waitFor({ state: 'visible' });
  });
  afterAll(async () => {
    await browser?.close();
    await run?.close();
  });

  it('serves Chart.js from the project, not a CDN', async () => {
    const src = await page.locator('script[src*="chart"]').getAttribute('src');
    expect(src).toMatch(/^\/assets\/chart\.umd\.min\.js\?v=[0-9a-f]{16}$/);
    const res = await fetch(run.base + src);
    expect(res.headers.get('content-type')).toContain('javascript');
    expect((await res.text()).length).toBeGreaterThan(100_000);
  });

  it('shows the period totals', async () => {
    await page.locator('#overview-questions').filter({ hasText: /^20$/ }).waitFor();
    expect(await page.locator('#overview-grounded').textContent()).toBe('14（70%）');
    expect(await page.locator('#overview-refused').textContent()).toBe('6');
    expect(await page.locator('#overview-up').textContent()).toBe('3');
    expect(await page.locator('#overview-down').textContent()).toBe('1');
  });

  it('draws the charts with the numbers of /admin/stats', async () => {
    const stats = await pageStats;
    // The same numbers /admin/stats serves now, unless a day boundary passed since the page asked.
    const now = (await (await fetch(`${run.base}/admin/stats?days=7`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as any;
    if (now.to === stats.to) expect(now.perDay).toEqual(stats.perDay);
    const drawn = await page.evaluate(() => {
      const g = globalThis as any;
      const chart = (id: string) => g.Chart.getChart(g.document.getElementById(id));
      const data = (id: string) => chart(id).data.datasets.map((d: any) => ({ label: d.label, data: d.data }));
      // A drawn canvas has coloured pixels; an empty one is all transparent.
      const inked = (id: string) => {
        const c = g.document.getElementById(id);
        const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
        return n;
      };
      return {
        questions: data('chart-questions'),
        feedback: data('chart-feedback'),
        unanswered: { labels: chart('chart-unanswered').data.labels, data: data('chart-unanswered') },
        inked: ['chart-questions', 'chart-feedback', 'chart-unanswered'].map(inked),
      };
    });
    expect(drawn.questions).toEqual([
      { label: '有据回答', data: stats.perDay.map((d: any) => d.grounded) },
      { label: '拒答', data: stats.perDay.map((d: any) => d.refused) },
    ]);
    // All 20 questions fall inside the 7 days, whichever side of midnight they were asked.
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(drawn.questions[0].data)).toBe(14);
    expect(sum(drawn.questions[1].data)).toBe(6);
    expect(drawn.feedback).toEqual([
      { label: '有帮助', data: stats.perDay.map((d: any) => d.feedback.up) },
      { label: '没帮助', data: stats.perDay.map((d: any) => d.feedback.down) },
    ]);
    expect(drawn.unanswered.labels[0]).toBe(refused[0]);
    expect(drawn.unanswered.data[0].data.slice(0, 3)).toEqual([3, 2, 1]);
    for (const n of drawn.inked) expect(n).toBeGreaterThan(1000);
    expect(await page.locator('#top-unanswered li').first().textContent()).toContain(`${refused[0]} · 3 次`);
    expect(await page.locator('#chart-questions-summary').textContent()).toContain('问题 20，有据回答 14，拒答 6');
    const shot = await screenshot(page, 'overview-charts');
    console.log(`screenshot: ${shot}`);
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
  });

  it('redraws for another period', async () => {
    await page.locator('#overview-days').selectOption('30');
    await expect.poll(() => page.evaluate(() => (globalThis as any).Chart.getChart((globalThis as any).document.getElementById('chart-questions')).data.labels.length)).toBe(30);
  });

  it('moves between tabs from the keyboard and keeps the tab in the address', async () => {
    await page.getByRole('tab', { name: '概览' }).focus();
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).id).toBe('tab-documents');
    expect(await page.getByRole('tab', { name: '文档' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#panel-overview').isVisible()).toBe(false);
    expect(new URL(page.url()).hash).toBe('#tab-documents');
    await page.keyboard.press('End');
    expect((await focused(page)).id).toBe('tab-operations');
    await page.keyboard.press('Home');
    expect((await focused(page)).id).toBe('tab-overview');
    await page.locator('#chart-questions').waitFor();
  });

  it('fits a phone screen on every tab (screenshots saved)', async () => {
    await page.setViewportSize(PHONE);
    for (const tab of ['概览', '文档']) {
      await page.getByRole('tab', { name: tab }).click();
      expect(await overflowsSideways(page), tab).toBe(false);
    }
    await page.getByRole('tab', { name: '概览' }).click();
    await screenshot(page, 'overview-phone');
    await page.getByRole('tab', { name: '文档' }).click();
    await page.locator('#documents tr[data-id]').first().waitFor();
    await screenshot(page, 'documents-phone');
    await page.setViewportSize(DESKTOP);
  });

  it('ran without script errors or CSP violations', () => {
    expect(errors).toEqual([]);
  });
});
