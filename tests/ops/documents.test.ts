// Documents managed over the admin API on a real socket: the load report, uploads of every kind
// (a real .docx, a government web page, a scan, a replacement), the limits (413, 415, 400), a
// deletion, the rollback when the regression gate refuses, and an upload in progress that a reload
// must not see.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, startApp, type Running } from '../support/app.ts';
import { CHROME_WORDS, docx, govPage, imageOnlyPdf } from '../support/documents.ts';
import { GRADED, gradeOver } from '../support/graded.ts';
import { KNOWLEDGE, SEED_FILE } from '../support/seed.ts';

const TOKEN = 'documents-admin-token';
const auth = { authorization: `Bearer ${TOKEN}` };
const tmp = (p: string) => mkdtempSync(path.join(os.tmpdir(), p));

async function upload(run: Running, files: { name: string; body: Buffer | string }[], headers: Record<string, string> = auth) {
  const form = new FormData();
  for (const f of files) form.append('file', new Blob([typeof f.body === 'string' ? Buffer.from(f.body) : new Uint8Array(f.body)]), f.name);
  const res = await fetch(`${run.base}/admin/documents`, { method: 'POST', headers, body: form });
  return { status: res.status, body: (await res.json()) as any };
}
const get = async (run: Running, route: string) => {
  const res = await fetch(run.base + route, { headers: auth });
  return { status: res.status, body: (await res.json()) as any };
};
const del = async (run: Running, id: string) => {
  const res = await fetch(`${run.base}/admin/documents/${encodeURIComponent(id)}`, { method: 'DELETE', headers: auth });
  return { status: res.status, body: (await res.json()) as any };
};
const ask = async (run: Running, question: string) => (await postJson(run.base, '/api/chat', { question })).body;
/** Files in the knowledge folder, dot files (uploads in progress) included. */
const entries = (dir: string) => readdirSync(dir).sort();

describe('document admin API', () => {
  let run: Running;
  let kb: string;
  let data: string;
  beforeAll(async () => {
    // The vocabulary of the shipped folder, and the plan as a text file.
    kb = tmp('docs-kb-');
    for (const f of readdirSync(KNOWLEDGE)) copyFileSync(path.join(KNOWLEDGE, f), path.join(kb, f));
    data = tmp('docs-data-');
    run = await startApp({ ADMIN_TOKEN: TOKEN, KNOWLEDGE_DIR: kb, DATA_DIR: data, RATE_LIMIT_PER_MIN: '0', UPLOAD_MAX_MB: '20' });
  });
  afterAll(() => run.close());

  it('needs the admin token', async () => {
    expect((await fetch(`${run.base}/admin/documents`)).status).toBe(401);
    expect((await upload(run, [{ name: 'a.txt', body: 'x' }], {})).status).toBe(401);
    expect((await fetch(`${run.base}/admin/documents/a.txt`, { method: 'DELETE' })).status).toBe(401);
  });

  it('lists each document with its load report', async () => {
    const { status, body } = await get(run, '/admin/documents');
    expect(status).toBe(200);
    const plan = body.documents.find((d: any) => d.id === SEED_FILE);
    expect(plan).toMatchObject({ type: 'txt', bytes: readFileSync(path.join(kb, SEED_FILE)).length, loaded: true, warnings: [] });
    expect(plan.characters).toBeGreaterThan(2000);
    expect(plan.chunks).toBeGreaterThan(10);
    expect(plan.anomalies).toHaveLength(2);
    // The plan's tasks, targets and the targets with numbers (230家, 60项…) from the facts stage.
    expect(plan.facts.items).toBeGreaterThan(10);
    expect(plan.facts.targets).toBeGreaterThan(5);
    expect(plan.facts.amounts).toBeGreaterThan(3);
    expect(Date.parse(plan.updatedAt)).toBeGreaterThan(0);
    expect(Object.keys(plan).sort()).toEqual(['anomalies', 'bytes', 'characters', 'chunks', 'facts', 'id', 'loaded', 'title', 'type', 'updatedAt', 'warnings']);
  });

  it('takes a real .docx: 201 with its report, answered at once, previewed with text and outline', async () => {
    const bytes = docx(['# 营商环境优化措施', '一、办理时限', '企业开办全流程办理时间压缩至1个工作日以内，实行“一网通办”。', '二、审批改革', '工程建设项目审批时间压缩至60个工作日以内。']);
    const { status, body } = await upload(run, [{ name: '营商环境优化措施.docx', body: bytes }]);
    expect(status).toBe(201);
    expect(body.documents).toHaveLength(1);
    expect(body.documents[0]).toMatchObject({ id: '营商环境优化措施.docx', title: '营商环境优化措施', type: 'docx', bytes: bytes.length, loaded: true, replaced: false, warnings: [] });
    expect(body.documents[0].chunks).toBeGreaterThan(0);
    const answer = await ask(run, '企业开办要多长时间');
    expect(answer.grounded).toBe(true);
    expect(answer.answer).toContain('1个工作日');
    const preview = await get(run, `/admin/documents/${encodeURIComponent('营商环境优化措施.docx')}`);
    expect(preview.status).toBe(200);
    expect(preview.body.text).toContain('60个工作日以内');
    expect(preview.body.outline.length).toBeGreaterThan(0);
    expect(preview.body.outline.flatMap((o: any) => o.section).join(' ')).toContain('办理时限');
    expect(preview.body).toHaveProperty('facts');
    // Nothing of the upload is left behind in the folder but the document itself.
    expect(entries(kb).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('replaces a document of the same name and keeps the old version under DATA_DIR', async () => {
    const bytes = docx(['# 营商环境优化措施', '企业开办全流程办理时间压缩至半个工作日以内。']);
    const { status, body } = await upload(run, [{ name: '营商环境优化措施.docx', body: bytes }]);
    expect(status).toBe(201);
    expect(body.documents[0].replaced).toBe(true);
    expect((await ask(run, '企业开办要多长时间')).answer).toContain('半个工作日');
    const kept = readdirSync(path.join(data, 'documents', 'replaced'));
    expect(kept).toEqual([expect.stringMatching(/营商环境优化措施\.docx$/)]);
    expect(readFileSync(path.join(data, 'documents', 'replaced', kept[0]!)).length).toBeGreaterThan(bytes.length);
  });

  it('takes an image-only PDF with 201 and a warning that names it as scanned', async () => {
    const { status, body } = await upload(run, [{ name: '扫描件通知.pdf', body: imageOnlyPdf(3) }]);
    expect(status).toBe(201);
    expect(body.documents[0]).toMatchObject({ id: '扫描件通知.pdf', type: 'pdf', loaded: false, chunks: 0 });
    expect(body.documents[0].warnings).toEqual([expect.stringMatching(/scanned PDF.*扫描件/)]);
    // Listed with the others, so the admin sees why it does not answer.
    const list = await get(run, '/admin/documents');
    expect(list.body.documents.find((d: any) => d.id === '扫描件通知.pdf').warnings[0]).toMatch(/scanned/);
  });

  it('refuses a file over UPLOAD_MAX_MB with 413 and keeps nothing of it', async () => {
    const before = entries(kb);
    const { status, body } = await upload(run, [{ name: 'huge.pdf', body: Buffer.alloc(30 * 1024 * 1024, 0x20) }]);
    expect(status).toBe(413);
    expect(body.error.code).toBe('payload_too_large');
    expect(body.error.message).toMatch(/20 MB.*20 MB limit/);
    expect(entries(kb)).toEqual(before);
  });

  it('refuses a type no reader knows (.exe) with 415, a non-multipart body with 415, no file with 400', async () => {
    const before = entries(kb);
    const exe = await upload(run, [{ name: 'setup.exe', body: Buffer.from([0x4d, 0x5a, 0x90, 0]) }]);
    expect(exe.status).toBe(415);
    expect(exe.body.error).toMatchObject({ code: 'unsupported_file_type', message: expect.stringMatching(/不支持的文件类型 \.exe.*\.pdf.*unsupported file type \.exe/) });
    // One bad file refuses the whole request: nothing of it is placed.
    const mixed = await upload(run, [{ name: 'ok.txt', body: '一份正常的通知。' }, { name: 'virus.exe', body: 'MZ' }]);
    expect(mixed.status).toBe(415);
    expect(entries(kb)).toEqual(before);
    const json = await postJson(run.base, '/admin/documents', { file: 'x' }, auth);
    expect(json.status).toBe(415);
    const form = new FormData();
    form.append('note', 'no file here');
    const none = await fetch(`${run.base}/admin/documents`, { method: 'POST', headers: auth, body: form });
    expect(none.status).toBe(400);
    expect(((await none.json()) as any).error.code).toBe('no_file');
  });

  it('answers a government web page without its chrome, and refuses its questions once it is deleted', async () => {
    // The plan only as the web page: the text file goes.
    expect((await del(run, SEED_FILE)).status).toBe(200);
    const gone = await gradeOver(run.base);
    expect(gone.report.answers).toBe(0);
    const { status, body } = await upload(run, [{ name: '方案解读.html', body: govPage() }]);
    expect(status).toBe(201);
    expect(body.documents[0]).toMatchObject({ type: 'html', loaded: true });
    const { report, answers } = await gradeOver(run.base);
    expect(report.answers, report.misses.join('\n')).toBeGreaterThanOrEqual(9);
    const cited = answers.flatMap((a) => a.citations.map((c) => `${c.source} ${c.section ?? ''} ${c.text}`)).join('\n');
    expect(cited.length).toBeGreaterThan(0);
    for (const word of CHROME_WORDS) expect(cited).not.toContain(word);

    const deleted = await del(run, '方案解读.html');
    expect(deleted.status).toBe(200);
    expect(existsSync(path.join(kb, '方案解读.html'))).toBe(false);
    expect(readdirSync(path.join(data, 'documents', 'deleted')).some((f) => f.endsWith('方案解读.html'))).toBe(true);
    const after = await gradeOver(run.base);
    expect(after.report.answerCases).toBe(GRADED.length);
    expect(after.report.answers).toBe(0);
    expect((await del(run, '方案解读.html')).status).toBe(404);
    expect((await get(run, `/admin/documents/${encodeURIComponent('方案解读.html')}`)).status).toBe(404);
    // Put the plan back for the tests below.
    copyFileSync(path.join(KNOWLEDGE, SEED_FILE), path.join(kb, SEED_FILE));
    expect((await fetch(`${run.base}/admin/reload`, { method: 'POST', headers: auth })).status).toBe(200);
  });

  it('undoes a deletion the regression gate refuses, and the old index keeps serving', async () => {
    writeFileSync(path.join(kb, 'eval.jsonl'), JSON.stringify({ id: 'g1', kind: 'task', q: '卡脖子难题怎么解决', must: [['揭榜挂帅']] }) + '\n');
    expect((await fetch(`${run.base}/admin/reload`, { method: 'POST', headers: auth })).status).toBe(200);
    const version = run.app.live.index.version;
    const refused = await del(run, SEED_FILE);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('reload_rejected');
    expect(refused.body.error.message).toMatch(/删除已撤销/);
    expect(existsSync(path.join(kb, SEED_FILE))).toBe(true);
    expect(run.app.live.index.version).toBe(version);
    expect((await ask(run, '卡脖子难题怎么解决')).grounded).toBe(true);
  });

  it('audits uploads and deletions', async () => {
    const audit = (await get(run, '/admin/audit?limit=100')).body.items;
    const actions = audit.map((a: any) => `${a.action}:${a.result}`);
    expect(actions).toEqual(expect.arrayContaining(['upload:ok', 'delete:ok', 'delete:rejected']));
    const del = audit.find((a: any) => a.action === 'delete' && a.result === 'ok');
    expect(del.who).toBe('admin-http');
  });

  it('never lets a reload read an upload still in progress', async () => {
    const name = '进行中的通知.md';
    const boundary = 'test-boundary-7d3f';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/markdown\r\n\r\n`;
    const content = `# 进行中的通知\n\n${'企业开办全流程网上办理。'.repeat(2000)}\n`;
    const tail = `\r\n--${boundary}--\r\n`;
    const url = new URL(`${run.base}/admin/documents`);
    let finish = () => {};
    const response = new Promise<{ status: number; body: any }>((resolve, reject) => {
      const req = http.request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}` } },
        (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
        },
      );
      req.on('error', reject);
      // Half the file, then a pause while a reload runs, then the rest.
      req.write(head + content.slice(0, content.length / 2));
      finish = () => req.end(content.slice(content.length / 2) + tail);
    });
    // The partial file is on disk, under a dot name the loader does not read.
    await expect.poll(() => entries(kb).some((f) => f.startsWith('.upload-') && f.endsWith(name))).toBe(true);
    const reload = await fetch(`${run.base}/admin/reload`, { method: 'POST', headers: auth });
    const reply = (await reload.json()) as any;
    expect(reload.status).toBe(200);
    expect(JSON.stringify(reply.warnings)).not.toContain('upload');
    expect(run.app.live.last!.report.map((d) => d.id)).not.toContain(name);
    expect(run.app.live.last!.report.some((d) => d.id.includes('.upload-'))).toBe(false);
    finish();
    const done = await response;
    expect(done.status).toBe(201);
    expect(done.body.documents[0]).toMatchObject({ id: name, loaded: true });
    expect(done.body.documents[0].characters).toBeGreaterThan(20_000);
    expect(entries(kb).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('refuses an id outside the knowledge folder', async () => {
    expect((await del(run, '../outside.txt')).status).toBe(404);
    expect((await del(run, 'aliases.json')).status).toBe(404);
  });
});
