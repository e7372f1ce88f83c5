// WATCH_KNOWLEDGE=1: reload when files in KNOWLEDGE_DIR change, debounced so that copying a batch
// of files causes one reload, not one per file.
import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from 'pino';

export function watchKnowledge(dir: string, reload: () => Promise<unknown>, log: Logger, debounceMs = 1500): () => void {
  let timer: NodeJS.Timeout | null = null;
  let watcher: FSWatcher;
  try {
    watcher = watch(dir, { recursive: true }, (_event, file) => {
      if (file && /(^|\/)\.|~$|\.swp$/.test(String(file))) return; // editors' temporary files
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        log.info({ dir }, 'knowledge folder changed: reloading');
        void reload();
      }, debounceMs);
    });
  } catch (err) {
    log.error({ dir, err: (err as Error).message }, 'cannot watch the knowledge folder; reload by hand');
    return () => undefined;
  }
  log.info({ dir }, 'watching the knowledge folder for changes');
  return () => {
    if (timer) clearTimeout(timer);
    watcher.close();
  };
}
