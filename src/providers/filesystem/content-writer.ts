// Set-/Add-Content's writer for a file, as pwsh's FileSystemContentReaderWriter: opened once, each block of values
// written as it comes (one line each, run together with -NoNewline, or bytes with -AsByteStream), closed at the end.
// Appended text takes the encoding the file's byte-order mark announces; a mark is written only into an empty file.

import * as fs from 'fs';
import { byteContent, ContentParameters, textContent } from './file-content';
import { DEFAULT_ENCODING, encodingFromBom, TextEncoding } from './text-encoding';

export interface FileContentWriter {
  /** Writes the values; false when -AsByteStream met a value that is not a byte (the bytes before it are written). */
  write(values: unknown[]): boolean;
  close(): void;
}

/** The first bytes of a file (none when it does not exist or cannot be read). */
function headOf(p: string): Buffer {
  const head = Buffer.alloc(4);
  try {
    const fd = fs.openSync(p, 'r');
    try {
      return head.subarray(0, fs.readSync(fd, head, 0, 4, 0));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return Buffer.alloc(0);
  }
}

/** Opens p for writing (appending or replacing); open errors are Node's, for the provider to map. */
export function openFileContentWriter(p: string, append: boolean, params: ContentParameters): FileContentWriter {
  const requested = params.Encoding ?? DEFAULT_ENCODING;
  const encoding: TextEncoding = (append ? encodingFromBom(headOf(p))?.encoding : undefined) ?? requested;
  const fd = fs.openSync(p, append ? 'a' : 'w');
  let empty = fs.fstatSync(fd).size === 0;
  return {
    write(values) {
      if (params.AsByteStream) {
        const { bytes, allBytes } = byteContent(values);
        fs.writeSync(fd, bytes);
        return allBytes;
      }
      const text = encoding.encode(textContent(values, params));
      fs.writeSync(fd, empty && encoding.preamble.length ? Buffer.concat([encoding.preamble, text]) : text);
      empty = false;
      return true;
    },
    close: () => fs.closeSync(fd),
  };
}
