// `谁来牵头细化分解？`: who leads is asked, and a passage that names the body doing it answers — the text need not say
// 牵头 (`市工业和信息化局将…进一步细化分解目标`). A passage naming a body about something else does not.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const TITLE = '某市工业稳增长行动方案解读';
const TEXT = [
  TITLE,
  '一、总体目标',
  '到2025年末，规模以上工业增加值年均增长6%以上，高新技术企业数量达到230家以上。',
  '二、重点任务',
  '围绕产业链供应链，设置了抓好项目建设、抓好企业培育、抓好数字化改造3项任务。',
  '三、保障措施',
  '下一步，市工业和信息化局将认真落实市委、市政府部署，进一步细化分解目标，谋划政策措施，清单化抓好落实。',
  '',
].join('\n');

describe('who leads, asked', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ [`${TITLE}.txt`]: TEXT }));
  });

  it('is answered by the passage that names the body doing it, though the text never says 牵头', async () => {
    const a = await answerer.ask('方案印发后谁来牵头细化分解？我想知道具体是哪个局');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('市工业和信息化局');
  });

  it('is still refused where no passage speaks of the thing to be led', async () => {
    const a = await answerer.ask('海上风电项目审批谁来牵头？');
    expect(a.grounded).toBe(false);
  });
});
