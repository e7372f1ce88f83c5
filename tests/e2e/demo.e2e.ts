// The public demo page in a real browser: starter questions, keyboard use, answers with citations,
// thumbs up/down stored as feedback, and the phone layout.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type Running } from '../support/app.ts';
import { DESKTOP, PHONE, focused, launch, overflowsSideways, pageErrors, screenshot, sessionValue, type Browser } from './browser.ts';

describe('demo chat page', () => {
  let run: Running;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let suggestions: string[];

  beforeAll(async () => {
    run = await startApp();
    suggestions = ((await (await fetch(`${run.base}/api/suggestions`)).json()) as { suggestions: string[] }).suggestions;
    browser = await launch();
    page = await browser.context.newPage();
    errors = pageErrors(page);
    await page.setViewportSize(PHONE);
    await page.goto(`${run.base}/`);
  });
  afterAll(async () => {
    await browser?.close();
    await run?.close();
  });

  it('shows the starter questions from /api/suggestions and no admin parts', async () => {
    expect(suggestions.length).toBeGreaterThan(0);
    const buttons = page.locator('[data-role=suggestions] button');
    await buttons.first().waitFor();
    expect(await buttons.allTextContents()).toEqual(suggestions);
    expect(await page.locator('#token').count()).toBe(0);
    expect(await page.locator('#reload-button').count()).toBe(0);
  });

  it('asks a starter question from the keyboard alone', async () => {
    // Tab order: the skip link, then the first starter question.
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('跳到提问框');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe(suggestions[0]);
    await page.keyboard.press('Enter');
    const answer = page.locator('.msg.bot.done').first();
    await answer.waitFor();
    expect(await page.locator('.msg.user .text').first().textContent()).toBe(suggestions[0]);
    expect(await answer.getAttribute('data-grounded')).toBe('true');
    expect((await answer.locator('.text').textContent())!.length).toBeGreaterThan(0);
  });

  it('answers a typed question with citations and their sections', async () => {
    const input = page.getByLabel('你的问题');
    await input.fill('企业融资难怎么办');
    await input.press('Enter');
    const answer = page.locator('.msg.bot.done').nth(1);
    await answer.waitFor();
    expect(await answer.getAttribute('data-grounded')).toBe('true');
    const sections = await answer.locator('.citations .section').allTextContents();
    expect(sections.length).toBeGreaterThan(0);
    for (const s of sections) expect(s).toMatch(/\S/);
    // The input is ready for the next question.
    expect((await focused(page)).id).toBe('question');
  });

  it('stores thumbs up and thumbs down as feedback', async () => {
    const first = page.locator('.msg.bot.done').nth(0);
    await first.getByRole('button', { name: '有帮助' }).click();
    await first.locator('.feedback [role=status]').filter({ hasText: '谢谢反馈' }).waitFor();
    expect(await first.getByRole('button', { name: '有帮助' }).getAttribute('aria-pressed')).toBe('true');

    const second = page.locator('.msg.bot.done').nth(1);
    await second.getByRole('button', { name: '没帮助' }).focus();
    await page.keyboard.press('Enter');
    await second.locator('.feedback [role=status]').filter({ hasText: '谢谢反馈' }).waitFor();

    const stored = run.app.store.feedback.list({ limit: 10 });
    const sessionId = await sessionValue(page, 'plan-chat-session');
    expect(stored.map((f) => [f.rating, f.question]).sort()).toEqual(
      [['down', '企业融资难怎么办'], ['up', suggestions[0]]].sort(),
    );
    for (const f of stored) expect(f.sessionId).toBe(sessionId);
  });

  it('shows a refusal for a question the documents do not cover', async () => {
    const input = page.getByLabel('你的问题');
    await input.fill('明天的天气怎么样');
    await page.getByRole('button', { name: '发送' }).click();
    const answer = page.locator('.msg.bot.done').nth(2);
    await answer.waitFor();
    expect(await answer.getAttribute('data-grounded')).toBe('false');
    expect(await answer.locator('.badge.refused').textContent()).toBe('原文未涉及');
  });

  it('fits a phone screen and a desktop (screenshots saved)', async () => {
    expect(await overflowsSideways(page)).toBe(false);
    const phone = await screenshot(page, 'demo-phone');
    await page.setViewportSize(DESKTOP);
    const desktop = await screenshot(page, 'demo-desktop');
    console.log(`screenshots: ${phone} ${desktop}`);
    expect(readFileSync(desktop).subarray(1, 4).toString()).toBe('PNG');
  });

  it('has a console page that says the admin API is off without ADMIN_TOKEN', async () => {
    const admin = await browser.context.newPage();
    await admin.goto(`${run.base}/admin`);
    await admin.getByLabel('管理员令牌').fill('anything');
    await admin.getByRole('button', { name: '登录', exact: true }).click();
    await admin.locator('#token-error').filter({ hasText: '管理接口未开启' }).waitFor();
    expect(await admin.locator('#console').isVisible()).toBe(false);
    await admin.close();
  });

  it('ran without script errors or CSP violations', () => {
    expect(errors).toEqual([]);
  });
});
