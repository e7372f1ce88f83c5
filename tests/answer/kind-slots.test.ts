// What a `哪个X` or `多少X` question asks for, when X is no thing the text must name: a word for the kind of answer
// (`往哪个方向推`, `守在哪个量级`, `哪个行当`), which the text gives an instance of in its own words; a measure word
// (`多少项才够`), whose count the typed checks hold the text to; an interrogative the cutter joined
// to a place word (`哪次市党代会`). A slot the text cannot fill at all is still not stated (`哪个网上平台`).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { shippedAnswerer } from '../support/kb.ts';

let answerer: Answerer;
beforeAll(async () => {
  ({ answerer } = await shippedAnswerer());
});

async function answered(q: string, ...words: string[]) {
  const a = await answerer.ask(q);
  expect(a.grounded, plainText(a)).toBe(true);
  for (const w of words) expect(plainText(a)).toContain(w);
}

describe('a slot that names the kind of answer', () => {
  it('is filled by the instance the text states', async () => {
    await answered('质量、标准、认证这一套，方案要把各个产业往哪个方向推？', '高端');
    await answered('油气采掘这一行，方案要守在哪个量级？', '千万吨');
    await answered('方案把盘锦的哪个行当当成第一支柱？', '石化及精细化工');
  });

  it('a measure word after 多少 asks a count, and an interrogative is no place', async () => {
    await answered('核心技术攻关三年一共要搞多少项才算完成？', '60项');
    await answered('提高开发区精细化水平，要对照哪次市党代会的提法？', '第八次党代会');
  });

  it('a thing the text never names is still not stated', async () => {
    const a = await answerer.ask('方案里哪个网上平台可以申报？');
    expect(a.grounded).toBe(false);
  });
});
