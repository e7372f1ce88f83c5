// Documents as admins receive them, end to end with Chromium: the plan printed to PDF by Chromium
// from an HTML page, uploaded into a knowledge folder without the plan's text file, answers its
// graded questions right after the upload's response and refuses them after the deletion; then
// the same through the console: drag-and-drop upload with progress, the report, a question in 试问,
// the preview, and a confirmed deletion.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startApp, type Running } from '../support/app.ts';
import { readFileSync } from 'node:fs';
import { toSimplified } from '../../src/text/normalize.ts';
import { readerFor } from '../../src/knowledge/readers/registry.ts';
import { printablePage, printPdf, twoColumnPage } from '../support/documents.ts';
import { GRADED, gradeOver } from '../support/graded.ts';
import { KNOWLEDGE, SEED_FILE } from '../support/seed.ts';
import { launch, pageErrors, screenshot, type Browser } from './browser.ts';

const TOKEN = 'e2e-documents-token-81c2';
const auth = { authorization: `Bearer ${TOKEN}` };
const PDF_NAME = '盘锦市工业增长三年行动专项方案解读.pdf';

/** A knowledge folder with the shipped vocabulary but not the plan's text. */
function folderWithoutPlan(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'e2e-docs-kb-'));
  for (const f of readdirSync(KNOWLEDGE)) if (f !== SEED_FILE) copyFileSync(path.join(KNOWLEDGE, f), path.join(dir, f));
  return dir;
}

describe('the plan as a PDF printed by Chromium', () => {
  let run: Running;
  let kb: string;
  let pdf: Buffer;
  beforeAll(async () => {
    kb = folderWithoutPlan();
    run = await startApp({ ADMIN_TOKEN: TOKEN, KNOWLEDGE_DIR: kb, RATE_LIMIT_PER_MIN: '0' });
    pdf = await printPdf(printablePage());
  });
  afterAll(async () => {
    await run?.close();
    rmSync(kb, { recursive: true, force: true });
  });

  it('is a real PDF of several pages, and the folder has no plan before the upload', async () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(kb)).not.toContain(SEED_FILE);
    expect((await gradeOver(run.base)).report.answers).toBe(0);
  });

  it('answers at least 9 of its 11 graded questions within 10 s of the upload response, and none after DELETE', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), PDF_NAME);
    const res = await fetch(`${run.base}/admin/documents`, { method: 'POST', headers: auth, body: form });
    const responded = performance.now();
    expect(res.status).toBe(201);
    const body = (await res.json()) as any;
    expect(body.documents[0]).toMatchObject({ id: PDF_NAME, type: 'pdf', loaded: true, warnings: [] });
    expect(body.documents[0].chunks).toBeGreaterThan(10);

    const { report } = await gradeOver(run.base);
    const took = performance.now() - responded;
    console.log(`PDF upload: ${report.answers}/${report.answerCases} graded questions answered in ${Math.round(took)} ms after the response`);
    expect(report.answerCases).toBe(GRADED.length);
    expect(report.answers, report.misses.join('\n')).toBeGreaterThanOrEqual(9);
    expect(took).toBeLessThan(10_000);
    // Chromium's header and footer (date, title, file URL, 1/3) are page furniture, not text.
    const preview = (await (await fetch(`${run.base}/admin/documents/${encodeURIComponent(PDF_NAME)}`, { headers: auth })).json()) as any;
    expect(preview.text).not.toMatch(/file:\/\/|\b\d+\/\d+\s*$/m);

    const deleted = await fetch(`${run.base}/admin/documents/${encodeURIComponent(PDF_NAME)}`, { method: 'DELETE', headers: auth });
    expect(deleted.status).toBe(200);
    const after = await gradeOver(run.base);
    expect(after.report.answers).toBe(0);
    expect(after.report.answerCases).toBe(GRADED.length);
  });
});

describe('PDF reading order on real documents', () => {
  // Paragraphs compared without white space, in simplified script: CJK fonts put radicals such as
  // ⼾ in the text layer, which read back as the traditional 戶 until normalisation simplifies them.
  const paragraphs = (text: string) => text.split('\n').map((l) => toSimplified(l.replace(/\s/g, ''))).filter(Boolean);

  it('reads a two-column print of a real 实施办法 column by column, every paragraph whole', async () => {
    const file = path.resolve(KNOWLEDGE, '../../shared/eval/real-dev/knowledge/广州市天河区深化支持港澳青年创新创业高质量发展实施办法.txt');
    const original = readFileSync(file, 'utf8');
    const pdf = await printPdf(twoColumnPage(original));
    const { text, warnings } = await readerFor('x.pdf')!.read(pdf, 'x.pdf');
    expect(warnings).toEqual([]);
    expect(paragraphs(text)).toEqual(paragraphs(original));
  });

  it('reads the plan printed on several pages without the header, the footer or page numbers', async () => {
    const { text } = await readerFor('x.pdf')!.read(await printPdf(printablePage()), 'x.pdf');
    expect(paragraphs(text)).toEqual(paragraphs(readFileSync(path.join(KNOWLEDGE, SEED_FILE), 'utf8')));
  });
});

describe('documents in the console', () => {
  let run: Running;
  let kb: string;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const failed: string[] = [];
  let pdf: Buffer;
  beforeAll(async () => {
    kb = folderWithoutPlan();
    run = await startApp({ ADMIN_TOKEN: TOKEN, KNOWLEDGE_DIR: kb, RATE_LIMIT_PER_MIN: '0' });
    pdf = await printPdf(printablePage());
    browser = await launch();
    page = await browser.context.newPage();
    errors = pageErrors(page);
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    await page.goto(`${run.base}/admin#tab-documents`);
    await page.getByLabel('管理员令牌').fill(TOKEN);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.locator('#console').waitFor({ state: 'visible' });
  });
  afterAll(async () => {
    await browser?.close();
    await run?.close();
    rmSync(kb, { recursive: true, force: true });
  });

  it('opens on the 文档 tab from the address, with an empty list and the upload help', async () => {
    expect(await page.getByRole('tab', { name: '文档' }).getAttribute('aria-selected')).toBe('true');
    await page.locator('#documents td.empty').waitFor();
    expect(await page.locator('#upload-help').textContent()).toMatch(/PDF.*扫描件.*网页.*20 MB/);
  });

  it('uploads a PDF dropped on the zone, with progress, and lists its report', async () => {
    const progressShown = page.locator('#upload-progress').waitFor({ state: 'visible' });
    // A real drop: a DataTransfer holding the PDF, dispatched on the drop zone.
    await page.evaluate(
      ([name, b64]) => {
        const g = globalThis as any;
        const bytes = Uint8Array.from(g.atob(b64), (c: string) => c.charCodeAt(0));
        const transfer = new g.DataTransfer();
        transfer.items.add(new g.File([bytes], name, { type: 'application/pdf' }));
        const zone = g.document.getElementById('dropzone');
        zone.dispatchEvent(new g.DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        zone.dispatchEvent(new g.DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      [PDF_NAME, pdf.toString('base64')] as const,
    );
    await progressShown;
    const ok = page.locator('#upload-ok');
    await ok.waitFor({ timeout: 30_000 });
    expect(await ok.textContent()).toContain(PDF_NAME);
    const row = page.locator(`#documents tr[data-id="${PDF_NAME}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('PDF');
    const report = run.app.live.last!.report.find((d) => d.id === PDF_NAME)!;
    expect(await row.textContent()).toContain(String(report.characters));
    expect(await page.locator('#upload-progress').isVisible()).toBe(false);
  });

  it('answers a question from the uploaded PDF in 试问', async () => {
    await page.getByRole('tab', { name: '运行与维护' }).click();
    await page.getByLabel('问题', { exact: true }).fill('高新技术企业的数量目标是多少?');
    await page.getByLabel('问题', { exact: true }).press('Enter');
    const answer = page.locator('#chat .msg.bot.done').last();
    await answer.waitFor();
    expect(await answer.getAttribute('data-grounded')).toBe('true');
    expect(await answer.locator('.text').textContent()).toContain('230');
  });

  it('previews the cleaned text and its sections', async () => {
    await page.getByRole('tab', { name: '文档' }).click();
    await page.getByRole('button', { name: `预览 ${run.app.live.last!.report[0]!.title}` }).click();
    const dialog = page.locator('#preview');
    await dialog.locator('#preview-text').filter({ hasText: '230' }).waitFor();
    expect(await dialog.locator('#preview-outline li').count()).toBeGreaterThan(3);
    await screenshot(page, 'documents-preview');
    await page.locator('#preview-close').click();
    expect(await dialog.isVisible()).toBe(false);
  });

  it('refuses in the browser a type the server does not read, without sending it', async () => {
    await page.locator('#upload-input').setInputFiles({ name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
    await page.locator('#upload-error').filter({ hasText: '不支持的文件类型' }).waitFor();
  });

  it('deletes after confirmation, and the question is refused afterwards', async () => {
    const title = run.app.live.last!.report[0]!.title;
    // Cancel first: nothing happens.
    await page.getByRole('button', { name: `删除 ${title}` }).click();
    await page.locator('#confirm-delete').waitFor();
    expect(await page.locator('#confirm-text').textContent()).toContain(PDF_NAME);
    await page.locator('#confirm-cancel').click();
    expect(readdirSync(kb)).toContain(PDF_NAME);
    await page.getByRole('button', { name: `删除 ${title}` }).click();
    await page.locator('#confirm-ok').click();
    await page.locator('#documents-note').filter({ hasText: `已删除 ${PDF_NAME}` }).waitFor();
    expect(await page.locator(`#documents tr[data-id="${PDF_NAME}"]`).count()).toBe(0);
    expect(readdirSync(kb)).not.toContain(PDF_NAME);
    const { body } = await postJson(run.base, '/api/chat', { question: '高新技术企业的数量目标是多少?' });
    expect(body.grounded).toBe(false);
    await screenshot(page, 'documents-after-delete');
  });

  it('ran without script errors or CSP violations', () => {
    // The only failed request: 试问's example questions, which a folder without a plan does not have (404).
    expect(failed.filter((f) => f !== '404 /api/suggestions')).toEqual([]);
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    expect(errors.length).toBe(failed.length);
  });
});
