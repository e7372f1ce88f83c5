// The baseline for `npm run bench`: a bare Koa app that reads a JSON body and answers it back as
// JSON, on the same Node and Koa as the service. Whatever /api/chat costs beyond this is ours.
import Koa from 'koa';

const app = new Koa();
app.use(async (ctx) => {
  const parts: Buffer[] = [];
  for await (const part of ctx.req) parts.push(part as Buffer);
  ctx.body = { echo: JSON.parse(Buffer.concat(parts).toString('utf8') || 'null') };
});
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const addr = server.address();
  // The parent reads the port from this line.
  console.log(JSON.stringify({ port: typeof addr === 'object' && addr ? addr.port : 0 }));
});
