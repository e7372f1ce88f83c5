// The flat `<xml><Tag>…</Tag></xml>` documents WeChat pushes and expects back. Values stay strings
// (a MsgId is a 64-bit number that a JS number would round), and replies wrap text in CDATA.
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';

export type WxFields = Record<string, string>;

export class XmlError extends Error {}

const parser = new XMLParser({
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  trimValues: true,
});

const builder = new XMLBuilder({ cdataPropName: '__cdata', format: false, suppressEmptyNode: false });

/**
 * Parses WeChat's XML into its top-level string fields. Nested elements (event details such as
 * ScanCodeInfo) are dropped: nothing here reads them.
 */
export function parseWxXml(text: string): WxFields {
  // WeChat never sends a DTD; refusing one closes the door on entity-expansion tricks.
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new XmlError('DTDs are not accepted');
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

/** Builds `<xml>…</xml>`; strings go in CDATA, numbers as they are. */
export function buildWxXml(fields: Record<string, string | number>): string {
  const xml: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) xml[k] = typeof v === 'number' ? v : { __cdata: v };
  return builder.build({ xml }) as string;
}
