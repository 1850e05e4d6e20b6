// The AES key of -Key (byte[]) or -SecureKey (the UTF-16LE bytes of its text, as pwsh derives it).

import { SecureString, revealSecureString } from '../../../src/runtime/values';
import { toInt32 } from '../../../src/runtime/convert';

export function keyBytes(key: unknown[] | undefined, secureKey: SecureString | undefined): Uint8Array | undefined {
  if (secureKey) return Buffer.from(revealSecureString(secureKey), 'utf16le');
  if (key) return Uint8Array.from(key.map((b) => toInt32(b) & 0xff));
  return undefined;
}
