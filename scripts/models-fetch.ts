// `npm run models:fetch -- Xenova/bge-small-zh-v1.5 [more ids] [--force]`
// Downloads the files transformers.js needs into MODELS_DIR/<id>/ on a machine with a network
// (HF_ENDPOINT for a mirror, e.g. https://hf-mirror.com; HF_TOKEN for a private model), then loads
// the model offline once to prove the folder is complete. Copy the folder to an offline server.
import { mkdir, open, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLocalEmbedder, MODEL_FILES } from '../src/retrieval/dense/embed-local.ts';

export const DEFAULT_MODEL = 'Xenova/bge-small-zh-v1.5';

export interface FetchOptions {
  id: string;
  modelsDir: string;
  endpoint?: string;
  token?: string;
  revision?: string;
  /** Download again even when a file is already there. */
  force?: boolean;
  log?: (line: string) => void;
}

export interface FetchedFile {
  file: string;
  bytes: number;
  skipped: boolean;
}

async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    return 0;
  }
}

function mb(n: number): string {
  return `${(n / 1048576).toFixed(1)} MB`;
}

export async function fetchModel(opts: FetchOptions): Promise<{ dir: string; files: FetchedFile[] }> {
  const endpoint = (opts.endpoint ?? 'https://huggingface.co').replace(/\/+$/, '');
  const log = opts.log ?? ((line: string) => console.log(line));
  const dir = path.join(opts.modelsDir, opts.id);
  const files: FetchedFile[] = [];
  for (const file of MODEL_FILES) {
    const dest = path.join(dir, file);
    const have = await sizeOf(dest);
    if (have > 0 && !opts.force) {
      files.push({ file, bytes: have, skipped: true });
      log(`  ${file}: already there (${mb(have)})`);
      continue;
    }
    const url = `${endpoint}/${opts.id}/resolve/${opts.revision ?? 'main'}/${file}`;
    const res = await fetch(url, opts.token ? { headers: { authorization: `Bearer ${opts.token}` } } : {});
    if (!res.ok || !res.body) throw new Error(`${url}: HTTP ${res.status} ${res.statusText}`);
    const total = Number(res.headers.get('content-length')) || 0;
    await mkdir(path.dirname(dest), { recursive: true });
    // Into a .part file, renamed when whole: an interrupted download is never mistaken for a model.
    const part = `${dest}.part`;
    const out = await open(part, 'w');
    let bytes = 0;
    let shown = Date.now();
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        await out.write(chunk);
        bytes += chunk.byteLength;
        if (Date.now() - shown > 2000) {
          shown = Date.now();
          log(`  ${file}: ${mb(bytes)}${total ? ` / ${mb(total)} (${Math.round((bytes / total) * 100)}%)` : ''}`);
        }
      }
    } finally {
      await out.close();
    }
    if (total && bytes !== total) throw new Error(`${url}: got ${bytes} of ${total} bytes`);
    await rename(part, dest);
    files.push({ file, bytes, skipped: false });
    log(`  ${file}: ${mb(bytes)}`);
  }
  return { dir, files };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const ids = args.filter((a) => !a.startsWith('--'));
  const modelsDir = path.resolve(process.env.MODELS_DIR ?? './models');
  const endpoint = process.env.HF_ENDPOINT ?? 'https://huggingface.co';
  for (const id of ids.length ? ids : [DEFAULT_MODEL]) {
    console.log(`${id} ← ${endpoint} → ${path.join(modelsDir, id)}`);
    await fetchModel({ id, modelsDir, endpoint, force, ...(process.env.HF_TOKEN ? { token: process.env.HF_TOKEN } : {}) });
    const embedder = await loadLocalEmbedder(id, modelsDir);
    console.log(`${id}: loads offline, ${embedder.dims}-d. Start with EMBEDDING_MODEL=${id} MODELS_DIR=${modelsDir}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(`models:fetch failed: ${(err as Error).message}`);
    process.exit(1);
  });
}
