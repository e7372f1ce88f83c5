// A question that names its document outright is asked within it: the asker's everyday words (租给, 存货)
// for the text's (提供…仓储条件) weigh less there than among every loaded text. The same question without
// the name, and a named document asked what it does not say or of a word no loaded text uses, are still refused.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const rules = [
  '河湾市无照经营查处办法',
  '',
  '第一条 为了维护社会主义市场经济秩序，制定本办法。',
  '第二条 任何单位或者个人不得违反法律、法规的规定，从事无证无照经营。',
  '第三条 县级以上人民政府市场监督管理部门负责无照经营的查处工作。',
  '第四条 明知属于无照经营而为经营者提供经营场所，或者提供运输、保管、仓储等条件的，由市场监督管理部门责令停止违法行为，没收违法所得，可以处5000元以下的罚款。',
  '第五条 本办法自2025年1月1日起施行。',
  '',
].join('\n');
const other = ['河湾市仓储物流发展规划', '', '一、建设现代仓库体系。引导企业租给中小商户仓库存货，发展共享仓储。', '二、培育物流主体。支持快递企业扩大网点，对违规经营的依法处罚。', ''].join('\n');

describe('a question within a document it names', () => {
  it('is answered from its article on a lighter share of the everyday wording', async () => {
    const { answerer } = await answererOver({ '河湾市无照经营查处办法.txt': rules, '河湾市仓储物流发展规划.txt': other });
    const a = await answerer.ask('河湾市无照经营查处办法里，明知他无照经营，还把仓库租给他存货，会怎么处罚？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('5000元以下');
  });

  it('is still refused where the named document does not speak of what is asked', async () => {
    const { answerer } = await answererOver({ '河湾市无照经营查处办法.txt': rules, '河湾市仓储物流发展规划.txt': other });
    const a = await answerer.ask('河湾市无照经营查处办法里，开网店要交多少保证金？押金多久退？');
    expect(a.grounded).toBe(false);
    // A name no loaded text uses (an app's) is a thing the named text cannot be speaking of.
    const b = await answerer.ask('河湾市无照经营查处办法里，能不能在河湾通上网上举报无照经营？入口在哪？');
    expect(b.grounded).toBe(false);
  });
});
