// What a `哪个X` question asks for, when X is no thing the text must name: a word for the kind of answer
// (`往哪个方向推`, `守在哪个量级`, `哪个行当`), which the text gives an instance of in its own words; and an interrogative
// the cutter joined to a place word (`哪次市党代会`) is no place; a measure word after 多少 (`多少项才够`) asks a count
// the typed checks hold the text to. A slot the text cannot fill at all is still not stated (`哪个网上平台`, `多少家电`).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { shippedAnswerer } from '../support/kb.ts';
import { answererOver } from '../support/docs.ts';

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
  it('is filled by the instance the text states: a direction', async () => {
    await answered('质量、标准、认证这一套，方案要把各个产业往哪个方向推？', '高端');
  });

  it('…an order of magnitude', async () => {
    await answered('油气采掘这一行，方案要守在哪个量级？', '千万吨');
  });

  it('…a line of work', async () => {
    await answered('方案把盘锦的哪个行当当成第一支柱？', '石化及精细化工');
  });

  it('an interrogative the cutter joined to a place word is no place', async () => {
    await answered('提高开发区精细化水平，要对照哪次市党代会的提法？', '第八次党代会');
  });

  it('a measure word after 多少 asks a count; a noun that begins with one is still a thing asked', async () => {
    await answered('攻克核心技术有个三年总量指标，我们头一年弄了12项、第二年18项，第三年起码还得补多少项才够？', '60项');
    const furniture = '某市促进消费若干措施\n一、开展汽车以旧换新。对报废旧车并购买新能源汽车的个人给予每辆3000元补贴。\n二、支持家具以旧换新。对以旧换新购买绿色家具的消费者给予售价15%的补贴，每件最高2000元。\n三、支持养老服务。对养老服务企业新招用员工给予每人1000元培训补贴。';
    const { answerer: other } = await answererOver({ 'furniture.txt': furniture });
    const a = await other.ask('以旧换新最多补多少家电？');
    expect(a.grounded, plainText(a)).toBe(false);
  });

  it('a thing the text never names is still not stated', async () => {
    const a = await answerer.ask('方案里哪个网上平台可以申报？');
    expect(a.grounded).toBe(false);
  });
});
