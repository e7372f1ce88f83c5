// Every file the knowledge walk skips is named in the load report (issue 17): a dangling link, a
// folder named like a document, a FIFO — none may vanish silently, and none may hang the load.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';

describe('skipped knowledge files', () => {
  it('names a dangling link, a folder named x.txt and a FIFO as warnings, and still loads the rest', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-skipped-'));
    writeFileSync(path.join(dir, 'plan.txt'), '一、总体目标\n高新技术企业数量达到230家以上。\n');
    symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
    mkdirSync(path.join(dir, 'x.txt'));
    writeFileSync(path.join(dir, 'x.txt', 'inside.md'), '# 里面的文件\n正文内容。\n');
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const { documents, warnings } = await loadKnowledge(dir);
    expect(documents.map((d) => d.id).sort()).toEqual(['plan.txt', 'x.txt/inside.md']);
    const byFile = Object.fromEntries(warnings.map((w) => [w.file, w.reason]));
    expect(byFile['dangling.txt']).toMatch(/broken link/);
    expect(byFile['x.txt']).toMatch(/folder named like a document/);
    expect(byFile['pipe.txt']).toMatch(/not a regular file/);
  });
});
