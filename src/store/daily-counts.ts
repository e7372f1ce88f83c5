// Questions counted per day and channel: grounded or refused. The history log only keeps questions
// with an owner (a session or a user) and is capped; a dashboard's "questions per day" must count
// every question and cover months, so it gets its own small file of counters (one row per day).
import type { JsonFile } from './json-file.ts';

export interface DayCounts {
  questions: number;
  grounded: number;
  refused: number;
}

/** Day (YYYY-MM-DD) → channel → counts. */
type Days = Record<string, Record<string, DayCounts>>;

/** Days kept: a little over a year, so a year's chart is complete and the file stays small. */
const KEEP_DAYS = 400;

/**
 * The calendar day of an instant in China Standard Time (UTC+8, no daylight saving): the service
 * answers a Chinese city's residents, and its admins read "today" as Beijing time does.
 */
export function dayOf(at: Date | string): string {
  const t = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(t + 8 * 3600_000).toISOString().slice(0, 10);
}

/** What the dashboard and the observer need of the counters, whichever back end keeps them. */
export interface Daily {
  add(at: string, channel: string, grounded: boolean): void;
  day(day: string): Record<string, DayCounts>;
  flush(): Promise<void>;
}

export class DailyCounts implements Daily {
  constructor(private readonly file: JsonFile<{ days: Days }>) {}

  /** Counts one answered question. */
  add(at: string, channel: string, grounded: boolean): void {
    const day = dayOf(at);
    this.file.mutate((d) => {
      const row = (d.days[day] ??= {});
      const c = (row[channel] ??= { questions: 0, grounded: 0, refused: 0 });
      c.questions++;
      if (grounded) c.grounded++;
      else c.refused++;
      // A new day is the moment old ones may go.
      if (Object.keys(row).length === 1 && c.questions === 1) this.trim(d.days);
    });
  }

  /** The counts of one day by channel (empty when nothing was asked). */
  day(day: string): Record<string, DayCounts> {
    return this.file.data.days[day] ?? {};
  }

  private trim(days: Days): void {
    const keys = Object.keys(days).sort();
    for (const k of keys.slice(0, Math.max(0, keys.length - KEEP_DAYS))) delete days[k];
  }

  flush(): Promise<void> {
    return this.file.flush();
  }
}
