// The documents an admin manages from the console: list with load reports, upload (multipart,
// one or more `file` fields), preview, delete. Changes go through the DocumentLibrary: files placed
// whole, the regular reload with its regression gate, undone when the new index is not accepted.
import type Router from '@koa/router';
import type { Context, Middleware } from 'koa';
import { DOCUMENT_EXTENSIONS, readerFor } from '../../../knowledge/readers/registry.ts';
import type { DocumentLibrary } from '../../../ops/document-library.ts';
import type { ReloadOutcome } from '../../../ops/reload.ts';
import type { LiveIndex } from '../../../retrieval/live.ts';
import { documentDetail, documentReports } from './document-report.ts';
import { HttpError, notFound } from '../../../http/errors.ts';
import { discard, receiveFiles } from '../../../http/multipart.ts';

export interface DocumentRouteDeps {
  live: LiveIndex;
  library: DocumentLibrary;
  knowledgeDir: string;
  /** UPLOAD_MAX_MB in bytes. */
  maxUploadBytes: number;
}

/** Files per upload request: a folder's worth of 通知, not a whole archive. */
const MAX_FILES = 20;

/** The answer when the reload after a change was not accepted: the same as /admin/reload's. */
function notAccepted(ctx: Context, out: ReloadOutcome & { ok: false }, what: string): void {
  if ('rejected' in out) {
    ctx.status = 409;
    ctx.body = {
      error: {
        code: 'reload_rejected',
        message: `新知识库未通过检查（${out.rejected.reason}），${what}已撤销，继续使用旧版本 / reload rejected (${out.rejected.reason}); the ${what === '上传' ? 'upload' : 'deletion'} was undone and the previous version keeps serving`,
      },
      ...out.rejected.detail,
    };
    return;
  }
  throw new HttpError(500, 'reload_failed', `重新加载失败，${what}已撤销：${out.error}`, `reload failed, the change was undone: ${out.error}`);
}

export function documentRoutes(router: Router, auth: Middleware, deps: DocumentRouteDeps): void {
  const who = 'admin-http';
  const unknown = (id: string) => notFound('unknown_document', `知识库中没有文档 ${id}`, `no document ${id} in the knowledge base`);

  router.get('/documents', auth, async (ctx) => {
    const documents = await documentReports(deps.live.last, deps.knowledgeDir);
    const listed = new Set(documents.map((d) => d.id));
    ctx.body = {
      documents,
      // Warnings about files that are not documents (alias table, prompts, unsupported types).
      otherWarnings: (deps.live.last?.warnings ?? []).filter((w) => !listed.has(w.file)),
      upload: { maxBytes: deps.maxUploadBytes, types: DOCUMENT_EXTENSIONS },
    };
  });

  router.post('/documents', auth, async (ctx) => {
    const files = await receiveFiles(ctx, deps.knowledgeDir, {
      maxFileBytes: deps.maxUploadBytes,
      maxFiles: MAX_FILES,
      accepts: (name) => Boolean(readerFor(name)),
      acceptedTypes: DOCUMENT_EXTENSIONS.join(' '),
    });
    const out = await deps.library.add(files, who).catch(async (err: unknown) => {
      // Files not yet renamed into place are still temporary: nothing of the upload stays behind.
      await discard(files);
      throw err;
    });
    if (!out.ok) return notAccepted(ctx, out.reload, '上传');
    ctx.status = 201;
    const ids = out.value.map((p) => p.id);
    const reports = await documentReports(deps.live.last, deps.knowledgeDir, ids);
    const replaced = new Set(out.value.filter((p) => p.previous).map((p) => p.id));
    ctx.body = {
      documents: reports.map((r) => ({ ...r, replaced: replaced.has(r.id) })),
      version: out.reload.reply.version,
    };
  });

  router.get('/documents/:id', auth, (ctx) => {
    const id = ctx.params.id ?? '';
    const build = deps.live.last;
    const detail = build ? documentDetail(build, id) : null;
    if (!detail) throw unknown(id);
    ctx.body = { id, ...detail };
  });

  router.delete('/documents/:id', auth, async (ctx) => {
    const id = ctx.params.id ?? '';
    if (!readerFor(id) || !deps.library.pathOf(id)) throw unknown(id);
    const out = await deps.library.remove(id, who);
    if (!out) throw unknown(id);
    if (!out.ok) return notAccepted(ctx, out.reload, '删除');
    ctx.body = { deleted: id, version: out.reload.reply.version };
  });
}
