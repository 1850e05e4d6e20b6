// A file's content as pwsh's FileSystemContentReaderWriter gives and takes it: text in the requested encoding, read
// as lines or -Delimiter chunks (or whole with -Raw), or bytes with -AsByteStream; written as one line per object
// (run together with -NoNewline) or as bytes. Pure transformations: the provider does the file I/O and its errors.

import { TypedNumber, PSObject, typedArray, typeNameOf } from '../../runtime/values';
import { toDisplayString } from '../../runtime/values/tostring';
import { DEFAULT_ENCODING, decodeText, TextEncoding } from './text-encoding';

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

/** Chunks between delimiters (the delimiters dropped); a delimiter at the very end starts no empty chunk. pwsh reads
 * nothing with an empty delimiter. */
function splitOn(text: string, delimiter: string): string[] {
  if (text === '' || delimiter === '') return [];
  const chunks = text.split(delimiter);
  if (text.endsWith(delimiter)) chunks.pop();
  return chunks;
}

const byte = (b: number) => new TypedNumber('System.Byte', b);

/** "\n", the default delimiter, reads lines as StreamReader does (\r\n and \r end them too). */
function ownDelimiter(params: ContentParameters): string | undefined {
  return params.Delimiter !== undefined && params.Delimiter !== '\n' ? params.Delimiter : undefined;
}

/** What Get-Content reads from a file's bytes: the whole content with -Raw, else its lines, chunks or bytes. */
export function contentItems(bytes: Buffer, params: ContentParameters, raw: boolean): unknown[] {
  if (params.AsByteStream) {
    const all = Array.from(bytes, byte);
    return raw ? [typedArray(all, 'System.Byte')] : all;
  }
  const text = decodeText(bytes, params.Encoding ?? DEFAULT_ENCODING);
  if (raw) return [text];
  const delimiter = ownDelimiter(params);
  return delimiter !== undefined ? splitOn(text, delimiter) : splitLines(text);
}

/** The items of a file being written to (Get-Content -Wait): a last line or chunk not yet ended is left for later. */
export function completeItems(bytes: Buffer, params: ContentParameters): unknown[] {
  const items = contentItems(bytes, params, false);
  if (params.AsByteStream || items.length === 0) return items;
  const text = decodeText(bytes, params.Encoding ?? DEFAULT_ENCODING);
  const delimiter = ownDelimiter(params);
  const ended = delimiter !== undefined ? text.endsWith(delimiter) : /[\r\n]$/.test(text);
  return ended ? items : items.slice(0, -1);
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
