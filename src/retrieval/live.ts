// The serving reference to the current index. Reload builds a whole new index beside the old one
// and swaps the reference only when the build succeeded; concurrent reloads share one build.
import { buildIndex, type BuildOptions, type BuildResult } from './build.ts';
import type { KnowledgeIndex } from './index.ts';

export class LiveIndex {
  private current: BuildResult | null = null;
  private pending: Promise<BuildResult> | null = null;
  private version = 0;

  constructor(private readonly opts: Omit<BuildOptions, 'version'>) {}

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
    this.pending = buildIndex({ ...this.opts, version: this.version + 1 })
      .then((result) => {
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
