// The browser pages over plain HTTP: content types, caching, CSP, DEMO_PAGE, and that the admin
// API behind the console still needs its token. (The browser itself is tested in tests/e2e.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type Running } from '../../support/app.ts';

const TOKEN = 'pages-test-token-0123456789';

function assetUrls(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
}

describe('pages and assets', () => {
  let run: Running;
  beforeAll(async () => {
    run = await startApp({ ADMIN_TOKEN: TOKEN });
  });
  afterAll(() => run.close());

  it('serves the console at GET /admin as HTML with its own CSP and no caching without revalidation', async () => {
    const res = await fetch(`${run.base}/admin`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('for="token"');
    // The CSP allows no inline code: every script is a file, no style attributes.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\son[a-z]+=/);
  });

  it('serves every linked asset with its content type, long caching for the hashed URL', async () => {
    for (const page of ['/admin', '/']) {
      const urls = assetUrls(await (await fetch(run.base + page)).text());
      expect(urls.length).toBeGreaterThanOrEqual(3);
      for (const url of urls) {
        expect(url).toMatch(/\?v=[0-9a-f]{16}$/);
        const res = await fetch(run.base + url);
        expect(res.status, url).toBe(200);
        const ext = url.replace(/\?.*/, '').split('.').pop();
        const type = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', svg: 'image/svg+xml' }[ext!];
        expect(res.headers.get('content-type'), url).toBe(type);
        expect(res.headers.get('cache-control'), url).toBe('public, max-age=31536000, immutable');
        expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(0);
      }
    }
  });

  it('revalidates an asset without the current hash and answers 304 to a matching ETag', async () => {
    const first = await fetch(`${run.base}/assets/admin.js`);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/);
    // fetch() adds `Cache-Control: no-cache` to a conditional request unless one is given; a browser sends max-age=0.
    const again = await fetch(`${run.base}/assets/admin.js`, { headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' } });
    expect(again.status).toBe(304);
    const stale = await fetch(`${run.base}/assets/admin.js?v=0000000000000000`);
    expect(stale.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers unknown or sneaky asset names with the JSON 404', async () => {
    for (const p of ['/assets/nope.js', '/assets/..%2Fpackage.json', '/assets/admin.html', '/assets/']) {
      const res = await fetch(run.base + p);
      expect(res.status, p).toBe(404);
      expect(res.headers.get('content-type'), p).toContain('application/json');
    }
  });

  it('serves the demo chat page at GET / by default, without admin parts', async () => {
    const res = await fetch(`${run.base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('/assets/chat-box.js');
    expect(html).not.toContain('admin.js');
    expect(html).not.toContain('id="token"');
  });

  it('keeps /admin/* for the API: the token is still required and no page is returned', async () => {
    const none = await fetch(`${run.base}/admin/status`);
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toContain('application/json');
    const wrong = await fetch(`${run.base}/admin/status`, { headers: { authorization: 'Bearer wrong' } });
    expect(wrong.status).toBe(401);
    const ok = await fetch(`${run.base}/admin/status`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { version: number }).version).toBe(run.app.live.index.version);
    const slash = await fetch(`${run.base}/admin/`);
    expect(slash.headers.get('content-type')).toContain('application/json');
  });

  it('answers HEAD for the pages without a body', async () => {
    const res = await fetch(`${run.base}/admin`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe('');
  });
});

describe('DEMO_PAGE=0 and no ADMIN_TOKEN', () => {
  let run: Running;
  beforeAll(async () => {
    run = await startApp({ DEMO_PAGE: '0' });
  });
  afterAll(() => run.close());

  it('has no page at GET /, but still the console page and its assets', async () => {
    const root = await fetch(`${run.base}/`);
    expect(root.status).toBe(404);
    expect(root.headers.get('content-type')).toContain('application/json');
    expect((await fetch(`${run.base}/admin`)).status).toBe(200);
    expect((await fetch(`${run.base}/assets/chat-box.js`)).status).toBe(200);
  });

  it('has no admin API without ADMIN_TOKEN', async () => {
    const res = await fetch(`${run.base}/admin/status`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});
