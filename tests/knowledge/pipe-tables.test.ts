// A guide saved from a web page carries its tables in markdown's pipes, merged cells left empty. Read as
// running text, each short row is a heading and everything after the table stands "under" its last row; the
// rows' own figures are lost from the passages. Each row is read as a row of cells instead, the rule under the
// header dropped, a row left with one cell kept on the row above it. The document is written here.
import { describe, expect, it } from 'vitest';
import { pipeTablesToRows } from '../../src/knowledge/pipe-tables.ts';
import { chunkDocument } from '../../src/knowledge/chunk.ts';
import { buildDocument } from '../../src/knowledge/load.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const GUIDE = [
  '某市社会保障卡办理指南',
  '一、办理对象',
  '在本市参加社会保险的人员，可申领社会保障卡。',
  '二、收费标准',
  '1.工本费',
  '社会保障卡工本费按下表收取：',
  '| 办理情形 | 收费标准 | 备注 |',
  '| --- | :---: | --- |',
  '| 首次申领 | 免费 | |',
  '| 损坏换领 | 免费 | 卡面完好可识别 |',
  '| 遗失补领 | 20元/张 | |',
  '| 非本人原因损坏 | ||',
  '2.加急费',
  '加急制卡费=基础制卡费×1.5',
  '加急服务仅在市民中心窗口办理。',
  '三、办理时限',
  '普通制卡自受理之日起15个工作日内完成。',
].join('\n');

describe('tables in markdown pipes', () => {
  it('reads each row as cells between tabs, without the rule, a row’s merged cells filled down', () => {
    const rows = pipeTablesToRows(GUIDE).split('\n');
    expect(rows).toContain('办理情形\t收费标准\t备注');
    expect(rows).toContain('首次申领\t免费');
    expect(rows).toContain('遗失补领\t20元/张');
    // (The merged cell filled down: the case states its own fee.)
    expect(rows).toContain('非本人原因损坏\t20元/张');
    expect(rows.some((l) => l.includes('---'))).toBe(false);
    // (Running text keeps its pipes-free lines as they were.)
    expect(rows).toContain('社会保障卡工本费按下表收取：');
  });

  it('keeps a row, and a formula, out of the headings: what follows stands under its own item', () => {
    const doc = buildDocument('guide.txt', GUIDE);
    const chunks = chunkDocument(doc);
    const rowChunk = chunks.find((c) => c.text.includes('20元/张'))!;
    expect(rowChunk.section).toEqual(['二、 收费标准', '1.']);
    const urgent = chunks.find((c) => c.text.includes('市民中心窗口'))!;
    expect(urgent.section).toEqual(['二、 收费标准', '2.']);
    expect(chunks.find((c) => c.text.includes('15个工作日'))!.section).toEqual(['三、 办理时限']);
    for (const c of chunks) expect(c.section.join('›')).not.toMatch(/免费|20元|基础制卡费/u);
  });

  it('keeps cells a row leaves empty in place, never fills from the header, and takes a short rule', () => {
    const table = ['| 序号 | 任务 | 牵头单位 | 配合单位 |', '|-|-|-|-|', '| 1 | 建设数据平台 | | 市财政局 |', '| 2 | 开放公共数据 | 市数据局 | |'].join('\n');
    expect(pipeTablesToRows(table).split('\n')).toEqual(['序号\t任务\t牵头单位\t配合单位', '1\t建设数据平台\t\t市财政局', '2\t开放公共数据\t市数据局']);
    expect(pipeTablesToRows(['| 项目 | 标准 |', '| --- | --- |', '| 床位补助 | |'].join('\n')).split('\n')).toEqual(['项目\t标准', '床位补助']);
  });

  it('takes a name joined by × for a heading, as plans name their parts', () => {
    const notice = [
      '某市大数据工作推进小组关于印发《某市“数据要素×”实施方案（2024—2026年）》的通知',
      '各区人民政府，市政府各委、办、局：',
      '现将《某市“数据要素×”实施方案（2024—2026年）》印发给你们，请认真贯彻落实。',
      '某市“数据要素×”实施方案（2024—2026年）',
      '一、重点行动',
      '（一）数据要素×工业制造',
      '推动工业数据共享。',
    ].join('\n');
    const chunks = chunkDocument(buildDocument('notice.txt', notice));
    expect(chunks.find((c) => c.text.includes('工业数据共享'))!.section[0]).toBe('某市“数据要素×”实施方案(2024—2026年)');
  });

  it('answers a figure of a row from that row', async () => {
    const { answerer } = await answererOver({ 'guide.txt': GUIDE });
    const a = plainText(await answerer.ask('社会保障卡遗失了，补领要交多少钱？'));
    expect(a).toContain('20元/张');
  });
});
