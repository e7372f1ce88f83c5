// A document's genre is what the text is: an interpretation of a notice is a 解读, and its numbered
// questions are answered as questions.
import { describe, expect, it } from 'vitest';
import { genreOf } from '../../../src/knowledge/facts/document.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

describe('genre', () => {
  it('reads the words after the quoted title first', () => {
    expect(genreOf('《关于深化知识产权领域改革的通知》政策解读')).toBe('解读');
    expect(genreOf('国务院关于印发国家职业教育改革实施方案的通知')).toBe('实施方案');
    expect(genreOf('有关负责同志就《青岚市银发经济实施方案》答记者问')).toBe('答记者问');
  });

  it('answers “第N个问题” of an interpretation whose title quotes a notice', async () => {
    const qs = ['制定的背景是什么', '主要内容有哪些', '如何压缩审查周期', '如何提高申请质量', '如何提升公共服务', '如何加强保护', '如何加强服务业监管'];
    const body = qs.map((q, i) => `${'一二三四五六七'[i]}、《通知》${q}？这是第${i + 1}个回答的正文，说明相关举措。`).join('');
    const { answerer } = await answererOver({
      '《关于深化知识产权领域改革的通知》政策解读.txt': `《关于深化知识产权领域改革的通知》政策解读\n${body}\n`,
    });
    const a = await answerer.ask('解读里的第七个问题是关于哪方面的？');
    expect(plainText(a)).toContain('服务业监管');
  });

  it('lists 一是/二是 items to the end of their first sentence, not their first clause', async () => {
    const { answerer } = await answererOver({
      '《关于优化营商环境的通知》解读.txt': '《关于优化营商环境的通知》解读\n一、《通知》的主要思路有哪些？\n' +
        '一是在国务院确定的目标任务的基础上，进一步自我加压，推动改革提速。二是着力满足多层次、多元化需求，提升改革的针对性。三是突出高质量发展导向，推动从追求数量向提升质量转变。\n' +
        '二、《通知》的主要内容有哪些？\n主要内容包括压缩审查周期、提高申请质量等六个方面。\n',
    });
    const a = plainText(await answerer.ask('这个《通知》的主要思路是哪几条'));
    expect(a).toContain('自我加压');
    expect(a).toContain('多元化需求');
  });

  it('takes item N of a list a sentence enumerates, when the question states its total', async () => {
    const qs = ['制定的背景是什么', '主要内容有哪些', '如何压缩审查周期', '如何提高申请质量'];
    const body = qs.map((q, i) => `${'一二三四'[i]}、《通知》${q}？第${i + 1}个回答。`).join('');
    const { answerer } = await answererOver({
      '《关于优化专利服务的通知》解读.txt': `《关于优化专利服务的通知》解读\n${body}《通知》的主要内容包括压缩专利审查、商标注册周期，提高申请质量，加强服务业监管，以及促进转化运用等四个方面，共12条具体举措。\n`,
    });
    const a = plainText(await answerer.ask('《关于优化专利服务的通知》主要内容四个方面里，第三个方面是什么'));
    expect(a).toContain('第三个是：加强服务业监管');
  });
});

