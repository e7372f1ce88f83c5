// A phone number asked of an item stands on a line of that item (`联系方式：85911342`) that shares no word with
// the question: it is given with the item, not reported as missing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

describe('a contact line of the item asked about', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({
      '某市支持创新政策清单.txt':
        '某市支持创新政策清单\n一、提供普惠算力服务。支持企业购买算力服务，给予企业最高100万元补贴。\n政策咨询：市工业和信息化局工业互联网处\n联系方式：85913081\n' +
        '二、引导社会资本投入。通过“科保贷”等系列金融产品，给予科技型企业最高30万元的贴息贴保等奖补。\n政策咨询：市科技局资源配置与管理处\n联系方式：85911342\n',
    }));
  });

  it('gives the item’s own number when its phone is asked', async () => {
    const a = await answerer.ask('科保贷那条政策的咨询电话是多少？');
    expect(a.grounded).toBe(true);
    const text = plainText(a);
    expect(text).toContain('85911342');
    expect(text).not.toContain('85913081');
  });
});
