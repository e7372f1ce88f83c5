// The flat `<xml><Tag>…</Tag></xml>` documents WeChat pushes. Values stay strings (a MsgId is a
// 64-bit number that a JS number would round). What goes back is written by presenters/official-account.ts.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type WxFields = Record<string, string>;

export class XmlError extends Error {}

const parser = new XMLParser({
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  trimValues: true,
});

/** WeChat's messages are flat (`<xml><Field>…`, an event's details one level more) and a few KB. */
export const XML_MAX_DEPTH = 8;
export const XML_MAX_BYTES = 32 * 1024;

// CDATA and comments are skipped whole (they may hold `<`); then a closing tag, a self-closing
// tag, or an opening tag.
const TAGS = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\/|<[^<>]*\/>|<[A-Za-z_]/g;

/**
 * Refuses deep or large documents before any parser sees them: the validator and the parser
 * recurse per level, and 5,000 levels under a valid signature were a stack overflow (a 500).
 */
export function checkXmlBounds(text: string): void {
  if (Buffer.byteLength(text) > XML_MAX_BYTES) throw new XmlError(`document larger than ${XML_MAX_BYTES} bytes`);
  let depth = 0;
  for (const m of text.matchAll(TAGS)) {
    const t = m[0];
    if (t === '</') depth--;
    else if (t.startsWith('<!')) continue;
    else if (!t.endsWith('/>') && ++depth > XML_MAX_DEPTH) throw new XmlError(`elements nested deeper than ${XML_MAX_DEPTH} levels`);
  }
}

/**
 * Parses WeChat's XML into its top-level string fields. Nested elements (event details such as
 * ScanCodeInfo) are dropped: nothing here reads them.
 */
export function parseWxXml(text: string): WxFields {
  // WeChat never sends a DTD; refusing one closes the door on entity-expansion tricks.
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new XmlError('DTDs are not accepted');
  checkXmlBounds(text);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new XmlError(`${valid.err.msg} (line ${valid.err.line})`);
  const doc = parser.parse(text) as Record<string, unknown>;
  const root = doc.xml;
  if (!root || typeof root !== 'object' || Array.isArray(root) || Object.keys(doc).length !== 1) {
    throw new XmlError('expected a single <xml> root element');
  }
  const fields: WxFields = {};
  for (const [k, v] of Object.entries(root as Record<string, unknown>)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === 'string') fields[k] = first;
  }
  return fields;
}
