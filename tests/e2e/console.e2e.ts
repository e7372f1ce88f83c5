// The admin console in a real browser against the real server: sign-in, status, reload, a streamed
// answer with citations, the unanswered table with its CSV, and the layout at phone width.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type Running } from '../support/app.ts';
import { KNOWLEDGE } from '../support/seed.ts';
import { DESKTOP, PHONE, focused, launch, overflowsSideways, pageErrors, screenshot, sessionValue, setSessionValue, type Browser } from './browser.ts';

const TOKEN = 'e2e-admin-token-4f1c2a9b';

describe('admin console', () => {
  let run: Running;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  // A copy of the shipped knowledge, so a test can break it to see a reload refused.
  const kb = mkdtempSync(path.join(os.tmpdir(), 'plan-e2e-kb-'));

  beforeAll(async () => {
    cpSync(KNOWLEDGE, kb, { recursive: true });
    run = await startApp({ ADMIN_TOKEN: TOKEN, KNOWLEDGE_DIR: kb });
    browser = await launch();
    page = await browser.context.newPage();
    errors = pageErrors(page);
    await page.goto(`${run.base}/admin`);
  });
  afterAll(async () => {
    await browser?.close();
    await run?.close();
    rmSync(kb, { recursive: true, force: true });
  });

  it('refuses a wrong token and keeps the console hidden', async () => {
    // The token field has focus on arrival: signing in works from the keyboard alone.
    await expect.poll(async () => (await focused(page)).id).toBe('token');
    await page.keyboard.type('not-the-token');
    await page.keyboard.press('Enter');
    const error = page.locator('#token-error');
    await error.filter({ hasText: '令牌不正确' }).waitFor();
    expect(await page.getByLabel('管理员令牌').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#console').isVisible()).toBe(false);
    expect(await sessionValue(page, 'plan-admin-token')).toBeNull();
  });

  it('signs in and shows the status with the plan and its documents', async () => {
    await page.getByLabel('管理员令牌').fill(TOKEN);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.locator('#console').waitFor({ state: 'visible' });
    expect(await sessionValue(page, 'plan-admin-token')).toBe(TOKEN);

    // The console opens on 概览; the status lives under 运行与维护, the documents under 文档.
    expect(await page.getByRole('tab', { name: '概览' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('tab', { name: '运行与维护' }).click();
    const index = run.app.live.index;
    expect(await page.locator('#status-version').textContent()).toBe(String(index.version));
    const plan = index.facts.find((f) => f.primary) ?? index.facts[0]!;
    await page.locator('#plans').filter({ hasText: plan.fullTitle ?? plan.title ?? plan.docTitle }).waitFor();

    expect(await page.locator('#services').textContent()).toContain('大模型回答');
    await page.getByRole('tab', { name: '文档' }).click();
    const report = run.app.live.last!.report;
    await page.locator('#documents tr[data-id]').first().waitFor();
    const docs = page.locator('#documents tr');
    expect(await docs.count()).toBe(report.length);
    const first = report[0]!;
    const row = docs.filter({ hasText: first.title });
    expect(await row.count()).toBe(1);
    // The shipped document has lost characters: the console lists them with line and fragment.
    expect(first.anomalies.length).toBeGreaterThan(0);
    expect(await row.textContent()).toContain(`${first.anomalies.length} 处`);
    expect(await row.textContent()).toContain(first.anomalies[0]!.fragment);
    await page.getByRole('tab', { name: '运行与维护' }).click();
  });

  it('keeps the sign-in and the open tab across a page reload (sessionStorage, address)', async () => {
    await page.reload();
    await page.locator('#console').waitFor({ state: 'visible' });
    expect(await page.locator('#signin').isVisible()).toBe(false);
    expect(await page.getByRole('tab', { name: '运行与维护' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#reload-button').isVisible()).toBe(true);
  });

  it('reloads the knowledge base and shows the new version', async () => {
    const before = run.app.live.index.version;
    await page.getByRole('button', { name: '重新加载', exact: true }).click();
    const result = page.locator('#reload-ok');
    await result.waitFor();
    const after = run.app.live.index.version;
    expect(after).toBe(before + 1);
    expect(await result.textContent()).toContain(`已加载版本 ${after}`);
    expect(await result.textContent()).toContain(`原版本 ${before}`);
    await page.locator('#status-version').filter({ hasText: new RegExp(`^${after}$`) }).waitFor();
  });

  it('streams an answer to a question and shows its citations with their sections', async () => {
    const question = '高新技术企业的数量目标是多少?';
    const response = page.waitForResponse((r) => r.url().endsWith('/api/chat/stream'));
    await page.getByLabel('问题', { exact: true }).fill(question);
    await page.getByLabel('问题', { exact: true }).press('Enter');
    const res = await response;
    expect(res.headers()['content-type']).toContain('text/event-stream');
    const answer = page.locator('#chat .msg.bot.done').last();
    await answer.waitFor();

    // What the page shows is what the server's final `done` event said.
    const events = (await res.text()).split('\n\n').filter((b) => b.startsWith('event: done'));
    const done = JSON.parse(/data: (.*)/.exec(events[0]!)![1]!);
    expect(done.grounded).toBe(true);
    expect(await answer.locator('.text').textContent()).toBe(done.answer);
    expect(done.citations.length).toBeGreaterThan(0);
    const items = answer.locator('.citations li');
    expect(await items.count()).toBe(done.citations.length);
    for (let i = 0; i < done.citations.length; i++) {
      const c = done.citations[i];
      expect(await items.nth(i).locator('.where').textContent()).toBe(c.source);
      if (c.section) expect(await items.nth(i).locator('.section').textContent()).toBe(c.section);
    }
    // The quoted passage opens from the keyboard.
    await items.first().locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await items.first().locator('blockquote').isVisible()).toBe(true);
    expect(await answer.getAttribute('aria-busy')).toBe('false');
  });

  it('lists an unanswered question and downloads the list as CSV', async () => {
    const question = '明天盘锦的天气怎么样';
    await page.getByLabel('问题', { exact: true }).fill(question);
    await page.getByRole('button', { name: '发送', exact: true }).click();
    await page.locator('#chat .msg.bot.done[data-grounded="false"]').waitFor();

    await page.locator('#unanswered-refresh').click();
    await page.locator('#unanswered-rows tr').filter({ hasText: question }).waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 CSV' }).first().click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^unanswered-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv.split('\n')[0]).toContain('question');
    expect(csv).toContain(question);
  });

  it('lists feedback with its rating', async () => {
    const res = await fetch(`${run.base}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sessionId: 'e2e', question: '企业融资难怎么办', answer: '…', rating: 'down', comment: '没有说具体额度' }),
    });
    expect(res.status).toBe(201);
    await page.locator('#feedback-refresh').click();
    const row = page.locator('#feedback-rows tr').filter({ hasText: '企业融资难怎么办' });
    await row.waitFor();
    expect(await row.textContent()).toContain('没帮助');
    expect(await row.textContent()).toContain('没有说具体额度');
  });

  it('looks right at desktop and phone width (screenshots saved)', async () => {
    await page.setViewportSize(DESKTOP);
    const desktop = await screenshot(page, 'admin-desktop');
    await page.setViewportSize(PHONE);
    expect(await overflowsSideways(page)).toBe(false);
    const phone = await screenshot(page, 'admin-phone');
    console.log(`screenshots: ${desktop} ${phone}`);
    expect(readFileSync(phone).subarray(1, 4).toString()).toBe('PNG');
  });

  it('shows why a reload was refused, and the old version keeps serving', async () => {
    await page.setViewportSize(DESKTOP);
    const before = run.app.live.index.version;
    // A graded case the plan answers, then the plan removed: the regression gate must refuse.
    writeFileSync(path.join(kb, 'eval.jsonl'), JSON.stringify({ id: 'g1', kind: 'task', q: '卡脖子难题怎么解决', must: [['揭榜挂帅']] }) + '\n');
    for (const f of readdirSync(kb)) if (f.endsWith('.txt')) rmSync(path.join(kb, f));
    await page.getByRole('button', { name: '重新加载', exact: true }).click();
    const refused = page.locator('#reload-result .notice.bad');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('旧版本继续服务');
    expect(await refused.textContent()).toMatch(/评测得分 0%.*要求至少 100%/);
    expect(run.app.live.index.version).toBe(before);
    expect(await page.locator('#status-version').textContent()).toBe(String(before));
    expect(await page.getByRole('button', { name: '重新加载', exact: true }).isEnabled()).toBe(true);
  });

  it('signs out, and a changed token sends the user back to sign-in', async () => {
    await page.setViewportSize(DESKTOP);
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.locator('#signin').waitFor({ state: 'visible' });
    expect(await sessionValue(page, 'plan-admin-token')).toBeNull();
    // A stale token in storage (the server's token was changed): the console is not shown.
    await setSessionValue(page, 'plan-admin-token', 'old-token');
    await page.reload();
    await page.locator('#token-error').filter({ hasText: '令牌不正确' }).waitFor();
    expect(await page.locator('#console').isVisible()).toBe(false);
  });

  it('ran without script errors or CSP violations', () => {
    // The refused sign-ins (401) and the refused reload (409) show up as failed requests; nothing else may.
    expect(errors.filter((e) => !/status of (401 \(Unauthorized\)|409 \(Conflict\))/.test(e))).toEqual([]);
  });
});
