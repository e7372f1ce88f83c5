// `npm run reload`: asks the running service to reload its knowledge base (POST /admin/reload).
// Uses ADMIN_TOKEN and PORT from the environment, or RELOAD_URL for a service elsewhere.
const token = process.env.ADMIN_TOKEN;
if (!token) {
  console.error('ADMIN_TOKEN is not set: the admin routes are off / 未设置 ADMIN_TOKEN，管理接口未开启');
  process.exit(2);
}
const url = process.env.RELOAD_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}/admin/reload`;
try {
  const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  const body = await res.json();
  console.log(JSON.stringify(body, null, 2));
  process.exit(res.ok ? 0 : 1);
} catch (err) {
  console.error(`cannot reach ${url}: ${(err as Error).message}`);
  process.exit(1);
}
