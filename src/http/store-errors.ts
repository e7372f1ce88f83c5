// A record that could not be made durable is not acknowledged: the client gets a 503 and may retry.
import { HttpError } from './errors.ts';

export function storeUnavailable(cause?: Error): HttpError {
  return Object.assign(new HttpError(503, 'store_unavailable', '暂时无法保存，请稍后再试', 'could not be saved right now, please retry'), {
    headers: { 'Retry-After': '5' },
    ...(cause ? { cause } : {}),
  });
}
