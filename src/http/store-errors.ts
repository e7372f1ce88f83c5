// A record that could not be made durable is not acknowledged: the client gets a 503 and may retry.
import { HttpError } from './errors.ts';

export function storeUnavailable(cause?: Error): HttpError {
  // PostgreSQL down (store/pg/db.ts): say so, the operator and the user both know what to wait for.
  const down = cause?.name === 'DatabaseDown';
  const error = down
    ? new HttpError(503, 'database_unavailable', '数据库暂时不可用，暂时无法保存，请稍后再试', 'the database is unavailable right now, please retry shortly')
    : new HttpError(503, 'store_unavailable', '暂时无法保存，请稍后再试', 'could not be saved right now, please retry');
  return Object.assign(error, {
    headers: { 'Retry-After': '5' },
    ...(cause ? { cause } : {}),
  });
}
