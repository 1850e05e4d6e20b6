// The text encodings of the FileSystem provider's -Encoding parameter, as pwsh 7 resolves them: pwsh's own names
// (utf8 = UTF-8 without BOM, utf8BOM, unicode, ...), then .NET code-page numbers and names (65001 and 'utf-8' with BOM,
// 1252, 'iso-8859-2' ...). Reading honours a byte-order mark over the requested encoding, as .NET's StreamReader does.

import { FileSystemMsg } from './messages';
import { UPPER_HALVES } from './code-page-tables';
import { fmt } from '../core/messages';
import { isNumeric, PSObject, typeNameOf } from '../../runtime/values';
import { toDouble } from '../../runtime/convert';
import { ArgumentTransformationFailure } from '../../runtime/command-types';
import { byteOrderMark, decodeUtf32, type MarkedEncoding } from '../../runtime/script-file';

export interface TextEncoding {
  readonly codePage: number;
  /** What pwsh warns when the encoding is chosen (UTF-7 is obsolete). */
  readonly warning?: string;
  /** The byte-order mark written at the start of a file ('' bytes for none). */
  readonly preamble: Buffer;
  encode(text: string): Buffer;
  decode(bytes: Buffer): string;
  /** A decoder for bytes that come in pieces: a character split between two pieces is decoded once both are in. */
  decoder(): StreamDecoder;
}

/** Decodes the next piece of a stream; `final` flushes what an unfinished character left (as U+FFFD). */
export type StreamDecoder = (bytes: Buffer, final: boolean) => string;

/** A stream decoder for an encoding whose every byte stands alone. */
const stateless = (decode: (bytes: Buffer) => string) => (): StreamDecoder => (bytes) => decode(bytes);

/** A stream decoder over the WHATWG decoder of that name (it keeps a split sequence for the next piece). */
function whatwgDecoder(label: string): () => StreamDecoder {
  return () => {
    const decoder = new TextDecoder(label, { ignoreBOM: true });
    return (bytes, final) => decoder.decode(bytes, { stream: !final });
  };
}

/** An -Encoding value .NET cannot resolve; the message is the inner text of pwsh's transformation error. */
export class EncodingArgumentError extends Error {}

const REPLACEMENT = 0x3f; // '?', .NET's EncoderReplacementFallback

const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });

function utf8(withBom: boolean): TextEncoding {
  return {
    codePage: 65001,
    preamble: Buffer.from(withBom ? [0xef, 0xbb, 0xbf] : []),
    encode: (text) => Buffer.from(text, 'utf8'),
    decode: (bytes) => utf8Decoder.decode(bytes),
    decoder: whatwgDecoder('utf-8'),
  };
}

/** Lone surrogates replaced by U+FFFD, as .NET's replacement fallback does (String.prototype.toWellFormed, ES2024). */
function wellFormed(text: string): string {
  return (text as string & { toWellFormed(): string }).toWellFormed();
}

function swapPairs(buf: Buffer): Buffer {
  return Buffer.from(buf).swap16();
}

function utf16(bigEndian: boolean): TextEncoding {
  const label = bigEndian ? 'utf-16be' : 'utf-16le';
  const decoder = new TextDecoder(label, { ignoreBOM: true });
  return {
    codePage: bigEndian ? 1201 : 1200,
    preamble: Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]),
    encode: (text) => {
      const le = Buffer.from(wellFormed(text), 'utf16le');
      return bigEndian ? swapPairs(le) : le;
    },
    decode: (bytes) => decoder.decode(bytes),
    decoder: whatwgDecoder(label),
  };
}

function utf32(bigEndian: boolean): TextEncoding {
  const decode = (bytes: Buffer): string => decodeUtf32(bytes, bigEndian);
  return {
    codePage: bigEndian ? 12001 : 12000,
    preamble: Buffer.from(bigEndian ? [0, 0, 0xfe, 0xff] : [0xff, 0xfe, 0, 0]),
    encode: (text) => {
      const points = [...wellFormed(text)].map((c) => c.codePointAt(0)!);
      const out = Buffer.alloc(points.length * 4);
      points.forEach((p, i) => (bigEndian ? out.writeUInt32BE(p, i * 4) : out.writeUInt32LE(p, i * 4)));
      return out;
    },
    decode,
    decoder: () => {
      let left = Buffer.alloc(0);
      return (bytes, final) => {
        const all = left.length ? Buffer.concat([left, bytes]) : bytes;
        const whole = final ? all.length : all.length - (all.length % 4);
        left = Buffer.from(all.subarray(whole));
        return decode(all.subarray(0, whole));
      };
    },
  };
}

// UTF-7 as .NET's UTF7Encoding (optional direct characters off): these stay as they are, '+' is "+-", and every other
// run is '+', the modified base64 of its UTF-16 code units, and '-'.
const UTF7_DIRECT = /[A-Za-z0-9'(),\-./:? \t\r\n]/;
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function utf7Run(units: string): string {
  let bits = 0;
  let count = 0;
  let out = '';
  for (let i = 0; i < units.length; i++) {
    bits = (bits << 16) | units.charCodeAt(i);
    count += 16;
    while (count >= 6) {
      count -= 6;
      out += BASE64[(bits >> count) & 63];
    }
    bits &= (1 << count) - 1;
  }
  return count > 0 ? out + BASE64[(bits << (6 - count)) & 63] : out;
}

function utf7Decode(bytes: Buffer): string {
  const text = bytes.toString('latin1');
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '+') {
      out += text[i++];
      continue;
    }
    if (text[i + 1] === '-') {
      out += '+';
      i += 2;
      continue;
    }
    let bits = 0;
    let count = 0;
    for (i++; i < text.length && BASE64.includes(text[i]); i++) {
      bits = ((bits << 6) | BASE64.indexOf(text[i])) & 0x3fffff;
      count += 6;
      if (count >= 16) {
        count -= 16;
        out += String.fromCharCode((bits >> count) & 0xffff);
      }
    }
    if (text[i] === '-') i++;
  }
  return out;
}

function utf7(): TextEncoding {
  return {
    codePage: 65000,
    warning: FileSystemMsg.Utf7Obsolete,
    preamble: Buffer.alloc(0),
    encode: (text) => {
      let out = '';
      for (let i = 0; i < text.length;) {
        if (text[i] === '+') {
          out += '+-';
          i++;
        } else if (UTF7_DIRECT.test(text[i])) {
          out += text[i++];
        } else {
          let end = i;
          while (end < text.length && !UTF7_DIRECT.test(text[end])) end++;
          out += `+${utf7Run(text.slice(i, end))}-`;
          i = end;
        }
      }
      return Buffer.from(out, 'latin1');
    },
    decode: utf7Decode,
    decoder: () => {
      // A base64 run can span pieces: UTF-7 is decoded once the stream ends (it is obsolete and rare).
      const pieces: Buffer[] = [];
      return (bytes, final) => {
        pieces.push(bytes);
        return final ? utf7Decode(Buffer.concat(pieces)) : '';
      };
    },
  };
}

/** A single-byte encoding given the character of each byte (bytes with no character decode as '?' for ASCII). */
function singleByte(codePage: number, charOf: (byte: number) => string, bestFit: boolean, fastDecode?: (bytes: Buffer) => string): TextEncoding {
  const chars = Array.from({ length: 256 }, (_, b) => charOf(b));
  const byteOf = new Map<string, number>();
  chars.forEach((c, b) => {
    if (c !== '\ufffd' && !byteOf.has(c)) byteOf.set(c, b);
  });
  // Code-page encodings map a character they lack to a close one (é → e in windows-1251); ASCII and Latin-1 do not.
  const fallback = (c: string) => (bestFit ? byteOf.get(c.normalize('NFD')[0]) : undefined) ?? REPLACEMENT;
  const decode = fastDecode ?? ((bytes: Buffer) => Array.from(bytes, (b) => chars[b]).join(''));
  return {
    codePage,
    preamble: Buffer.alloc(0),
    encode: (text) => Buffer.from(Array.from({ length: text.length }, (_, i) => byteOf.get(text[i]) ?? fallback(text[i]))),
    decode,
    decoder: stateless(decode),
  };
}

const ascii = () => singleByte(20127, (b) => (b < 0x80 ? String.fromCharCode(b) : '?'), false, (bytes) => bytes.toString('latin1').replace(/[\x80-\xff]/g, '?'));
const latin1 = () => singleByte(28591, (b) => String.fromCharCode(b), false, (bytes) => bytes.toString('latin1'));

/** A code page from its recorded upper half (code-page-tables.ts). */
function codePageTable(codePage: number): TextEncoding {
  const upper = UPPER_HALVES[codePage];
  return singleByte(codePage, (b) => (b < 0x80 ? String.fromCharCode(b) : String.fromCharCode(parseInt(upper.substr((b - 0x80) * 4, 4), 16))), true);
}

// .NET's code pages psnode has tables for, with the names Encoding.GetEncoding accepts for them.
const UNICODE_AND_LATIN: Record<number, { make: () => TextEncoding; names: string[] }> = {
  1200: { make: () => utf16(false), names: ['utf-16', 'utf-16le', 'ucs-2', 'unicode'] },
  1201: { make: () => utf16(true), names: ['utf-16be', 'unicodefffe'] },
  12000: { make: () => utf32(false), names: ['utf-32', 'utf-32le'] },
  12001: { make: () => utf32(true), names: ['utf-32be'] },
  65001: { make: () => utf8(true), names: ['utf-8', 'unicode-1-1-utf-8'] },
  20127: { make: ascii, names: ['us-ascii', 'us', 'ascii', 'cp367', 'iso646-us', 'ansi_x3.4-1968', 'ansi_x3.4-1986', 'csascii', 'ibm367', 'iso-ir-6', 'iso_646.irv:1991'] },
  28591: { make: latin1, names: ['iso-8859-1', 'latin1', 'l1', 'cp819', 'iso8859-1', 'iso_8859-1', 'csisolatin1', 'ibm819', 'iso-ir-100'] },
};

const CODE_PAGE_NAMES: Record<number, string[]> = {
  437: ['ibm437', 'cp437'],
  850: ['ibm850', 'cp850'],
  866: ['ibm866', 'cp866'],
  874: ['windows-874'],
  1250: ['windows-1250', 'x-cp1250'],
  1251: ['windows-1251', 'x-cp1251'],
  1252: ['windows-1252', 'cp1252', 'x-ansi'],
  1253: ['windows-1253'],
  1254: ['windows-1254'],
  1255: ['windows-1255'],
  1256: ['windows-1256', 'cp1256'],
  1257: ['windows-1257'],
  1258: ['windows-1258'],
  10000: ['macintosh'],
  20866: ['koi8-r', 'koi8'],
  21866: ['koi8-u'],
  28592: ['iso-8859-2', 'latin2', 'l2'],
  28593: ['iso-8859-3', 'latin3'],
  28594: ['iso-8859-4', 'latin4'],
  28595: ['iso-8859-5', 'cyrillic'],
  28596: ['iso-8859-6', 'arabic'],
  28597: ['iso-8859-7', 'greek'],
  28598: ['iso-8859-8', 'hebrew'],
  28599: ['iso-8859-9', 'latin5'],
  28603: ['iso-8859-13'],
  28605: ['iso-8859-15', 'latin9', 'l9'],
};

const CODE_PAGES: Record<number, { make: () => TextEncoding; names: string[] }> = { ...UNICODE_AND_LATIN };
for (const [codePage, names] of Object.entries(CODE_PAGE_NAMES)) CODE_PAGES[Number(codePage)] = { make: () => codePageTable(Number(codePage)), names };

const NAMED_CODE_PAGES = new Map<string, number>();
for (const [codePage, { names }] of Object.entries(CODE_PAGES)) for (const n of names) NAMED_CODE_PAGES.set(n, Number(codePage));

/** The encoding pwsh writes when none is given (UTF-8 without BOM). */
export const DEFAULT_ENCODING: TextEncoding = utf8(false);

// pwsh's own names (EncodingConversion), looked up before .NET's; 'oem' is UTF-8 on Unix.
const PWSH_NAMES: Record<string, () => TextEncoding> = {
  ascii,
  bigendianunicode: () => utf16(true),
  bigendianutf32: () => utf32(true),
  default: () => DEFAULT_ENCODING,
  latin1,
  oem: () => DEFAULT_ENCODING,
  string: () => utf16(false),
  unicode: () => utf16(false),
  unknown: () => utf16(false),
  utf8: () => DEFAULT_ENCODING,
  utf8bom: () => utf8(true),
  utf8nobom: () => DEFAULT_ENCODING,
  utf7,
  utf32: () => utf32(false),
};

function byCodePage(codePage: number): TextEncoding {
  if (!Number.isInteger(codePage) || codePage < 0 || codePage > 65535) throw new EncodingArgumentError(FileSystemMsg.CodePageRange);
  if (codePage === 0) return DEFAULT_ENCODING;
  if (codePage === 65000) throw new EncodingArgumentError(FileSystemMsg.Utf7Disabled);
  const known = CODE_PAGES[codePage];
  if (!known) throw new EncodingArgumentError(fmt(FileSystemMsg.NoEncodingData, codePage));
  return known.make();
}

function byName(name: string): TextEncoding {
  const lower = name.toLowerCase();
  const pwsh = PWSH_NAMES[lower];
  if (pwsh) return pwsh();
  if (lower === 'utf-7') throw new EncodingArgumentError(FileSystemMsg.Utf7Disabled);
  const codePage = NAMED_CODE_PAGES.get(lower);
  if (codePage === undefined) throw new EncodingArgumentError(fmt(FileSystemMsg.UnsupportedEncodingName, name));
  return byCodePage(codePage);
}

/** What -Encoding binds to: pwsh's ArgumentToEncodingTransformation over a name, a code page or an Encoding object. */
export function encodingArgument(value: unknown): TextEncoding {
  const v = value instanceof PSObject && !value.isCustomObject ? value.baseObject : value;
  if (typeNameOf(v) === 'System.Text.Encoding') return byName(String((v as { webName: string }).webName));
  if (isNumeric(v)) return byCodePage(toDouble(v));
  return byName(String(v));
}

/** -Encoding's argument transformation: a name or code page .NET does not know fails binding at the argument. */
export function encodingTransformation(value: unknown): TextEncoding {
  try {
    return encodingArgument(value);
  } catch (e) {
    if (e instanceof EncodingArgumentError) throw new ArgumentTransformationFailure(e.message);
    throw e;
  }
}

const MARKED: Record<MarkedEncoding, () => TextEncoding> = {
  'utf-32le': () => utf32(false),
  'utf-32be': () => utf32(true),
  'utf-8': () => utf8(true),
  'utf-16le': () => utf16(false),
  'utf-16be': () => utf16(true),
};

/** The encoding a byte-order mark at the start of bytes announces, with the mark's length. */
export function encodingFromBom(bytes: Buffer): { encoding: TextEncoding; bomLength: number } | undefined {
  const mark = byteOrderMark(bytes);
  return mark && { encoding: MARKED[mark.encoding](), bomLength: mark.length };
}

/** A file's text: its byte-order mark decides the encoding, else the requested one. */
export function decodeText(bytes: Buffer, requested: TextEncoding): string {
  const announced = encodingFromBom(bytes);
  return announced ? announced.encoding.decode(bytes.subarray(announced.bomLength)) : requested.decode(bytes);
}
