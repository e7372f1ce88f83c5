// The shipped plan, read from knowledge/ as it is published (dirty), for tests on real text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const KNOWLEDGE = path.join(ROOT, 'knowledge');
export const SEED_FILE = readdirSync(KNOWLEDGE).find((f) => f.endsWith('.txt'))!;
export const SEED_RAW = readFileSync(path.join(KNOWLEDGE, SEED_FILE), 'utf8');
export const DEV_SET = path.resolve(ROOT, '../shared/eval/dev.jsonl');
