// `npm run models:fetch` against a fake Hugging Face endpoint on 127.0.0.1 (as HF_ENDPOINT would
// name a mirror): the files land in MODELS_DIR/<id>/, redirects are followed, the result loads
// offline, a second run downloads nothing, and a missing model fails clearly without leftovers.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLocalEmbedder, MODEL_FILES } from '../../../src/retrieval/dense/embed-local.ts';
import { fetchModel } from '../../../scripts/models-fetch.ts';
import { ROOT } from '../../support/seed.ts';
import { writeTinyModel } from '../../support/tiny-model.ts';

const ID = 'Xenova/tiny-zh';

describe('models:fetch', () => {
  let source: string;
  let server: http.Server;
  let endpoint: string;
  const requested: string[] = [];

  beforeAll(async () => {
    source = mkdtempSync(path.join(os.tmpdir(), 'hub-'));
    writeTinyModel(source, { id: ID, dims: 16 });
    server = http.createServer((req, res) => {
      const url = req.url ?? '';
      requested.push(url);
      // The hub answers large files with a redirect to its CDN.
      if (url.startsWith('/cdn/')) {
        res.end(readFileSync(path.join(source, ID, decodeURIComponent(url.slice('/cdn/'.length)))));
        return;
      }
      const m = /^\/(.+?)\/resolve\/main\/(.+)$/.exec(url);
      const file = m && m[1] === ID ? path.join(source, ID, m[2]!) : null;
      if (!file || !existsSync(file)) {
        res.writeHead(404).end('Entry not found');
        return;
      }
      if (file.endsWith('.onnx')) {
        res.writeHead(302, { location: `/cdn/${encodeURIComponent(m![2]!)}` }).end();
        return;
      }
      res.end(readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('downloads the model files into MODELS_DIR/<id>/ and the model then loads offline', async () => {
    const modelsDir = mkdtempSync(path.join(os.tmpdir(), 'models-'));
    const lines: string[] = [];
    const { dir, files } = await fetchModel({ id: ID, modelsDir, endpoint, log: (l) => lines.push(l) });
    expect(dir).toBe(path.join(modelsDir, ID));
    expect(files.map((f) => f.file)).toEqual([...MODEL_FILES]);
    for (const f of MODEL_FILES) expect(readFileSync(path.join(dir, f))).toEqual(readFileSync(path.join(source, ID, f)));
    expect(requested).toContain(`/${ID}/resolve/main/onnx/model_quantized.onnx`);
    const embedder = await loadLocalEmbedder(ID, modelsDir);
    expect(embedder.dims).toBe(16);

    requested.length = 0;
    const again = await fetchModel({ id: ID, modelsDir, endpoint, log: () => {} });
    expect(again.files.every((f) => f.skipped)).toBe(true);
    expect(requested).toEqual([]);
  });

  it('an unknown model fails with the URL and leaves no model file behind', async () => {
    const modelsDir = mkdtempSync(path.join(os.tmpdir(), 'models-'));
    await expect(fetchModel({ id: 'nobody/nothing', modelsDir, endpoint, log: () => {} })).rejects.toThrow(`${endpoint}/nobody/nothing/resolve/main/config.json: HTTP 404`);
    expect(existsSync(path.join(modelsDir, 'nobody/nothing/config.json'))).toBe(false);
  });

  it('runs as `npm run models:fetch -- <id>` with HF_ENDPOINT and MODELS_DIR', async () => {
    const modelsDir = mkdtempSync(path.join(os.tmpdir(), 'models-'));
    const { stdout } = await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/models-fetch.ts', ID], {
      cwd: ROOT,
      env: { ...process.env, HF_ENDPOINT: endpoint, MODELS_DIR: modelsDir },
    });
    expect(stdout).toContain(`${ID}: loads offline, 16-d`);
    expect(existsSync(path.join(modelsDir, ID, 'onnx/model_quantized.onnx'))).toBe(true);
  });
});
