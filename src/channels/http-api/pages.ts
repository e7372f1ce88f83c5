// The browser pages: the admin console at GET /admin and the public demo chat at GET / (DEMO_PAGE),
// with their scripts and styles under /assets/. Plain files from public/, read once at start.
// The console page itself is public: everything it shows comes from the admin API, which checks
// the token on every call.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Router from '@koa/router';
import type { Context } from 'koa';

export const PUBLIC_DIR = path.resolve(import.meta.dirname, '../../../public');

/**
 * Browser libraries served from the installed packages, never from a CDN: the console works on an
 * intranet without internet, and the CSP allows only our own origin. Asset name → file.
 */
export function vendorAssets(): Record<string, string> {
  const require = createRequire(import.meta.url);
  // chart.js resolves to dist/chart.cjs; its browser build sits beside it.
  return { 'chart.umd.min.js': path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js') };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

// Scripts and styles come only from our own files; the API is called on the same origin.
const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

interface StaticFile {
  body: Buffer;
  type: string;
  /** Short content hash: the ETag, and the `?v=` that makes an asset URL safe to cache for good. */
  hash: string;
}

function staticFile(body: Buffer, type: string): StaticFile {
  return { body, type, hash: createHash('sha256').update(body).digest('hex').slice(0, 16) };
}

function load(file: string): StaticFile {
  return staticFile(readFileSync(file), TYPES[path.extname(file)]!);
}

function send(ctx: Context, file: StaticFile, cacheControl: string): void {
  ctx.set('Cache-Control', cacheControl);
  ctx.set('ETag', `"${file.hash}"`);
  ctx.status = 200;
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  ctx.type = file.type;
  ctx.body = file.body;
}

export interface PageOptions {
  /** Serve the public demo chat page at GET / (DEMO_PAGE, default on). */
  demoPage: boolean;
  dir?: string;
}

export function pageRouter(opts: PageOptions): Router {
  const dir = opts.dir ?? PUBLIC_DIR;
  // Only files present at start with a known type are served: no path from a request reaches the disk.
  const assets = new Map<string, StaticFile>();
  for (const name of readdirSync(dir)) {
    const ext = path.extname(name);
    if (ext !== '.html' && TYPES[ext] && /^[\w.-]+$/.test(name)) assets.set(name, load(path.join(dir, name)));
  }
  for (const [name, file] of Object.entries(vendorAssets())) assets.set(name, load(file));
  // Asset links in a page get their content hash (`/assets/x.js?v=…`): a changed file gets a new URL,
  // so browsers may keep an asset for a year while the page itself is revalidated on every visit.
  const page = (name: string): StaticFile => {
    const html = readFileSync(path.join(dir, name), 'utf8').replace(/(src|href)="\/assets\/([\w.-]+)"/g, (m, attr: string, asset: string) => {
      const a = assets.get(asset);
      return a ? `${attr}="/assets/${asset}?v=${a.hash}"` : m;
    });
    return staticFile(Buffer.from(html, 'utf8'), TYPES['.html']!);
  };
  const admin = page('admin.html');
  const demo = opts.demoPage ? page('chat.html') : null;

  const router = new Router({ strict: true });
  const servePage = (file: StaticFile) => (ctx: Context) => {
    send(ctx, file, 'no-cache');
    ctx.set('Content-Security-Policy', PAGE_CSP);
  };
  // strict: `/admin/` and `/admin/…` stay with the admin API (or 404), never this page.
  router.get('/admin', servePage(admin));
  if (demo) router.get('/', servePage(demo));
  router.get('/assets/:name', (ctx) => {
    const file = assets.get(ctx.params.name ?? '');
    if (!file) return; // falls through to the JSON 404
    send(ctx, file, ctx.query.v === file.hash ? 'public, max-age=31536000, immutable' : 'no-cache');
  });
  return router;
}
