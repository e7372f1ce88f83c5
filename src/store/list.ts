// What the routes need of a record list (feedback, audit, history), whichever file keeps it.
export interface ListOptions<T> {
  limit?: number;
  where?: (r: T) => boolean;
}

/** Records kept oldest first, listed newest first. */
export function newestFirst<T>(items: T[], opts: ListOptions<T>): T[] {
  const out: T[] = [];
  for (let i = items.length - 1; i >= 0 && out.length < (opts.limit ?? Infinity); i--) {
    const r = items[i]!;
    if (!opts.where || opts.where(r)) out.push(r);
  }
  return out;
}

export interface Records<T> {
  /** Resolves once the record is on disk: acknowledge only after it. */
  add(record: T): Promise<T>;
  /** Newest first; only records that are on disk. */
  list(opts?: ListOptions<T>): T[];
  readonly size: number;
  /** Resolves when everything added so far is on disk; rejects when it could not be written. */
  flush(): Promise<void>;
}
