// The serving reference to the current index. Reload builds a whole new index beside the old one
// and swaps the reference only when the build succeeded; concurrent reloads share one build.
import { buildIndex, type BuildOptions, type BuildResult } from './build.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/** Thrown when a built index fails validation: the old index keeps serving. */
export class ReloadRejected extends Error {
  constructor(
    readonly reason: string,
    readonly detail: Record<string, unknown> = {},
  ) {
    super(reason);
  }
}

export interface LiveOptions extends Omit<BuildOptions, 'version'> {
  /** Checks a freshly built index before it serves (e.g. the regression gate); a reason rejects it. */
  validate?: (candidate: BuildResult, current: BuildResult | null) => Promise<ReloadRejected | null>;
}

export class LiveIndex {
  private current: BuildResult | null = null;
  private pending: Promise<BuildResult> | null = null;
  private version = 0;

  constructor(private readonly opts: LiveOptions) {}

  get index(): KnowledgeIndex {
    if (!this.current) throw new Error('knowledge base not loaded yet');
    return this.current.index;
  }

  get loaded(): boolean {
    return this.current !== null;
  }

  get last(): BuildResult | null {
    return this.current;
  }

  reload(): Promise<BuildResult> {
    if (this.pending) return this.pending;
    const { validate, ...build } = this.opts;
    this.pending = buildIndex({ ...build, version: this.version + 1 })
      .then(async (result) => {
        const rejected = validate ? await validate(result, this.current) : null;
        if (rejected) throw rejected;
        // One reference swap: a request sees the old index or the new one, never a half-built one.
        this.version = result.index.version;
        this.current = result;
        return result;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }
}
