// A list numbered afresh under each heading (for employers 一–七, for graduates 一–十一): item N is
// of the series the question names, or of the only series that has an N.
import { beforeAll, describe, expect, it } from 'vitest';
import { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

describe('ordinals in a list numbered per heading', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    const n = '一二三四五六七八九十';
    const forUnits = ['社保补贴', '扩岗补助', '见习补贴', '培训补贴'].map((t, i) => `${n[i]}、${t}\n对符合条件的单位给予${t}，每人${(i + 1) * 500}元。`);
    const forGrads = ['灵活就业补贴', '求职补贴', '技能提升补贴', '创业补贴', '租金补贴', '担保贷款'].map((t, i) => `${n[i]}、${t}\n对符合条件的毕业生给予${t}，每人${(i + 1) * 1000}元。`);
    ({ answerer } = await answererOver({
      '河湾市就业扶持政策清单.txt': `河湾市就业扶持政策清单\n\n面向单位的扶持政策\n${forUnits.join('\n')}\n\n面向毕业生的扶持政策\n${forGrads.join('\n')}\n`,
    }));
  });

  it('takes item N of the series the question names', async () => {
    expect(plainText(await answerer.ask('政策清单里“面向毕业生的扶持政策”第三项是什么？'))).toContain('技能提升补贴');
    expect(plainText(await answerer.ask('政策清单里面向单位的扶持政策第三项是什么？'))).toContain('见习补贴');
  });

  it('takes the only series that has an item N', async () => {
    expect(plainText(await answerer.ask('扶持政策清单第六项是什么？'))).toContain('担保贷款');
  });
});
