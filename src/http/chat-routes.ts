// The public answer API: POST /api/chat {question, sessionId?} → {answer, grounded, citations, mode}.
import Router from '@koa/router';
import { z } from 'zod';
import type { Answerer } from '../answer/service.ts';
import { readJson } from './body.ts';
import { badRequest } from './errors.ts';

export interface ChatRouteOptions {
  answerer: Answerer;
  maxQuestionChars: number;
  maxBodyBytes: number;
}

export function chatRouter(opts: ChatRouteOptions): Router {
  const ChatBody = z.object({
    question: z.string(),
    sessionId: z.string().max(128).optional(),
  });
  const router = new Router();
  router.post('/api/chat', async (ctx) => {
    const body = ChatBody.safeParse(await readJson(ctx, opts.maxBodyBytes));
    if (!body.success) {
      const field = body.error.issues[0]?.path.join('.') || 'body';
      if (field === 'question') throw badRequest('invalid_question', '请提供文字问题（question 字段，字符串）', 'question is required and must be a string');
      throw badRequest('invalid_body', `请求参数有误：${field}`, `invalid request field: ${field}`);
    }
    const question = body.data.question.trim();
    if (!question) throw badRequest('empty_question', '问题不能为空', 'question must not be empty');
    if ([...question].length > opts.maxQuestionChars) {
      throw badRequest('question_too_long', `问题不能超过 ${opts.maxQuestionChars} 个字`, `question must be at most ${opts.maxQuestionChars} characters`);
    }
    const res = await opts.answerer.ask(question, body.data.sessionId ? { sessionId: body.data.sessionId } : {});
    ctx.body = { answer: res.answer, grounded: res.grounded, citations: res.citations, mode: res.mode };
  });
  return router;
}
