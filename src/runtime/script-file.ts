// Script files read as pwsh reads them: a StreamReader over UTF-8 that lets a byte-order mark choose UTF-32 (LE/BE),
// UTF-8 or UTF-16 (LE/BE); without a mark the bytes are UTF-8, invalid sequences becoming U+FFFD.

import * as fs from 'fs';

export type MarkedEncoding = 'utf-32le' | 'utf-32be' | 'utf-8' | 'utf-16le' | 'utf-16be';

// UTF-32LE before UTF-16LE: its mark starts with UTF-16LE's.
const BYTE_ORDER_MARKS: [number[], MarkedEncoding][] = [
  [[0xff, 0xfe, 0, 0], 'utf-32le'],
  [[0, 0, 0xfe, 0xff], 'utf-32be'],
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The encoding a byte-order mark at the start of bytes announces, with the mark's length. */
export function byteOrderMark(bytes: Uint8Array): { encoding: MarkedEncoding; length: number } | undefined {
  for (const [mark, encoding] of BYTE_ORDER_MARKS) {
    if (mark.length <= bytes.length && mark.every((b, i) => bytes[i] === b)) return { encoding, length: mark.length };
  }
  return undefined;
}

/** UTF-32 code points as text; a code point out of range, a surrogate or a short last unit becomes U+FFFD. */
export function decodeUtf32(bytes: Buffer, bigEndian: boolean): string {
  let text = '';
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const p = bigEndian ? bytes.readUInt32BE(i) : bytes.readUInt32LE(i);
    text += p > 0x10ffff || (p >= 0xd800 && p <= 0xdfff) ? '\ufffd' : String.fromCodePoint(p);
  }
  return bytes.length % 4 ? text + '\ufffd' : text;
}

/** Bytes as text in the encoding their byte-order mark announces, else UTF-8. */
export function decodeScriptText(bytes: Buffer): string {
  const mark = byteOrderMark(bytes);
  const body = bytes.subarray(mark?.length ?? 0);
  const encoding = mark?.encoding ?? 'utf-8';
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(body, encoding === 'utf-32be');
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
}

/** A script, module or data file's text (.ps1, .psm1, .psd1). */
export function readScriptFile(path: string): string {
  return decodeScriptText(fs.readFileSync(path));
}
