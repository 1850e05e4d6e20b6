// A reader that goes away (`psnode ... | head -2`) closes psnode's stdout or stderr. pwsh then drops what is still
// written and runs the script to its end with its own exit code; psnode does the same instead of dying with EPIPE.
// Output that is no terminal goes straight to the descriptor: creating process.stdout for a pipe loads Node's net
// and stream modules, a tenth of a short command's start-up.

import * as fs from 'fs';

const RETRY_MS = 1;

/** Whether descriptor `fd` is a terminal (only a character device can be one, so pipes and files never load tty). */
export function isTerminal(fd: number): boolean {
  try {
    if (!fs.fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return (require('tty') as typeof import('tty')).isatty(fd);
}

/** Writes text to stdout (1) or stderr (2) unless the reader has closed it. */
export function writerFor(fd: 1 | 2): (text: string) => void {
  if (isTerminal(fd)) return streamWriter(fd === 1 ? process.stdout : process.stderr);
  let closed = false;
  return (text) => {
    if (closed) return;
    try {
      writeAll(fd, Buffer.from(text, 'utf8'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
      closed = true;
    }
  };
}

function streamWriter(stream: NodeJS.WriteStream): (text: string) => void {
  stream.on('error', ignoreClosedPipe);
  return (text) => {
    if (!stream.destroyed) stream.write(text);
  };
}

/** A blocking write of all of `bytes`, also when the descriptor was handed over non-blocking. */
function writeAll(fd: number, bytes: Buffer): void {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += fs.writeSync(fd, bytes, offset);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, RETRY_MS);
    }
  }
}

function ignoreClosedPipe(e: NodeJS.ErrnoException): void {
  if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
}
