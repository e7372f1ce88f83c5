// The dashboard's numbers for the last N days: per day the questions (grounded, refused, by
// channel) and the feedback (up, down); for the period the questions the documents did not answer,
// most asked first. Days are China Standard Time days (store/daily-counts.ts).
import { dayOf, type DayCounts } from '../../../store/daily-counts.ts';
import type { Store } from '../../../store/open.ts';

export interface DayStats extends DayCounts {
  day: string;
  feedback: { up: number; down: number };
  channels: Record<string, DayCounts>;
}

export interface Stats {
  days: number;
  from: string;
  to: string;
  perDay: DayStats[];
  totals: DayCounts & { feedback: { up: number; down: number } };
  topUnanswered: { question: string; count: number; lastAt: string; channel: string }[];
}

const DAY_MS = 24 * 3600_000;

export function periodStats(store: Store, days: number, now = new Date(), top = 10): Stats {
  const keys = Array.from({ length: days }, (_, i) => dayOf(new Date(now.getTime() - (days - 1 - i) * DAY_MS)));
  const from = keys[0]!;
  const feedback = new Map<string, { up: number; down: number }>();
  // Feedback is listed newest first: stop at the first record before the period.
  for (const f of store.feedback.list()) {
    const day = dayOf(f.at);
    if (day < from) break;
    const c = feedback.get(day) ?? { up: 0, down: 0 };
    c[f.rating]++;
    feedback.set(day, c);
  }
  const perDay = keys.map((day) => {
    const channels = store.daily.day(day);
    const sum = (k: keyof DayCounts) => Object.values(channels).reduce((n, c) => n + c[k], 0);
    return { day, questions: sum('questions'), grounded: sum('grounded'), refused: sum('refused'), feedback: feedback.get(day) ?? { up: 0, down: 0 }, channels };
  });
  const total = (k: keyof DayCounts) => perDay.reduce((n, d) => n + d[k], 0);
  const topUnanswered = store.unanswered
    .list({ where: (r) => dayOf(r.at) >= from })
    .sort((a, b) => (b.count ?? 1) - (a.count ?? 1) || b.at.localeCompare(a.at))
    .slice(0, top)
    .map((r) => ({ question: r.question, count: r.count ?? 1, lastAt: r.at, channel: r.channel }));
  return {
    days,
    from,
    to: keys.at(-1)!,
    perDay,
    totals: {
      questions: total('questions'),
      grounded: total('grounded'),
      refused: total('refused'),
      feedback: { up: perDay.reduce((n, d) => n + d.feedback.up, 0), down: perDay.reduce((n, d) => n + d.feedback.down, 0) },
    },
    topUnanswered,
  };
}
