// A file's content as pwsh's FileSystemContentReaderWriter gives and takes it: text in the requested encoding, read
// as lines or -Delimiter chunks (or whole with -Raw), or bytes with -AsByteStream; written as one line per object
// (run together with -NoNewline) or as bytes. Pure transformations: the provider does the file I/O and its errors.

import { TypedNumber, PSObject, typeNameOf } from '../../runtime/values';
import { toDisplayString } from '../../runtime/values/tostring';
import type { TextEncoding } from './text-encoding';

/** The FileSystem dynamic parameters that shape content, as bound (Encoding already transformed). */
export interface ContentParameters {
  Encoding?: TextEncoding;
  AsByteStream?: boolean;
  Delimiter?: string;
  NoNewline?: boolean;
}

/** Lines as .NET's StreamReader.ReadLine gives them: split on \n, \r\n or \r; no empty line after a final newline. */
function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\n|\r/);
  if (/(\r\n|\n|\r)$/.test(text)) lines.pop();
  return lines;
}

/** Cuts text that arrives in pieces into items: push gives the items a piece completes, finish the rest at the end. */
export interface ItemSplitter {
  push(text: string): string[];
  finish(text: string): string[];
}

/** Lines, as splitLines cuts them; a '\r' that ends a piece waits, as it may be half of "\r\n". */
export class LineSplitter implements ItemSplitter {
  private pending = '';

  push(text: string): string[] {
    const all = this.pending + text;
    const end = all.endsWith('\r') ? all.length - 1 : all.length;
    const last = Math.max(all.lastIndexOf('\n', end - 1), all.lastIndexOf('\r', end - 1));
    this.pending = all.slice(last + 1);
    return last < 0 ? [] : splitLines(all.slice(0, last + 1));
  }

  finish(text: string): string[] {
    const all = this.pending + text;
    this.pending = '';
    return splitLines(all);
  }
}

/** Chunks between delimiters (the delimiters dropped); a delimiter at the very end starts no empty chunk. pwsh reads
 * nothing with an empty delimiter. */
export class DelimiterSplitter implements ItemSplitter {
  private pending = '';

  constructor(private readonly delimiter: string) {}

  push(text: string): string[] {
    if (this.delimiter === '') return [];
    const chunks = (this.pending + text).split(this.delimiter);
    this.pending = chunks.pop()!;
    return chunks;
  }

  finish(text: string): string[] {
    const all = this.pending + text;
    this.pending = '';
    if (all === '' || this.delimiter === '') return [];
    const chunks = all.split(this.delimiter);
    if (all.endsWith(this.delimiter)) chunks.pop();
    return chunks;
  }
}

/** The 256 System.Byte values, made once: a file read as bytes shares them instead of boxing every byte. */
export const BYTES: readonly TypedNumber[] = Array.from({ length: 256 }, (_, b) => new TypedNumber('System.Byte', b));

/** "\n", the default delimiter, reads lines as StreamReader does (\r\n and \r end them too). */
export function ownDelimiter(params: ContentParameters): string | undefined {
  return params.Delimiter !== undefined && params.Delimiter !== '\n' ? params.Delimiter : undefined;
}

function byteValue(value: unknown): number | undefined {
  const v = value instanceof PSObject && !value.isCustomObject ? value.baseObject : value;
  return typeNameOf(v) === 'System.Byte' ? Number((v as TypedNumber).value) : undefined;
}

/** The bytes Set-/Add-Content write for values with -AsByteStream: bytes up to the first value that is not one. */
export function byteContent(values: unknown[]): { bytes: Buffer; allBytes: boolean } {
  const bytes: number[] = [];
  for (const value of values) {
    const b = byteValue(value);
    if (b === undefined) return { bytes: Buffer.from(bytes), allBytes: false };
    bytes.push(b);
  }
  return { bytes: Buffer.from(bytes), allBytes: true };
}

/** The text Set-/Add-Content write for values: one line each ("\n" on Unix), or run together with -NoNewline. */
export function textContent(values: unknown[], params: ContentParameters): string {
  const texts = values.map((v) => (v === null || v === undefined ? '' : toDisplayString(v)));
  return params.NoNewline ? texts.join('') : texts.map((t) => t + '\n').join('');
}
