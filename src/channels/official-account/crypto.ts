// WeChat's callback message crypto (the WXBizMsgCrypt scheme shared by the Official Account and
// WeCom): a SHA-1 signature over the sorted token, timestamp, nonce (and ciphertext), and
// AES-256-CBC keyed by the 43-character EncodingAESKey. Written on node:crypto so no vendor SDK
// sits between a forged message and our answerer.
import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** WeChat pads to 32-byte blocks (not AES's 16), so padding is done by hand. */
const BLOCK = 32;

export class WxCryptoError extends Error {}

/** sha1 of the parts sorted as strings and joined: WeChat's `signature` and `msg_signature`. */
export function wxSignature(...parts: string[]): string {
  return createHash('sha1').update([...parts].sort().join('')).digest('hex');
}

/** Constant-time comparison of a received signature with the expected one. */
export function signatureMatches(received: string | undefined, expected: string): boolean {
  if (!received) return false;
  const a = Buffer.from(received.toLowerCase());
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function decodeAesKey(encodingAESKey: string): Buffer {
  const key = Buffer.from(`${encodingAESKey}=`, 'base64');
  if (encodingAESKey.length !== 43 || key.length !== 32) {
    throw new WxCryptoError('EncodingAESKey must be 43 characters of base64 (32 bytes)');
  }
  return key;
}

export interface Decrypted {
  message: string;
  /** The appid (Official Account) or corpid (WeCom) the message was sealed for. */
  receiveId: string;
}

export class WxMsgCrypt {
  private readonly key: Buffer;
  private readonly iv: Buffer;

  constructor(
    private readonly token: string,
    encodingAESKey: string,
    /** appid for an Official Account, corpid for WeCom. */
    private readonly receiveId: string,
  ) {
    this.key = decodeAesKey(encodingAESKey);
    this.iv = this.key.subarray(0, 16);
  }

  /** `msg_signature` for a ciphertext (or WeCom's encrypted `echostr`). */
  sign(timestamp: string, nonce: string, encrypted: string): string {
    return wxSignature(this.token, timestamp, nonce, encrypted);
  }

  verify(signature: string | undefined, timestamp: string, nonce: string, encrypted: string): boolean {
    return signatureMatches(signature, this.sign(timestamp, nonce, encrypted));
  }

  /** plaintext = 16 random bytes ‖ uint32be(length) ‖ message ‖ receiveId, PKCS#7 to 32, AES-256-CBC, base64. */
  encrypt(message: string, random: Buffer = randomBytes(16)): string {
    const msg = Buffer.from(message, 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32BE(msg.length);
    const plain = Buffer.concat([random, len, msg, Buffer.from(this.receiveId, 'utf8')]);
    const pad = BLOCK - (plain.length % BLOCK);
    const cipher = createCipheriv('aes-256-cbc', this.key, this.iv).setAutoPadding(false);
    return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])), cipher.final()]).toString('base64');
  }

  /** Decrypts and checks that the message was sealed for our appid/corpid. */
  decrypt(encrypted: string): Decrypted {
    const data = Buffer.from(encrypted, 'base64');
    if (data.length === 0 || data.length % 16 !== 0) throw new WxCryptoError('ciphertext is not a whole number of AES blocks');
    let plain: Buffer;
    try {
      const decipher = createDecipheriv('aes-256-cbc', this.key, this.iv).setAutoPadding(false);
      plain = Buffer.concat([decipher.update(data), decipher.final()]);
    } catch (err) {
      throw new WxCryptoError(`decryption failed: ${(err as Error).message}`);
    }
    const pad = plain[plain.length - 1]!;
    if (pad < 1 || pad > BLOCK || pad > plain.length) throw new WxCryptoError('bad padding');
    const body = plain.subarray(0, plain.length - pad);
    if (body.length < 20) throw new WxCryptoError('plaintext too short');
    const len = body.readUInt32BE(16);
    if (20 + len > body.length) throw new WxCryptoError('message length exceeds plaintext');
    const message = body.subarray(20, 20 + len).toString('utf8');
    const receiveId = body.subarray(20 + len).toString('utf8');
    if (receiveId !== this.receiveId) throw new WxCryptoError('message was sealed for another appid/corpid');
    return { message, receiveId };
  }
}
