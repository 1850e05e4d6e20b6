// How ConvertFrom-SecureString / ConvertTo-SecureString encode a SecureString on Unix, where there is no DPAPI:
// without a key, the hex of its UTF-16LE bytes; with a key, pwsh's "76492d11..." AES-CBC envelope
// (header + base64 of the UTF-16LE text "2|<base64 IV>|<hex ciphertext>").

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const ENVELOPE_HEADER = '76492d1116743f0423413b16050a5345';

export function toHexBlob(plain: string): string {
  return Buffer.from(plain, 'utf16le').toString('hex');
}

/** Undefined when the text is not an even-length hex string. */
export function fromHexBlob(blob: string): string | undefined {
  if (blob.length % 2 !== 0 || !/^[0-9a-f]*$/i.test(blob)) return undefined;
  return Buffer.from(blob, 'hex').toString('utf16le');
}

function cipherName(key: Uint8Array): string {
  if (![16, 24, 32].includes(key.length)) throw new RangeError('Specified key is not a valid size for this algorithm.');
  return `aes-${key.length * 8}-cbc`;
}

export function encryptWithKey(plain: string, key: Uint8Array): string {
  const iv = randomBytes(16);
  const cipher = createCipheriv(cipherName(key), key, iv);
  const encrypted = Buffer.concat([cipher.update(Buffer.from(plain, 'utf16le')), cipher.final()]);
  const inner = `2|${iv.toString('base64')}|${encrypted.toString('hex')}`;
  return ENVELOPE_HEADER + Buffer.from(inner, 'utf16le').toString('base64');
}

/** Undefined when the envelope is malformed or the key does not open it. */
export function decryptWithKey(envelope: string, key: Uint8Array): string | undefined {
  if (!envelope.startsWith(ENVELOPE_HEADER)) return undefined;
  const inner = Buffer.from(envelope.slice(ENVELOPE_HEADER.length), 'base64').toString('utf16le');
  const [version, ivText, hex] = inner.split('|');
  if (version !== '2' || ivText === undefined || hex === undefined) return undefined;
  try {
    const decipher = createDecipheriv(cipherName(key), key, Buffer.from(ivText, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(hex, 'hex')), decipher.final()]).toString('utf16le');
  } catch {
    return undefined;
  }
}
