// The shape of every store file, checked on load. A file written by a bug, an older version or a
// hand edit that does not fit is moved aside rather than trusted: one wrong `null` must not turn
// into lasting 500s. Records keep fields they do not know (a newer version may add some).
import { z } from 'zod';

/** A channel's name (`http`, `wechat`, `oa`…): any lower-case name, so a new channel's records load. */
const CHANNEL = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/);
const TIME = z.string().min(1);

export const FeedbackSchema = z.looseObject({
  at: TIME,
  sessionId: z.string(),
  question: z.string(),
  answer: z.string().optional(),
  answerFrom: z.enum(['server', 'client']).optional(),
  rating: z.enum(['up', 'down']),
  comment: z.string().optional(),
  channel: CHANNEL,
  user: z.string().optional(),
});

export const UnansweredSchema = z.looseObject({
  at: TIME,
  question: z.string(),
  count: z.number().int().positive().optional(),
  firstAt: z.string().optional(),
  reason: z.enum(['refused', 'low_confidence']),
  channel: CHANNEL,
  sessionId: z.string().optional(),
});

export const AuditSchema = z.looseObject({
  at: TIME,
  action: z.string(),
  who: z.string(),
  result: z.enum(['ok', 'failed', 'rejected']),
  detail: z.record(z.string(), z.unknown()).optional(),
});

export const HistorySchema = z.looseObject({
  at: TIME,
  owner: z.string(),
  question: z.string(),
  answer: z.string(),
  grounded: z.boolean(),
  mode: z.string(),
  channel: CHANNEL,
});

export const SessionSchema = z.looseObject({
  lastQuestion: z.string().optional(),
  factsContext: z.unknown().optional(),
  turns: z.array(z.object({ q: z.string(), a: z.string() })).optional(),
  updatedAt: z.number(),
});

export const SessionsFileSchema = z.object({ sessions: z.record(z.string(), SessionSchema) });

/** A lowdb list file of an earlier version (and the unanswered list today): `{items: [...]}`. */
export const itemsFile = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** daily.json: day → channel → counters (daily-counts.ts). */
const DayCountsSchema = z.object({ questions: z.number(), grounded: z.number(), refused: z.number() });
export const DailyFileSchema = z.object({ days: z.record(z.string(), z.record(z.string(), DayCountsSchema)) });
