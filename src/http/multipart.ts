// multipart/form-data uploads streamed straight to disk (busboy), never held in memory. Each `file`
// part goes to a dot-named temporary file in the target folder: the knowledge loader and the
// snapshot fingerprint skip dot files, and the caller renames the file into place only once it is
// complete, so a reload running meanwhile never reads half a file.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { Context } from 'koa';
import { HttpError, badRequest } from './errors.ts';

export interface UploadedFile {
  /** The sanitised file name the client gave. */
  name: string;
  /** The complete temporary file (dot-named, in the target folder). */
  temp: string;
  bytes: number;
}

export interface UploadLimits {
  /** Largest accepted file. */
  maxFileBytes: number;
  maxFiles: number;
  /** Is a file of this name accepted at all? (415 otherwise.) */
  accepts: (name: string) => boolean;
  /** Shown in the 415 message: the accepted types. */
  acceptedTypes: string;
}

/** Characters no file name needs and some file systems or shells choke on. */
const UNSAFE = /[\u0000-\u001f\u007f/\\:*?"<>|]/g;

/** The file name as the client named it, with any path removed; null when nothing usable is left. */
export function safeFileName(raw: string): string | null {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const name = base.replace(UNSAFE, '').replace(/^[.\s]+/, '').trim().slice(0, 160);
  return name && name !== path.extname(name) ? name : null;
}

export const tooLarge = (maxBytes: number) =>
  new HttpError(413, 'payload_too_large', `文件超过 ${Math.round(maxBytes / 1048576)} MB 上限`, `file exceeds the ${Math.round(maxBytes / 1048576)} MB limit`);

/**
 * Reads the `file` parts of a multipart request into temporary files in `dir`. On any error the
 * temporary files are removed and an HttpError is thrown: 415 for a type not accepted (or a request
 * that is not multipart), 413 past the size limit, 400 without a file.
 */
export async function receiveFiles(ctx: Context, dir: string, limits: UploadLimits): Promise<UploadedFile[]> {
  const type = ctx.get('content-type');
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    throw new HttpError(415, 'unsupported_media_type', '请以 multipart/form-data 上传文件（字段名 file）', 'upload files as multipart/form-data (field name file)');
  }
  // The most a request could carry and be accepted (every file at the limit, plus the form's own
  // bytes). A larger declared length is refused before a byte is read; past it while reading, the
  // connection is cut. Below it, a refused request is read to its end so the client gets the answer.
  const hardCap = limits.maxFileBytes * limits.maxFiles + 1048576;
  if (Number(ctx.get('content-length')) > hardCap) throw tooLarge(limits.maxFileBytes);

  const files: UploadedFile[] = [];
  const writes: Promise<void>[] = [];
  let failure: HttpError | null = null;
  const fail = (err: HttpError) => {
    failure ??= err;
  };
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: ctx.req.headers,
      // UTF-8 names (中文文件名.pdf) as browsers send them.
      defParamCharset: 'utf8',
      limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 20, parts: limits.maxFiles + 20 },
    });
  } catch {
    throw badRequest('invalid_multipart', '上传请求格式有误', 'malformed multipart request');
  }
  parser.on('file', (field, stream, info) => {
    const name = safeFileName(info.filename ?? '');
    if (field !== 'file' || failure || !name || !limits.accepts(name)) {
      if (field === 'file' && !failure) {
        fail(
          name
            ? new HttpError(415, 'unsupported_file_type', `不支持的文件类型 ${path.extname(name) || '（无扩展名）'}，可上传：${limits.acceptedTypes}`, `unsupported file type ${path.extname(name) || '(none)'}; accepted: ${limits.acceptedTypes}`)
            : badRequest('invalid_file_name', '文件名无效', 'invalid file name'),
        );
      }
      stream.resume(); // drained: the response waits for the whole request
      return;
    }
    const temp = path.join(dir, `.upload-${randomUUID()}-${name}`);
    const file: UploadedFile = { name, temp, bytes: 0 };
    files.push(file);
    stream.on('data', (chunk: Buffer) => {
      file.bytes += chunk.length;
    });
    stream.on('limit', () => fail(tooLarge(limits.maxFileBytes)));
    writes.push(pipeline(stream, createWriteStream(temp)).catch((err: Error) => fail(new HttpError(500, 'upload_failed', `保存上传文件失败：${err.message}`, `could not store the upload: ${err.message}`))));
  });
  parser.on('filesLimit', () => fail(new HttpError(413, 'too_many_files', `一次最多上传 ${limits.maxFiles} 个文件`, `at most ${limits.maxFiles} files per upload`)));

  let received = 0;
  ctx.req.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received > hardCap) ctx.req.destroy();
  });
  try {
    await new Promise<void>((resolve, reject) => {
      parser.on('close', resolve);
      parser.on('error', reject);
      ctx.req.on('aborted', () => reject(Object.assign(new Error('request aborted'), { code: 'ECONNRESET' })));
      ctx.req.on('close', () => {
        if (received > hardCap) reject(tooLarge(limits.maxFileBytes));
      });
      ctx.req.pipe(parser);
    });
    await Promise.all(writes);
  } catch (err) {
    await Promise.all(writes.map((w) => w.catch(() => undefined)));
    await discard(files);
    if (err instanceof HttpError) throw err;
    if ((err as { code?: string }).code === 'ECONNRESET') throw err;
    throw badRequest('invalid_multipart', '上传请求格式有误', `malformed multipart request: ${(err as Error).message}`);
  }
  if (failure) {
    await discard(files);
    throw failure;
  }
  if (!files.length) throw badRequest('no_file', '没有收到文件（字段名须为 file）', 'no file received (the field name must be file)');
  return files;
}

/** Removes temporary files of an upload that will not be used. */
export async function discard(files: UploadedFile[]): Promise<void> {
  await Promise.all(files.map((f) => rm(f.temp, { force: true })));
}
