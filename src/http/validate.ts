// Request validation as middleware (after outline's middlewares/validate.ts): a route names the
// shapes of its params, query and JSON body with zod, and its handler finds them parsed in
// `ctx.state.input`. A request that does not fit never reaches the handler: it is answered 400 in
// the API's one error shape, worded by the route (each names its own field and code), and a body
// is read with the limits of body.ts (415 not JSON, 413 too large, 400 not parseable).
import type { Context, Middleware } from 'koa';
import type { z } from 'zod';
import { readJson } from './body.ts';
import { badRequest, type HttpError } from './errors.ts';

export interface Schemas {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
}

/** What `ctx.state.input` holds for a route's schemas. */
export type Input<S extends Schemas> = { [K in keyof S]: S[K] extends z.ZodType ? z.output<S[K]> : never };

/** Where a request did not fit: the part, the first field that did not (`question`, `limit`), and what was sent there. */
export interface Invalid {
  part: keyof Schemas;
  field: string;
  value: unknown;
}

export interface ValidateOptions {
  /** The largest JSON body read (413 past it); needed with a body schema. */
  maxBodyBytes?: number;
  /** The route's 400 for a request that does not fit; by default `invalid_request` naming the field. */
  invalid?: (where: Invalid) => HttpError;
}

// The query first: a route's own options (`?plan=`) are checked before its path parameters.
const PARTS = ['query', 'params', 'body'] as const;

const invalidRequest = ({ field }: Invalid) => badRequest('invalid_request', `请求参数有误：${field}`, `invalid request field: ${field}`);

export function validate<S extends Schemas>(schemas: S, opts: ValidateOptions = {}): Middleware {
  if (schemas.body && !opts.maxBodyBytes) throw new Error('validate: a body schema needs maxBodyBytes');
  const invalid = opts.invalid ?? invalidRequest;
  return async (ctx, next) => {
    const input: Record<string, unknown> = {};
    for (const part of PARTS) {
      const schema = schemas[part];
      if (!schema) continue;
      const raw = part === 'body' ? await readJson(ctx, opts.maxBodyBytes ?? 0) : part === 'query' ? ctx.query : (ctx.params ?? {});
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const path = parsed.error.issues[0]?.path ?? [];
        throw invalid({ part, field: path.map(String).join('.') || part, value: valueAt(raw, path) });
      }
      input[part] = parsed.data;
    }
    ctx.state.input = input;
    return next();
  };
}

/** The parsed input of a route validated with `schemas` (typed by them). */
export function inputOf<S extends Schemas>(ctx: Context, _schemas: S): Input<S> {
  return ctx.state.input as Input<S>;
}

function valueAt(raw: unknown, path: PropertyKey[]): unknown {
  let v = raw;
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}
