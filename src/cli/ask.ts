// `npm run ask -- "高新技术企业目标是多少"`: one question against KNOWLEDGE_DIR, answer and sources.
import { loadConfig } from '../config.ts';
import { buildApp } from '../main.ts';
import { plainText } from '../answer/plain-text.ts';

const question = process.argv.slice(2).join(' ').trim();
if (!question) {
  console.error('usage: npm run ask -- "你的问题"');
  process.exit(2);
}
const app = await buildApp(loadConfig(), { quiet: true });
const res = await app.answerer.ask(question);
console.log(plainText(res));
console.log(`\n[${res.mode}${res.grounded ? '' : ', not grounded'}]`);
res.citations.forEach((c, i) => {
  console.log(`[${i + 1}] ${c.source}${c.section ? ` · ${c.section}` : ''}${c.score !== undefined ? ` (score ${c.score})` : ''}`);
  console.log(`    ${c.text.replace(/\n/g, ' ').slice(0, 120)}${c.text.length > 120 ? '…' : ''}`);
});
