// Get-Content's reader for a file, as pwsh's FileSystemContentReaderWriter: it reads the file 64 KB at a time and
// hands out as many items (lines, -Delimiter chunks, bytes, or the whole content with -Raw) as it is asked for, so
// memory follows what is asked, not the file's size. -Tail starts reading near the end (found by scanning back for
// line ends), -Wait keeps reading what is added. The splitting and decoding rules are file-content.ts's.

import * as fs from 'fs';
import { typedArray } from '../../runtime/values';
import { sleepUnlessStopped } from '../../runtime/interrupt';
import { BYTES, ContentParameters, LineSplitter, DelimiterSplitter, ItemSplitter, ownDelimiter } from './file-content';
import { DEFAULT_ENCODING, encodingFromBom, StreamDecoder, TextEncoding } from './text-encoding';
import type { ContentReader, ContentReaderRequest } from '../core/content-io';

const CHUNK = 64 * 1024;
// Get-Content -Wait looks for new content this often, blocking the (synchronous) engine in between.
const WAIT_POLL_MS = 100;

/** The file's bytes in pieces, from a start offset; a character device or FIFO is read where it stands. */
class ByteSource {
  private position: number;
  readonly seekable: boolean;

  constructor(readonly fd: number, start: number) {
    this.seekable = fs.fstatSync(fd).isFile();
    this.position = start;
  }

  /** The next piece (at most `max` bytes), or undefined at the end for now. */
  next(max = CHUNK): Buffer | undefined {
    const buf = Buffer.allocUnsafe(max);
    const n = fs.readSync(this.fd, buf, 0, max, this.seekable ? this.position : null);
    if (n === 0) return undefined;
    this.position += n;
    return buf.subarray(0, n);
  }

  /** A file that shrank is read again from its start (true then). */
  rewindIfShrunk(): boolean {
    if (!this.seekable || fs.fstatSync(this.fd).size >= this.position) return false;
    this.position = 0;
    return true;
  }

  size(): number {
    return fs.fstatSync(this.fd).size;
  }

  readAt(buf: Buffer, position: number): number {
    return fs.readSync(this.fd, buf, 0, buf.length, position);
  }
}

/** Items waiting to be handed out, taken from the front without shifting the array each time. */
class ItemQueue {
  private items: unknown[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  add(more: unknown[]): void {
    for (const item of more) this.items.push(item);
  }

  take(count: number): unknown[] {
    const end = Math.min(this.items.length, this.head + count);
    const out = this.items.slice(this.head, end);
    this.head = end;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    }
    return out;
  }
}

/** A reader over a piece source: `fill` turns the next piece (undefined at the end) into queued items. */
abstract class QueuedReader implements ContentReader {
  protected readonly queue = new ItemQueue();
  private ended = false;

  constructor(protected readonly source: ByteSource, private readonly follow: boolean) {}

  /** Queues the items of the next piece (undefined: none for now); `final` when the content ended. */
  protected abstract fill(piece: Buffer | undefined, final: boolean): void;
  /** Starts over after the file shrank under -Wait. */
  protected abstract restart(): void;

  read(count: number): unknown[] {
    while (this.queue.size < count && !this.ended) {
      const piece = this.source.next();
      if (piece === undefined && this.follow) {
        // The end for now: what is complete goes out, the rest waits for more.
        this.fill(undefined, false);
        break;
      }
      if (piece === undefined) this.ended = true;
      this.fill(piece, piece === undefined);
    }
    return this.queue.take(count);
  }

  waitForMore(): void {
    sleepUnlessStopped(WAIT_POLL_MS);
    if (this.source.rewindIfShrunk()) this.restart();
  }

  close(): void {
    fs.closeSync(this.source.fd);
  }
}

/** -AsByteStream: each byte an item. */
class ByteReader extends QueuedReader {
  protected fill(piece: Buffer | undefined): void {
    if (piece) this.queue.add(Array.from(piece, (b) => BYTES[b]));
  }

  protected restart(): void {}
}

/** Lines or -Delimiter chunks of text, decoded as the byte-order mark (else -Encoding) says. */
class TextReader extends QueuedReader {
  private decoder?: StreamDecoder;
  private splitter!: ItemSplitter;
  private head = Buffer.alloc(0);

  constructor(source: ByteSource, follow: boolean, private readonly requested: TextEncoding, private readonly delimiter: string | undefined,
    private readonly detectBom: boolean) {
    super(source, follow);
    this.restart();
  }

  protected restart(): void {
    this.decoder = undefined;
    this.head = Buffer.alloc(0);
    this.splitter = this.delimiter !== undefined ? new DelimiterSplitter(this.delimiter) : new LineSplitter();
  }

  protected fill(piece: Buffer | undefined, final: boolean): void {
    let bytes = piece ?? Buffer.alloc(0);
    if (!this.decoder) {
      // The first four bytes decide the encoding; gather that many unless the content is shorter.
      this.head = Buffer.concat([this.head, bytes]);
      if (this.head.length < 4 && piece) return;
      const announced = this.detectBom ? encodingFromBom(this.head) : undefined;
      this.decoder = (announced?.encoding ?? this.requested).decoder();
      bytes = this.head.subarray(announced?.bomLength ?? 0);
    }
    const text = this.decoder(bytes, final);
    this.queue.add(final ? this.splitter.finish(text) : this.splitter.push(text));
  }
}

/** -Raw: the whole (rest of the) content as one item, read when first asked for. */
class WholeReader implements ContentReader {
  private done = false;

  constructor(private readonly source: ByteSource, private readonly params: ContentParameters, private readonly requested: TextEncoding) {}

  read(): unknown[] {
    if (this.done) return [];
    this.done = true;
    const pieces: Buffer[] = [];
    for (let piece = this.source.next(); piece; piece = this.source.next()) pieces.push(piece);
    const bytes = Buffer.concat(pieces);
    if (bytes.length === 0) return [];
    if (this.params.AsByteStream) return [typedArray(Array.from(bytes, (b) => BYTES[b]), 'System.Byte')];
    const announced = encodingFromBom(bytes);
    return [(announced?.encoding ?? this.requested).decode(bytes.subarray(announced?.bomLength ?? 0))];
  }

  waitForMore(): void {}

  close(): void {
    fs.closeSync(this.source.fd);
  }
}

/** The bytes of one code unit, in which '\n' and '\r' are one unit each (every encoding -Encoding offers). */
function codeUnitSize(encoding: TextEncoding): number {
  switch (encoding.codePage) {
    case 1200: case 1201: return 2;
    case 12000: case 12001: return 4;
    default: return 1;
  }
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Where the last `count` lines of a file start: scanning back from the end for line ends (\n, \r\n, \r), the one that
 * ends the last line not counted. `start` is where the text begins (after a byte-order mark).
 */
function tailOffset(source: ByteSource, start: number, encoding: TextEncoding, count: number): number {
  const unit = codeUnitSize(encoding);
  const bigEndian = encoding.codePage === 1201 || encoding.codePage === 12001;
  const end = start + Math.floor((source.size() - start) / unit) * unit;
  const block = Buffer.alloc(CHUNK);
  let blockStart = end;
  let blockEnd = end;
  const unitAt = (i: number): number => {
    if (i < blockStart || i >= blockEnd) {
      blockEnd = i + unit;
      blockStart = Math.max(start, blockEnd - CHUNK);
      source.readAt(block.subarray(0, blockEnd - blockStart), blockStart);
    }
    const at = i - blockStart;
    if (unit === 1) return block[at];
    if (unit === 2) return bigEndian ? block.readUInt16BE(at) : block.readUInt16LE(at);
    return bigEndian ? block.readUInt32BE(at) : block.readUInt32LE(at);
  };
  let i = end - unit;
  // The last line's own end is not counted.
  if (i >= start && unitAt(i) === LF) i -= unit;
  if (i >= start && unitAt(i) === CR) i -= unit;
  let ends = 0;
  for (; i >= start; i -= unit) {
    const u = unitAt(i);
    if (u !== LF && u !== CR) continue;
    if (++ends === count) return i + unit;
    if (u === LF && i - unit >= start && unitAt(i - unit) === CR) i -= unit;
  }
  return start;
}

/** A reader that first hands out the items it holds, then what `rest` reads. */
class PrefixedReader implements ContentReader {
  private readonly held = new ItemQueue();

  constructor(items: unknown[], private readonly rest: ContentReader) {
    this.held.add(items);
  }

  read(count: number): unknown[] {
    const first = this.held.take(count);
    return first.length === count ? first : [...first, ...this.rest.read(count - first.length)];
  }

  waitForMore(): void {
    this.rest.waitForMore();
  }

  close(): void {
    this.rest.close();
  }
}

/** The last `count` items of what the reader has for now, keeping no more than that many. */
function lastItems(reader: ContentReader, count: number): unknown[] {
  const ring: unknown[] = new Array(count);
  let seen = 0;
  for (let block = reader.read(CHUNK); block.length > 0; block = reader.read(CHUNK)) {
    if (count > 0) for (const item of block) ring[seen++ % count] = item;
  }
  if (seen <= count) return ring.slice(0, seen);
  const from = seen % count;
  return [...ring.slice(from), ...ring.slice(0, from)];
}

/** A reader for Get-Content over an opened file; it closes the file when closed. */
export function openFileContentReader(fd: number, params: ContentParameters, request: ContentReaderRequest): ContentReader {
  const requested = params.Encoding ?? DEFAULT_ENCODING;
  const delimiter = ownDelimiter(params);
  const probe = new ByteSource(fd, 0);
  if (request.raw) return new WholeReader(probe, params, requested);
  const tail = request.tail;
  if (tail === undefined) {
    return params.AsByteStream ? new ByteReader(probe, request.follow) : new TextReader(probe, request.follow, requested, delimiter, true);
  }
  if (probe.seekable && params.AsByteStream) return new ByteReader(new ByteSource(fd, Math.max(0, probe.size() - tail)), request.follow);
  if (probe.seekable && delimiter === undefined && tail > 0) {
    const head = Buffer.alloc(4);
    const announced = encodingFromBom(head.subarray(0, probe.readAt(head, 0)));
    const encoding = announced?.encoding ?? requested;
    const offset = tailOffset(probe, announced?.bomLength ?? 0, encoding, tail);
    // Reading from the middle, the encoding is the one found at the start.
    return new TextReader(new ByteSource(fd, offset), request.follow, encoding, undefined, false);
  }
  // A -Delimiter, a device or FIFO, or -Tail 0: read it all, keeping only the last items.
  const all = params.AsByteStream ? new ByteReader(probe, request.follow) : new TextReader(probe, request.follow, requested, delimiter, true);
  return new PrefixedReader(lastItems(all, tail), all);
}
