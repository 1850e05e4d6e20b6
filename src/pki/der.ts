// A small DER codec over Buffers: read tag-length-value nodes and build them back. X.509, PKCS#8 and PKCS#12 are all
// DER, and a Buffer-based reader is what keeps listing a 1,000-certificate store fast (no binary-string copies).
import { PkiError } from './errors';

export const Tag = {
  Boolean: 0x01,
  Integer: 0x02,
  BitString: 0x03,
  OctetString: 0x04,
  Null: 0x05,
  Oid: 0x06,
  Utf8String: 0x0c,
  PrintableString: 0x13,
  T61String: 0x14,
  Ia5String: 0x16,
  UtcTime: 0x17,
  GeneralizedTime: 0x18,
  BmpString: 0x1e,
  Sequence: 0x30,
  Set: 0x31,
} as const;

/** One decoded node. `content` is the value bytes; `raw` the whole encoding (tag, length and value). */
export interface DerNode {
  tag: number;
  content: Buffer;
  raw: Buffer;
}

export function corrupt(): PkiError {
  return new PkiError('AsnCorrupt');
}

function readNodeAt(buf: Buffer, offset: number): DerNode {
  if (offset + 2 > buf.length) throw corrupt();
  const tag = buf[offset];
  if ((tag & 0x1f) === 0x1f) throw corrupt(); // multi-byte tags never occur in the formats we read
  let length = buf[offset + 1];
  let header = 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || offset + 2 + count > buf.length) throw corrupt();
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + buf[offset + 2 + i];
    header += count;
  }
  const end = offset + header + length;
  if (end > buf.length) throw corrupt();
  return { tag, content: buf.subarray(offset + header, end), raw: buf.subarray(offset, end) };
}

/** Decodes exactly one node that fills the whole buffer. */
export function decode(buf: Buffer): DerNode {
  const node = readNodeAt(buf, 0);
  if (node.raw.length !== buf.length) throw corrupt();
  return node;
}

/** The child nodes of a constructed node (SEQUENCE, SET, [n] constructed). */
export function children(node: DerNode): DerNode[] {
  const out: DerNode[] = [];
  let offset = 0;
  while (offset < node.content.length) {
    const child = readNodeAt(node.content, offset);
    out.push(child);
    offset += child.raw.length;
  }
  return out;
}

export function expect(node: DerNode | undefined, tag: number): DerNode {
  if (!node || node.tag !== tag) throw corrupt();
  return node;
}

export function readOid(node: DerNode): string {
  const bytes = expect(node, Tag.Oid).content;
  if (bytes.length === 0 || bytes[bytes.length - 1] & 0x80) throw corrupt();
  const parts: (number | bigint)[] = [];
  // Numbers while they are exact; BigInt for the 128-bit arcs of UUID OIDs (2.25.n).
  let value: number | bigint = 0;
  for (const byte of bytes) {
    if (typeof value === 'number' && value >= 2 ** 45) value = BigInt(value);
    value = typeof value === 'number' ? value * 128 + (byte & 0x7f) : (value << 7n) | BigInt(byte & 0x7f);
    if (!(byte & 0x80)) {
      if (parts.length === 0) {
        const first = Number(value) < 80 ? Math.floor(Number(value) / 40) : 2;
        parts.push(first, typeof value === 'number' ? value - first * 40 : value - BigInt(first * 40));
      } else {
        parts.push(value);
      }
      value = 0;
    }
  }
  return parts.join('.');
}

/** Integer content as unsigned big-endian bytes without the sign-padding zero. */
export function readUnsignedInteger(node: DerNode): Buffer {
  const bytes = expect(node, Tag.Integer).content;
  return bytes.length > 1 && bytes[0] === 0 ? bytes.subarray(1) : bytes;
}

export function readSmallInteger(node: DerNode): number {
  const bytes = expect(node, Tag.Integer).content;
  let value = 0;
  for (const byte of bytes) value = value * 256 + byte;
  return value;
}

export function readTime(node: DerNode): Date {
  const text = node.content.toString('latin1');
  let match: RegExpMatchArray | null;
  if (node.tag === Tag.UtcTime && (match = /^(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)?Z$/.exec(text))) {
    const yy = Number(match[1]);
    return new Date(Date.UTC(yy < 50 ? 2000 + yy : 1900 + yy, Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]), Number(match[6] ?? 0)));
  }
  if (node.tag === Tag.GeneralizedTime && (match = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(?:\.\d+)?Z$/.exec(text))) {
    return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]), Number(match[6])));
  }
  throw corrupt();
}

/** Decodes the directory-string types a certificate name may use. */
export function readString(node: DerNode): string {
  switch (node.tag) {
    case Tag.BmpString: {
      const swapped = Buffer.from(node.content);
      swapped.swap16();
      return swapped.toString('utf16le');
    }
    case Tag.Utf8String:
      return node.content.toString('utf8');
    default:
      return node.content.toString('latin1');
  }
}

// ---- building ----

function encodeLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export function node(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), encodeLength(body.length), body]);
}

export const sequence = (...items: Buffer[]): Buffer => node(Tag.Sequence, ...items);
export const octetString = (bytes: Buffer): Buffer => node(Tag.OctetString, bytes);
export const nullValue = (): Buffer => Buffer.from([Tag.Null, 0]);
/** Context-specific tag [n]; constructed unless told otherwise. */
export const context = (n: number, content: Buffer, constructed = true): Buffer => node((constructed ? 0xa0 : 0x80) | n, content);

/** A SET OF, its members sorted by their encodings as DER requires. */
export function setOf(...items: Buffer[]): Buffer {
  return node(Tag.Set, ...[...items].sort(Buffer.compare));
}

export function bitString(bytes: Buffer, unusedBits = 0): Buffer {
  return node(Tag.BitString, Buffer.from([unusedBits]), bytes);
}

export function boolean(value: boolean): Buffer {
  return Buffer.from([Tag.Boolean, 1, value ? 0xff : 0]);
}

/** An INTEGER from unsigned big-endian bytes (adds the sign-padding zero when needed). */
export function unsignedInteger(bytes: Buffer): Buffer {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const trimmed = bytes.subarray(start);
  return node(Tag.Integer, trimmed[0] & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}

export function smallInteger(value: number): Buffer {
  const bytes: number[] = [];
  for (let n = value; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
  return unsignedInteger(Buffer.from(bytes.length ? bytes : [0]));
}

/** Arcs are BigInts: UUID-based OIDs (2.25.n) have 128-bit arcs. */
export function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(BigInt);
  const values = [parts[0] * 40n + parts[1], ...parts.slice(2)];
  const bytes: number[] = [];
  for (const value of values) {
    const group: number[] = [Number(value & 0x7fn)];
    for (let n = value >> 7n; n > 0n; n >>= 7n) group.unshift(Number(n & 0x7fn) | 0x80);
    bytes.push(...group);
  }
  return node(Tag.Oid, Buffer.from(bytes));
}

export function utf8String(text: string): Buffer {
  return node(Tag.Utf8String, Buffer.from(text, 'utf8'));
}

export function printableString(text: string): Buffer {
  return node(Tag.PrintableString, Buffer.from(text, 'latin1'));
}

export function ia5String(text: string): Buffer {
  return node(Tag.Ia5String, Buffer.from(text, 'latin1'));
}

export function bmpString(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf16le');
  bytes.swap16();
  return node(Tag.BmpString, bytes);
}

/** RFC 5280: UTCTime through 2049, GeneralizedTime from 2050 on; whole seconds. */
export function time(date: Date): Buffer {
  const iso = date.toISOString(); // yyyy-mm-ddThh:mm:ss.sssZ
  const digits = iso.slice(0, 19).replace(/[-T:]/g, '');
  const year = date.getUTCFullYear();
  if (year >= 1950 && year < 2050) return node(Tag.UtcTime, Buffer.from(digits.slice(2) + 'Z', 'latin1'));
  return node(Tag.GeneralizedTime, Buffer.from(digits + 'Z', 'latin1'));
}
