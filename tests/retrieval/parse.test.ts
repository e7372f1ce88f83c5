// What of a question counts as something asked about (a concept): words the question says, not runs
// of the asker's grammar that search mode glued together.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeIndex } from '../../src/retrieval/knowledge-index.ts';
import { answererOver } from '../support/docs.ts';

describe('question concepts', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    ({ index } = await answererOver({
      '扩岗补助办法.txt': '扩岗补助办法\n\n第一条 招用未就业高校毕业生的，按每招用1人不超过1500元的标准给予一次性扩岗补助。贷款资金一般3个工作日内到账。\n',
    }));
  });
  const concepts = (q: string) => index.parse(q).concepts.map((c) => c.text);

  it('does not join single words the tagger reads as grammar (人/最/多)', () => {
    const c = concepts('政府给的一次性补助一个人最多多少钱？');
    expect(c).toContain('补助');
    expect(c).not.toContain('人最多');
  });

  it('still joins characters jieba left single because it did not know the word', () => {
    expect(concepts('贷款多久能到账？')).toContain('到账');
  });

  it('keeps a grade label (B类, 1级) as what is asked, without its bare number', () => {
    const c = concepts('B类护理每月上门几次？1级待遇的评估费个人承担多大比例？');
    expect(c).toEqual(expect.arrayContaining(['b类', '1级']));
    expect(c).not.toContain('1');
  });

  it('reads the unit of the amount asked as part of the asking (多少天内)', () => {
    expect(concepts('多少天内要去税务机关办理登记？')).not.toContain('天内');
    expect(concepts('多少天内要去税务机关办理登记？')).toContain('登记');
  });

  it('reads a bound on the amount asked (最长是几年, 最多能贷多少) as part of the asking', () => {
    expect(concepts('贷款期限最长是几年？')).not.toContain('最长');
    expect(concepts('个人最多能贷多少？')).not.toContain('最多');
    // Without an amount asked the word stays what it says.
    expect(concepts('哪些企业的研发投入最高？')).toContain('最高');
  });
});

