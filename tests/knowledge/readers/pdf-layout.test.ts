// The layout step of the PDF reader on positioned pieces, without a PDF: page numbers in the forms
// Chinese documents print them, running headers in the same shape on most pages, paragraphs that
// wrap, items that must not be joined, and a Chinese line broken before a gloss that did not fit.
import { describe, expect, it } from 'vitest';
import { layoutText, type PageText, type TextPiece } from '../../../src/knowledge/readers/pdf-layout.ts';

const W = 600;
const piece = (str: string, x: number, y: number, width: number, size = 10): TextPiece => ({ str, x, y, width, size });
/** A line of Chinese text at 10 pt: one em per character. */
const cjk = (str: string, x: number, y: number) => piece(str, x, y, [...str].length * 10);
const page = (pieces: TextPiece[]): PageText => ({ width: W, height: 800, pieces });

describe('PDF layout', () => {
  it.each(['3', '- 3 -', '— 3 —', '3/12', '第3页', '第 3 页 共 12 页', 'Page 3 of 12'])('drops the page number %s, even on a single page', (number) => {
    const { text, furnitureRemoved } = layoutText([page([cjk('一、总体要求', 60, 700), cjk('坚持稳中求进工作总基调。', 80, 680), piece(number, 290, 40, 30)])]);
    expect(text.split('\n')).toEqual(['一、总体要求', '坚持稳中求进工作总基调。']);
    expect(furnitureRemoved).toBe(1);
  });

  it('keeps body lines of the same shape on sparse pages (第1条…, 第2条…): only the margins hold furniture', () => {
    const pages = [1, 2, 3].map((n) => page([cjk(`第${n}条内容在这一页。`, 80, 600), cjk(`第${n}条的第二行。`, 80, 580)]));
    expect(layoutText(pages).text.split('\n')).toHaveLength(6);
  });

  it('drops a running header and footer repeated on most pages, numbers aside, and keeps the body', () => {
    const pages = [1, 2, 3].map((n) =>
      page([cjk('盘锦市人民政府文件', 240, 770), cjk(`第${n}条内容在这一页。`, 80, 600), piece(`盘政发〔2023〕${n}号 - ${n} -`, 200, 30, 150)]),
    );
    const { text } = layoutText(pages);
    expect(text.split('\n')).toEqual(['第1条内容在这一页。', '第2条内容在这一页。', '第3条内容在这一页。']);
  });

  it('joins a line that reaches the margin with the next, across a page break too', () => {
    const text = layoutText([
      page([cjk('总体目标', 60, 700), cjk('通过三年努力，盘锦工业在产业布局、结构调整、数字化升级等方面均取得新进展，', 60, 680), cjk('产业链供应链韧性明显提升。', 60, 665), cjk('二是在“质的有效提升”方面：企业创新意识明显增强，创新能力显著提升，科技', 80, 640)]),
      page([cjk('型企业群体规模进一步壮大。', 60, 740), cjk('三是在“为全省作出突出贡献”方面。', 80, 720)]),
    ]).text;
    expect(text.split('\n')).toEqual([
      '总体目标',
      '通过三年努力，盘锦工业在产业布局、结构调整、数字化升级等方面均取得新进展，产业链供应链韧性明显提升。',
      '二是在“质的有效提升”方面：企业创新意识明显增强，创新能力显著提升，科技型企业群体规模进一步壮大。',
      '三是在“为全省作出突出贡献”方面。',
    ]);
  });

  it('does not join the next item of a list even when a line reaches the margin', () => {
    const text = layoutText([
      page([
        cjk('（一）抓好石化及精细化工产业有序发展，以物料平衡为基准推动石化产品本地加工', 60, 700),
        cjk('（二）抓好石化及精细化工产业配套，提高配套能力。', 60, 685),
        cjk('第三条 本办法自发布之日起施行，有效期三年，由市工业和信息化局负责解释。', 60, 670),
        cjk('第四条 附则。', 60, 655),
      ]),
    ]).text;
    expect(text.split('\n')).toHaveLength(4);
  });
});
