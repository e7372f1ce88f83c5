// The character set of a saved web page: older government sites still publish GBK/GB2312, and a
// page says so in its <meta charset>. Node's TextDecoder (full ICU) reads all of them.
import { UnreadableDocument } from './types.ts';

const META = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

export function decodeHtml(bytes: Buffer): string {
  // UTF-8 byte order mark, else the page's own declaration within its first KB, else UTF-8.
  const head = bytes.subarray(0, 1024).toString('latin1');
  const declared = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8' : (META.exec(head)?.[1]?.toLowerCase() ?? 'utf-8');
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(declared === 'gb2312' ? 'gbk' : declared);
  } catch {
    throw new UnreadableDocument(`unknown character set ${declared}`);
  }
  return decoder.decode(bytes);
}
