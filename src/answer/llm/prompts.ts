// The LLM's words live in prompts/ as files an admin can read and change; they are loaded at
// start and on reload. A missing file falls back to the shipped wording so the service starts.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface Prompts {
  system: string;
  answer: string;
  rewrite: string;
}

const FALLBACK: Prompts = {
  system: '只根据给出的编号资料回答，用 [n] 标注出处；资料没有写明就直说；不编造数字；纯文本，不超过300字；用提问者的语言和字体回答。',
  answer: '资料：\n{{passages}}\n\n问题：{{question}}',
  rewrite: '对话记录：\n{{history}}\n\n把最新问题改写成独立完整的问题，只输出问题：{{question}}',
};

export async function loadPrompts(dir: string): Promise<{ prompts: Prompts; missing: string[] }> {
  const missing: string[] = [];
  const read = async (name: keyof Prompts) => {
    try {
      const text = (await readFile(path.join(dir, `${name}.md`), 'utf8')).trim();
      if (text) return text;
    } catch {
      // fall through to the shipped wording
    }
    missing.push(`${name}.md`);
    return FALLBACK[name];
  };
  return { prompts: { system: await read('system'), answer: await read('answer'), rewrite: await read('rewrite') }, missing };
}

/** Fills `{{name}}` placeholders; unknown placeholders are left as they are. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (m, k: string) => values[k] ?? m);
}

/** The current prompts; reload() reads the folder again (an admin edits a prompt, then reloads). */
export class PromptStore {
  private current: Prompts = FALLBACK;
  missing: string[] = [];

  constructor(private readonly dir: string) {}

  get(): Prompts {
    return this.current;
  }

  async reload(): Promise<string[]> {
    const { prompts, missing } = await loadPrompts(this.dir);
    this.current = prompts;
    this.missing = missing;
    return missing;
  }
}
