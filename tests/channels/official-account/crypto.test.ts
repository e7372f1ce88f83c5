import { describe, expect, it } from 'vitest';
import { decodeAesKey, signatureMatches, WxCryptoError, WxMsgCrypt, wxSignature } from '../../../src/channels/official-account/crypto.ts';
import { buildWxXml } from '../../../src/channels/presenters/official-account.ts';
import { parseWxXml, XmlError } from '../../../src/channels/official-account/xml.ts';
import { AES_KEY, APPID, seal, sha1Sorted, TOKEN, unseal } from './wechat-sim.ts';

describe('WXBizMsgCrypt scheme', () => {
  it('matches the published WeCom sample (URL verification)', () => {
    // The sample from WeCom's callback documentation and its reference SDKs.
    const c = new WxMsgCrypt('QDG6eK', 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C', 'wx5823bf96d3bd56c7');
    const echostr = 'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==';
    expect(c.verify('5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3', '1409659589', '263014780', echostr)).toBe(true);
    expect(c.decrypt(echostr)).toEqual({ message: '1616140317555161061', receiveId: 'wx5823bf96d3bd56c7' });
  });

  it('signs like the sorted-sha1 of the test helper', () => {
    expect(wxSignature(TOKEN, '1700000000', '42')).toBe(sha1Sorted('42', TOKEN, '1700000000'));
    expect(signatureMatches(sha1Sorted(TOKEN, 'a', 'b').toUpperCase(), wxSignature(TOKEN, 'a', 'b'))).toBe(true);
    expect(signatureMatches(undefined, wxSignature(TOKEN, 'a', 'b'))).toBe(false);
    expect(signatureMatches('0'.repeat(40), wxSignature(TOKEN, 'a', 'b'))).toBe(false);
  });

  it('round-trips with the independent helper in both directions, multi-byte text included', () => {
    const c = new WxMsgCrypt(TOKEN, AES_KEY, APPID);
    for (const msg of ['', 'x', '高新技术企业的数量目标是多少？', 'a'.repeat(31), 'b'.repeat(32), '规'.repeat(700)]) {
      const sealed = c.encrypt(msg);
      expect(Buffer.from(sealed, 'base64').length % 32).toBe(0);
      expect(unseal(sealed)).toEqual({ message: msg, id: APPID });
      expect(c.decrypt(seal(msg, APPID))).toEqual({ message: msg, receiveId: APPID });
    }
  });

  it('refuses a message sealed for another appid, a wrong key, and garbage', () => {
    const c = new WxMsgCrypt(TOKEN, AES_KEY, APPID);
    expect(() => c.decrypt(seal('hi', 'wxOTHER'))).toThrow(/another appid/);
    const other = new WxMsgCrypt(TOKEN, 'ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut', APPID);
    expect(() => other.decrypt(seal('hi', APPID))).toThrow(WxCryptoError);
    expect(() => c.decrypt('not base64 at all!')).toThrow(WxCryptoError);
    expect(() => c.decrypt(Buffer.alloc(48, 1).toString('base64'))).toThrow(WxCryptoError);
  });

  it('rejects an EncodingAESKey that is not 43 characters', () => {
    expect(() => decodeAesKey('short')).toThrow(/43/);
    expect(decodeAesKey(AES_KEY).length).toBe(32);
  });
});

describe('WeChat XML', () => {
  it('keeps values as strings (a MsgId does not fit a JS number)', () => {
    const f = parseWxXml('<xml><MsgId>7234567890123456789</MsgId><Content><![CDATA[ 你好 & <b> ]]></Content><Info><A>1</A></Info></xml>');
    expect(f.MsgId).toBe('7234567890123456789');
    expect(f.Content).toBe(' 你好 & <b> ');
    expect(f.Info).toBeUndefined();
  });

  it('rejects malformed XML, other roots and DTDs', () => {
    for (const bad of ['', 'hello', '<xml><a>1</xml>', '<xml>', '<root><a>1</a></root>', '<xml><a>1</a></xml><xml/>',
      '<!DOCTYPE x [<!ENTITY e "boom">]><xml><a>&e;</a></xml>']) {
      expect(() => parseWxXml(bad), bad).toThrow(XmlError);
    }
  });

  it('builds replies with CDATA that survive a `]]>` in the text', () => {
    const xml = buildWxXml({ ToUserName: 'u', CreateTime: 1, Content: 'a]]>b <c>' });
    expect(xml).toMatch(/^<xml><ToUserName><!\[CDATA\[u\]\]><\/ToUserName><CreateTime>1<\/CreateTime>/);
    expect(parseWxXml(xml)).toMatchObject({ ToUserName: 'u', CreateTime: '1', Content: 'a]]>b <c>' });
  });
});
