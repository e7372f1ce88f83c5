// Readers for every file type, on real files made at test time: a .docx written as WordprocessingML,
// PDFs with and without a text layer, a government web page, a GBK page; and the loader dispatching
// to them, with a scanned PDF reported as a warning rather than loaded as an empty document.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { normalizeDocument } from '../../../src/text/normalize.ts';
import { unifyRadicals } from '../../../src/knowledge/readers/cjk-radicals.ts';
import { DOCUMENT_EXTENSIONS, readerFor } from '../../../src/knowledge/readers/registry.ts';
import { SCANNED_WARNING } from '../../../src/knowledge/readers/pdf.ts';
import { CHROME_WORDS, docx, govPage, imageOnlyPdf, textPdf, wordDoc } from '../../support/documents.ts';
import { SEED_RAW } from '../../support/seed.ts';

const read = (file: string, bytes: Buffer) => readerFor(file)!.read(bytes, file);
const folder = (files: Record<string, Buffer | string>) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'readers-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body);
  return dir;
};

describe('reader registry', () => {
  it('has one reader per document type, chosen by extension in any case', () => {
    expect(DOCUMENT_EXTENSIONS).toEqual(expect.arrayContaining(['.txt', '.md', '.docx', '.pdf', '.html', '.htm', '.doc']));
    expect(readerFor('a/B.PDF')?.type).toBe('pdf');
    expect(readerFor('page.htm')?.type).toBe('html');
    expect(readerFor('setup.exe')).toBeUndefined();
  });
});

describe('.docx', () => {
  it('reads a real Word document: headings and paragraphs as lines, title from the heading', async () => {
    const bytes = docx(['# 营商环境优化措施', '一、企业开办全流程办理时间压缩至1个工作日以内。', '二、工程建设项目审批时间压缩至60个工作日以内。']);
    const { text, warnings } = await read('measures.docx', bytes);
    expect(warnings).toEqual([]);
    expect(text.split('\n').filter(Boolean)).toEqual(['营商环境优化措施', '一、企业开办全流程办理时间压缩至1个工作日以内。', '二、工程建设项目审批时间压缩至60个工作日以内。']);
    const { documents, warnings: loadWarnings } = await loadKnowledge(folder({ 'measures.docx': bytes }));
    expect(loadWarnings).toEqual([]);
    expect(documents[0]!.title).toBe('营商环境优化措施');
    expect(documents[0]!.text).toContain('60个工作日以内');
  });

  it('reports a file that is not a zip as unreadable', async () => {
    await expect(read('broken.docx', Buffer.from('not a zip'))).rejects.toThrow(/cannot read \.docx/);
  });
});

describe('.pdf', () => {
  it('reads a text layer, drops the repeated header, footer and page numbers, and joins wrapped lines', async () => {
    const page = (n: number, body: { x: number; y: number; text: string }[]) => [
      { x: 72, y: 760, size: 8, text: 'Panjin Industrial Plan 2023-2025' },
      ...body,
      { x: 290, y: 30, size: 8, text: `Page ${n} of 2` },
    ];
    // Article 1 wraps: its first line is the widest of the page, so it reaches the right margin.
    const bytes = textPdf([
      page(1, [
        { x: 72, y: 700, text: 'Article 1 The city supports high technology companies with funds and land and' },
        { x: 72, y: 686, text: 'a faster approval of their projects.' },
        { x: 92, y: 660, text: 'Article 2 Each company receives a subsidy.' },
      ]),
      page(2, [{ x: 92, y: 700, text: 'Article 3 The plan runs until 2025.' }]),
    ]);
    const { text, warnings } = await read('plan.pdf', bytes);
    expect(warnings).toEqual([]);
    expect(text).not.toMatch(/Panjin Industrial Plan|Page \d of 2/);
    expect(text.split('\n')).toEqual([
      'Article 1 The city supports high technology companies with funds and land and a faster approval of their projects.',
      'Article 2 Each company receives a subsidy.',
      'Article 3 The plan runs until 2025.',
    ]);
  });

  it('reads two columns one after the other, under a title across both', async () => {
    const left = ['Left one starts the', 'story here and', 'goes on below.', 'Left four.', 'Left five.', 'Left six.'];
    const right = ['Right one is the', 'second column and', 'ends here.', 'Right four.', 'Right five.', 'Right six.'];
    const bytes = textPdf([
      [
        { x: 150, y: 740, size: 14, text: 'A TITLE THAT RUNS ACROSS BOTH COLUMNS OF THE PAGE' },
        ...left.map((t, i) => ({ x: 72, y: 700 - i * 14, text: t })),
        ...right.map((t, i) => ({ x: 330, y: 700 - i * 14, text: t })),
      ],
    ]);
    const { text } = await read('columns.pdf', bytes);
    const lines = text.split('\n');
    expect(lines[0]).toBe('A TITLE THAT RUNS ACROSS BOTH COLUMNS OF THE PAGE');
    // Every left line before every right line.
    const at = (s: string) => lines.findIndex((l) => l.includes(s));
    expect(at('Left six.')).toBeGreaterThan(0);
    expect(at('Left six.')).toBeLessThan(at('Right one'));
    expect(at('Right one')).toBeLessThan(at('Right six.'));
  });

  it('takes a PDF without a text layer for a scan: a warning that says so, never an empty document', async () => {
    const scan = imageOnlyPdf(2);
    const { text, warnings } = await read('scan.pdf', scan);
    expect(text).toBe('');
    expect(warnings).toEqual([expect.stringContaining(SCANNED_WARNING)]);
    const { documents, warnings: loadWarnings } = await loadKnowledge(folder({ 'scan.pdf': scan, 'a.txt': '企业开办一个工作日办结。' }));
    expect(documents.map((d) => d.id)).toEqual(['a.txt']);
    expect(loadWarnings).toEqual([{ file: 'scan.pdf', reason: expect.stringMatching(/^scanned PDF.*扫描件.*2 page/) }]);
  });

  it('names the pages that have no text layer in a PDF that has text elsewhere', async () => {
    const { text: read9, warnings } = await read(
      'mixed.pdf',
      textPdf([
        [{ x: 72, y: 700, text: 'Article 8 The city grants a subsidy to every new high technology company.' }, { x: 72, y: 680, text: 'Article 9 Land is offered at the base price.' }],
        [],
        [{ x: 72, y: 700, text: 'Appendix: the list of eligible industries and their codes.' }],
      ]),
    );
    expect(read9).toContain('Article 9');
    expect(read9).toContain('Appendix');
    expect(warnings).toEqual(['pages without a text layer (扫描页，未读出文字): 2 of 3']);
  });

  it('reports a file that is not a PDF as unreadable', async () => {
    const { warnings } = await loadKnowledge(folder({ 'broken.pdf': '%PDF-1.4 nothing else' }));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.file).toBe('broken.pdf');
  });

  it('maps radicals that CJK fonts put in the text layer back to the ideographs (⼯業 → 工業, ⻑ → 長)', () => {
    expect(unifyRadicals('⼯業增⻑，⽬標⼆⼗項，⻝品')).toBe('工業增長，目標二十項，食品');
  });
});

describe('.html', () => {
  it('reads a government page: the article only, without navigation, breadcrumb, page tools, footer or scripts', async () => {
    const { text, warnings } = await read('plan.html', Buffer.from(govPage()));
    expect(warnings).toEqual([]);
    for (const word of [...CHROME_WORDS, '_hmt', 'getElementById']) expect(text).not.toContain(word);
    // Every paragraph of the plan is a line of its own, in order.
    const plan = SEED_RAW.split('\n').filter((l) => l.trim());
    const lines = text.split('\n');
    expect(lines).toEqual(expect.arrayContaining(plan.map((l) => l.trim())));
    expect(lines.indexOf(plan[5]!.trim())).toBeLessThan(lines.indexOf(plan[20]!.trim()));
  });

  it('loads the page as a document with the plan normalised like the text file', async () => {
    const { documents, warnings } = await loadKnowledge(folder({ 'plan.html': govPage() }));
    expect(warnings).toEqual([]);
    const fromText = normalizeDocument(SEED_RAW).text;
    const doc = documents[0]!;
    // The same normalised paragraphs; the page adds only its title line.
    for (const line of fromText.split('\n').slice(0, 30)) expect(doc.text).toContain(line);
  });

  it('reads a short notice (too short for Readability) without the template chrome', async () => {
    const page = `<html><head><title>停水通知_盘锦市人民政府</title></head><body>
      <div class="top-nav"><a href="/">网站首页</a> <a href="/zwgk">政务公开</a></div>
      <div class="position">当前位置：首页 &gt; 通知公告</div>
      <div class="con"><p>因管网检修，兴隆台区部分区域3月5日停水。</p></div>
      <div id="share">分享到：微信 微博</div>
      <div class="footer">主办单位：盘锦市人民政府办公室 打印本页 关闭窗口</div></body></html>`;
    const { text } = await read('notice.html', Buffer.from(page));
    expect(text).toContain('因管网检修，兴隆台区部分区域3月5日停水。');
    for (const word of ['网站首页', '当前位置', '分享到', '主办单位', '打印本页']) expect(text).not.toContain(word);
  });

  it('decodes a page declared as GBK', async () => {
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>通知</title></head><body><p>企业开办全流程办理时间压缩至1个工作日以内。</p></body></html>';
    // 企业 in GBK (C6F3 D2B5) between ASCII markup.
    const bytes = Buffer.concat([Buffer.from(html.slice(0, html.indexOf('<p>') + 3), 'latin1'), Buffer.from([0xc6, 0xf3, 0xd2, 0xb5]), Buffer.from('</p></body></html>', 'latin1')]);
    const { text } = await read('notice.htm', bytes);
    expect(text).toContain('企业');
  });
});

describe('.doc and unsupported files', () => {
  it('reads a Word 97 document (an OLE compound file with its piece table): paragraphs as lines', async () => {
    const bytes = wordDoc(['关于优化营商环境的通知', '一、企业开办全流程办理时间压缩至1个工作日以内。', '二、工程建设项目审批时间压缩至60个工作日以内。']);
    const { text, warnings } = await read('notice.doc', bytes);
    expect(warnings).toEqual([]);
    expect(text.split('\n').filter(Boolean)).toEqual(['关于优化营商环境的通知', '一、企业开办全流程办理时间压缩至1个工作日以内。', '二、工程建设项目审批时间压缩至60个工作日以内。']);
    const { documents } = await loadKnowledge(folder({ 'notice.doc': bytes }));
    expect(documents[0]).toMatchObject({ id: 'notice.doc', title: '关于优化营商环境的通知' });
  });

  it('reports a .doc that is not a Word 97 file as unreadable, and names the readable types for others', async () => {
    const { documents, warnings } = await loadKnowledge(folder({ 'old.doc': 'plain text renamed', 'setup.exe': Buffer.from([0x4d, 0x5a, 0, 0]), 'ok.md': '# 标题\n\n正文内容。' }));
    expect(documents.map((d) => d.id)).toEqual(['ok.md']);
    const byFile = Object.fromEntries(warnings.map((w) => [w.file, w.reason]));
    expect(byFile['old.doc']).toMatch(/cannot read \.doc/);
    expect(byFile['setup.exe']).toMatch(/unsupported file type \.exe.*\.pdf.*\.html/);
  });
});
