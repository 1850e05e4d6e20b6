// Turns a child's output bytes into the lines .NET's StreamReader.ReadLine gives: decoded with the console's output
// encoding (a character split across chunks waits for its other bytes), broken at \n, \r\n or a lone \r.

export type TextEncodingName = 'utf8' | 'utf16le' | 'latin1' | 'ascii';

interface Decoder {
  decode(bytes: Uint8Array, options: { stream: boolean }): string;
}

function decoderFor(encoding: TextEncodingName): Decoder {
  switch (encoding) {
    case 'utf8':
      return new TextDecoder('utf-8');
    case 'utf16le':
      return new TextDecoder('utf-16le');
    case 'latin1':
      return { decode: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') };
    case 'ascii':
      // .NET's ASCII decoder turns every byte above 0x7F into '?'.
      return { decode: (bytes) => Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : '?')).join('') };
  }
}

export class LineDecoder {
  private readonly decoder: Decoder;
  private pending = '';

  constructor(encoding: TextEncodingName) {
    this.decoder = decoderFor(encoding);
  }

  /** The lines this chunk completes. */
  push(bytes: Uint8Array): string[] {
    return this.split(this.pending + this.decoder.decode(bytes, { stream: true }), false);
  }

  /** The last line when the output did not end with a line break. */
  end(): string[] {
    return this.split(this.pending + this.decoder.decode(new Uint8Array(0), { stream: false }), true);
  }

  private split(text: string, final: boolean): string[] {
    const lines: string[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      // A \r at the end of the chunk may be the first half of \r\n.
      if (c === 13 && i + 1 === text.length && !final) break;
      lines.push(text.slice(start, i));
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
    this.pending = text.slice(start);
    if (final && this.pending) {
      lines.push(this.pending);
      this.pending = '';
    }
    return lines;
  }
}
