// The dashboard's counters (questions per day and channel) over every instance. Counting is on the
// answer path, so it never waits for the database: increments gather in memory and are added to
// the rows every couple of seconds in one statement; the rows are read back as often, so each
// instance's dashboard shows all of them. While the database is down increments keep gathering.
import { dayOf, type Daily, type DayCounts } from '../daily-counts.ts';
import type { Database } from './db.ts';

const FLUSH_MS = 2000;
/** Days read back: the dashboard shows at most a year. */
const READ_DAYS = 400;

type Days = Record<string, Record<string, DayCounts>>;

export class PgDaily implements Daily {
  /** What the database holds (as last read). */
  private stored: Days = {};
  /** Counted here since the last write. */
  private unsent: Days = {};
  private writing: Promise<void> | null = null;
  private readonly timer: NodeJS.Timeout;

  private constructor(private readonly db: Database) {
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  static async open(db: Database): Promise<PgDaily> {
    const daily = new PgDaily(db);
    await daily.read();
    return daily;
  }

  add(at: string, channel: string, grounded: boolean): void {
    const c = ((this.unsent[dayOf(at)] ??= {})[channel] ??= { questions: 0, grounded: 0, refused: 0 });
    c.questions++;
    if (grounded) c.grounded++;
    else c.refused++;
  }

  day(day: string): Record<string, DayCounts> {
    const out: Record<string, DayCounts> = {};
    for (const source of [this.stored[day] ?? {}, this.unsent[day] ?? {}]) {
      for (const [channel, c] of Object.entries(source)) {
        const o = (out[channel] ??= { questions: 0, grounded: 0, refused: 0 });
        o.questions += c.questions;
        o.grounded += c.grounded;
        o.refused += c.refused;
      }
    }
    return out;
  }

  private async read(): Promise<void> {
    const from = dayOf(new Date(Date.now() - READ_DAYS * 86400_000));
    const rows = await this.db.run((sql) => sql<{ day: string; channel: string; questions: number; grounded: number; refused: number }[]>`
      select day, channel, questions, grounded, refused from daily_counts where day >= ${from}`);
    const days: Days = {};
    for (const r of rows) (days[r.day] ??= {})[r.channel] = { questions: r.questions, grounded: r.grounded, refused: r.refused };
    this.stored = days;
  }

  /** Adds what was counted here to the rows, then reads them back; the increments stay here if that fails. */
  flush(): Promise<void> {
    if (this.writing) return this.writing;
    this.writing = (async () => {
      if (!this.db.up) return;
      const batch = this.unsent;
      const rows = Object.entries(batch).flatMap(([day, byChannel]) => Object.entries(byChannel).map(([channel, c]) => ({ day, channel, ...c })));
      this.unsent = {};
      try {
        if (rows.length) {
          await this.db.run((sql) => sql`insert into daily_counts ${sql(rows)} on conflict (day, channel) do update set
            questions = daily_counts.questions + excluded.questions,
            grounded = daily_counts.grounded + excluded.grounded,
            refused = daily_counts.refused + excluded.refused`);
        }
      } catch {
        // Not written: counted again with the next batch.
        for (const r of rows) {
          const c = ((this.unsent[r.day] ??= {})[r.channel] ??= { questions: 0, grounded: 0, refused: 0 });
          c.questions += r.questions;
          c.grounded += r.grounded;
          c.refused += r.refused;
        }
        return;
      }
      await this.read().catch(() => undefined);
    })().finally(() => (this.writing = null));
    return this.writing;
  }

  close(): void {
    clearInterval(this.timer);
  }
}
