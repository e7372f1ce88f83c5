// A reload, as admins trigger it (HTTP, WeChat command, file watcher): documents, facts, vectors
// and prompts rebuilt beside the serving ones, validated, swapped; audited and measured.
import type { Logger } from 'pino';
import type { PromptStore } from '../answer/llm/prompts.ts';
import type { LoadWarning } from '../knowledge/load.ts';
import type { LiveIndex } from '../retrieval/live.ts';
import { ReloadRejected } from '../retrieval/live.ts';
import type { AuditRecord, Store } from '../store/open.ts';
import type { Metrics } from './metrics.ts';

export interface ReloadReply {
  version: number;
  documents: number;
  chunks: number;
  tookMs: number;
  warnings: LoadWarning[];
}

export type ReloadOutcome = { ok: true; reply: ReloadReply } | { ok: false; rejected: ReloadRejected } | { ok: false; error: string };

export class Reloader {
  constructor(
    private readonly deps: { live: LiveIndex; prompts: PromptStore; store: Store; metrics?: Metrics; log: Logger; onReload?: (who: string) => void },
  ) {}

  async reload(who: string): Promise<ReloadOutcome> {
    const { live, prompts, store, metrics, log } = this.deps;
    const started = performance.now();
    const at = new Date().toISOString();
    // On disk before the reply. The reload itself has happened either way: a full disk is logged
    // by the store, not reported as a failed reload.
    const audit = (record: AuditRecord) => store.audit.add(record).catch(() => undefined);
    try {
      // Prompts follow the index: a rejected index build leaves both as they were.
      const result = await live.reload();
      const missingPrompts = await prompts.reload();
      const warnings = [...result.warnings, ...missingPrompts.map((f) => ({ file: `prompts/${f}`, reason: 'missing: using the built-in wording' }))];
      const s = result.index.stats();
      const reply: ReloadReply = { version: result.index.version, documents: s.documents, chunks: s.chunks, tookMs: result.tookMs, warnings };
      metrics?.reloads.inc({ result: 'ok' });
      metrics?.reloadSeconds.observe((performance.now() - started) / 1000);
      await audit({ at, action: 'reload', who, result: 'ok', detail: { version: reply.version, documents: reply.documents, chunks: reply.chunks, warnings: warnings.length } });
      log.info({ who, ...reply, warnings: warnings.length }, 'knowledge base reloaded');
      for (const w of warnings) log.warn(w, 'knowledge warning');
      this.deps.onReload?.(who);
      return { ok: true, reply };
    } catch (err) {
      if (err instanceof ReloadRejected) {
        metrics?.reloads.inc({ result: 'rejected' });
        await audit({ at, action: 'reload', who, result: 'rejected', detail: { reason: err.reason, ...err.detail } });
        log.warn({ who, reason: err.reason, ...err.detail }, 'reload rejected: the old index keeps serving');
        return { ok: false, rejected: err };
      }
      metrics?.reloads.inc({ result: 'failed' });
      const error = (err as Error).message;
      await audit({ at, action: 'reload', who, result: 'failed', detail: { error } });
      log.error({ who, err: error }, 'reload failed: the old index keeps serving');
      return { ok: false, error };
    }
  }
}
