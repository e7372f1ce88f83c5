// JSON body reading with the limits the contract promises: 415 for anything but JSON, 413 past
// the size limit (stopped while reading, not after), 400 for JSON that does not parse.
import type { Context } from 'koa';
import { HttpError } from './errors.ts';

export async function readJson(ctx: Context, limit: number): Promise<unknown> {
  if (!ctx.is('application/json')) {
    throw new HttpError(415, 'unsupported_media_type', '请求体必须是 JSON（Content-Type: application/json）', 'request body must be JSON (Content-Type: application/json)');
  }
  const declared = Number(ctx.get('content-length'));
  if (declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid_json', '请求体不是有效的 JSON', 'request body is not valid JSON');
  }
}

function tooLarge(limit: number): HttpError {
  return new HttpError(413, 'payload_too_large', `请求体超过 ${Math.round(limit / 1024)} KB 上限`, `request body exceeds the ${Math.round(limit / 1024)} KB limit`);
}
