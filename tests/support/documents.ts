// Documents as admins receive them, made by code at test time (nothing downloaded): the shipped
// plan as a government web page and as HTML for printing, a real .docx (a zip of WordprocessingML),
// an image-only PDF (a scan), and a PDF printed by Chromium from HTML.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';
import { SEED_RAW } from './seed.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The plan's lines (as published, dirty text included) as paragraphs. */
export function planParagraphs(text = SEED_RAW): string {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<p>${escape(l.trim())}</p>`)
    .join('\n');
}

/** Words of the page's chrome: none of them may reach a citation. */
export const CHROME_WORDS = ['网站首页', '政务公开', '政策文件', '当前位置', '打印本页', '关闭窗口', '主办单位', '网站标识码', '辽ICP备'];

/** The plan as a 政府网 page saves it: navigation bar, breadcrumb, the article, tools and footer, scripts. */
export function govPage(text = SEED_RAW): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>盘锦市工业增长三年行动专项方案解读_盘锦市人民政府</title>
<script>var _hmt = _hmt || []; (function(){ var hm = document.createElement("script"); })();</script>
<style>.nav a{margin:0 1em}</style></head>
<body>
<div class="header"><div class="logo">盘锦市人民政府</div>
<ul class="nav" id="nav"><li><a href="/">网站首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zcwj/">政策文件</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bmfw/">便民服务</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zcjd/">政策解读</a></div>
<div class="main"><div class="article">
<h1 class="title">盘锦市工业增长三年行动专项方案解读</h1>
<div class="info">发布时间：2023-03-31 来源：市工业和信息化局 【字体：大 中 小】</div>
<div class="content" id="zoom">
${planParagraphs(text)}
</div>
<div class="tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div></div>
<div class="footer"><p>主办单位：盘锦市人民政府办公室 网站标识码：2111000001</p><p>辽ICP备05001234号 <a href="/sitemap">网站地图</a> <a href="/contact">联系我们</a></p></div>
<script>document.getElementById('nav').className += ' ready';</script>
</body></html>`;
}

/** The plan as a plain page for printing, with the first-line indent of Chinese documents. */
export function printablePage(text = SEED_RAW): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>方案解读</title>
<style>body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;font-size:14px;line-height:1.6;margin:2cm}p{text-indent:2em;margin:0 0 .4em}</style>
</head><body>${planParagraphs(text)}</body></html>`;
}

/** A text set in two columns (CSS columns), as many bulletins and gazettes print. */
export function twoColumnPage(text: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>两栏</title>
<style>body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;font-size:12px;line-height:1.6;margin:1.5cm;columns:2;column-gap:1.2cm}p{text-indent:2em;margin:0 0 .4em}</style>
</head><body>${planParagraphs(text)}</body></html>`;
}

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const hasChromium = () => existsSync(CHROMIUM);

const printed = new Map<string, Promise<Buffer>>();

/**
 * A real PDF with a text layer, printed by Chromium from the HTML (its default header and footer
 * included). Printed once per page and test file: a print takes seconds on a small machine.
 */
export function printPdf(html: string): Promise<Buffer> {
  let pdf = printed.get(html);
  if (!pdf) {
    pdf = print(html);
    printed.set(html, pdf);
  }
  return pdf;
}

async function print(html: string): Promise<Buffer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'print-pdf-'));
  try {
    const page = path.join(dir, 'page.html');
    const out = path.join(dir, 'page.pdf');
    writeFileSync(page, html);
    await promisify(execFile)(
      CHROMIUM,
      ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', `--user-data-dir=${path.join(dir, 'profile')}`, `--print-to-pdf=${out}`, page],
      { timeout: 60_000 },
    );
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** PDF objects → a file with a correct cross-reference table. */
function pdfFile(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let size = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(size);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n')]);
    parts.push(obj);
    size += obj.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** A scan as a PDF: each page one grey image and no text layer at all. */
export function imageOnlyPdf(pages = 2): Buffer {
  const w = 64;
  const h = 64;
  const image = deflateSync(Buffer.alloc(w * h, 0x80));
  const kids = Array.from({ length: pages }, (_, i) => `${3 + i * 2} 0 R`).join(' ');
  const objects: (string | Buffer)[] = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`];
  const imageObj = 3 + pages * 2;
  for (let i = 0; i < pages; i++) {
    const draw = `q 500 0 0 700 50 50 cm /Im0 Do Q`;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im0 ${imageObj} 0 R >> >> /Contents ${4 + i * 2} 0 R >>`);
    objects.push(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
  }
  objects.push(
    Buffer.concat([
      Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${image.length} >>\nstream\n`, 'latin1'),
      image,
      Buffer.from('\nendstream'),
    ]),
  );
  return pdfFile(objects);
}

/**
 * A PDF with a text layer in a standard font (Latin only: no font file needed), one entry per page,
 * each line placed at x, y (PDF units from the bottom left) in the given size.
 */
export function textPdf(pages: { x: number; y: number; size?: number; text: string }[][]): Buffer {
  const font = 3 + pages.length * 2;
  const kids = pages.map((_, i) => `${3 + i * 2} 0 R`).join(' ');
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`];
  pages.forEach((lines, i) => {
    const ops = lines.map((l) => `BT /F1 ${l.size ?? 10} Tf ${l.x} ${l.y} Td (${l.text.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj ET`).join('\n');
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${4 + i * 2} 0 R >>`);
    objects.push(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
  });
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  return pdfFile(objects);
}

/** A zip archive (deflated entries), enough for Office files. */
export function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content, 'utf8');
    const packed = deflateRawSync(data);
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, packed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** A real Word 2007+ document: one paragraph per line; lines starting with `# ` get the Heading1 style. */
export function docx(lines: string[]): Buffer {
  const para = (l: string) =>
    l.startsWith('# ')
      ? `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">${escape(l.slice(2))}</w:t></w:r></w:p>`
      : `<w:p><w:r><w:t xml:space="preserve">${escape(l)}</w:t></w:r></w:p>`;
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${lines.map(para).join('')}</w:body></w:document>`,
  });
}

/**
 * A Word 97–2003 document (.doc): an OLE compound file with a WordDocument stream (the FIB and the
 * text as UTF-16) and a 1Table stream holding the piece table, the least a reader needs. Both streams
 * are padded to 4 KB so they live in regular sectors (no mini stream).
 */
export function wordDoc(paragraphs: string[]): Buffer {
  const SECTOR = 512;
  const STREAM = 4096;
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  const text = paragraphs.map((p) => `${p}\r`).join('');
  const TEXT_AT = 0x400;
  // WordDocument: the FIB's fields that locate the text, then the text.
  const word = Buffer.alloc(STREAM);
  word.writeUInt16LE(0xa5ec, 0x00); // wIdent
  word.writeUInt16LE(0x00c1, 0x02); // nFib: Word 97
  word.writeUInt16LE(0x0200, 0x0a); // fWhichTblStm: the table stream is 1Table
  word.writeUInt32LE(TEXT_AT, 0x18); // fcMin
  word.writeUInt32LE(TEXT_AT + text.length * 2, 0x1c); // fcMac
  word.writeUInt32LE(text.length, 0x4c); // ccpText
  word.writeUInt32LE(0, 0x1a2); // fcClx: at the start of the table stream
  word.write(text, TEXT_AT, 'utf16le');
  // 1Table: the Clx, one piece of Unicode text at TEXT_AT.
  const table = Buffer.alloc(STREAM);
  table.writeUInt8(0x02, 0); // Pcdt
  table.writeUInt32LE(4 * 2 + 8, 1); // lcb of the PlcPcd: two CPs and one PCD
  table.writeUInt32LE(0, 5);
  table.writeUInt32LE(text.length, 9);
  table.writeUInt16LE(0, 13); // PCD flags
  table.writeUInt32LE(TEXT_AT, 15); // fc: no 0x40000000 bit = UTF-16
  table.writeUInt16LE(0, 19); // prm
  word.writeUInt32LE(1 + 4 + 16, 0x1a6); // lcbClx

  // Sectors: 0 FAT, 1 directory, 2–9 WordDocument, 10–17 1Table.
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // the FAT's own sector
  fat.writeUInt32LE(END, 4); // directory
  const chain = (first: number, count: number) => {
    for (let i = 0; i < count; i++) fat.writeUInt32LE(i === count - 1 ? END : first + i + 1, (first + i) * 4);
  };
  chain(2, STREAM / SECTOR);
  chain(2 + STREAM / SECTOR, STREAM / SECTOR);
  const dir = Buffer.alloc(SECTOR);
  const entry = (i: number, name: string, type: number, child: number, right: number, start: number, size: number) => {
    const o = i * 128;
    dir.write(name, o, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, o + 0x40);
    dir.writeUInt8(type, o + 0x42);
    dir.writeUInt8(1, o + 0x43); // black
    dir.writeInt32LE(-1, o + 0x44);
    dir.writeInt32LE(right, o + 0x48);
    dir.writeInt32LE(child, o + 0x4c);
    dir.writeUInt32LE(start, o + 0x74);
    dir.writeUInt32LE(size, o + 0x78);
  };
  entry(0, 'Root Entry', 5, 1, -1, END, 0);
  entry(1, 'WordDocument', 2, -1, 2, 2, STREAM);
  entry(2, '1Table', 2, -1, -1, 2 + STREAM / SECTOR, STREAM);
  const header = Buffer.alloc(SECTOR, 0);
  Buffer.from('D0CF11E0A1B11AE1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x003e, 0x18);
  header.writeUInt16LE(0x0003, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e); // 512-byte sectors
  header.writeUInt16LE(6, 0x20); // 64-byte mini sectors
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // directory at sector 1
  header.writeUInt32LE(4096, 0x38); // mini stream cutoff
  header.writeUInt32LE(END, 0x3c); // no mini FAT
  header.writeUInt32LE(0, 0x40);
  header.writeUInt32LE(END, 0x44); // no DIFAT sectors
  header.writeUInt32LE(0, 0x48);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);
  return Buffer.concat([header, fat, dir, word, table]);
}
