// Redirected stdin, as pwsh reads it: lines (CR LF or LF; a last line without a newline counts) read with blocking
// reads only as far as they are needed, so `yes | psnode -Command '$input | select -first 2'` ends. It is the
// script's $input for -File and -Command, and the statements to run for `-Command -`.

import * as fs from 'fs';
import { parse } from '../parser';
import type { Runspace } from '../host/runspace';

const CHUNK = 64 * 1024;
const RETRY_MS = 10;

export function* stdinLines(fd = 0): Generator<string> {
  const buffer = Buffer.alloc(CHUNK);
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let pending = '';
  for (;;) {
    const n = readBlocking(fd, buffer);
    if (n === 0) break;
    pending += decoder.decode(buffer.subarray(0, n), { stream: true });
    let newline: number;
    while ((newline = pending.indexOf('\n')) >= 0) {
      yield pending.slice(0, newline).replace(/\r$/, '');
      pending = pending.slice(newline + 1);
    }
  }
  pending += decoder.decode();
  if (pending !== '') yield pending;
}

/** A read that waits for data even when the descriptor is non-blocking; 0 at the end of input. */
function readBlocking(fd: number, buffer: Buffer): number {
  for (;;) {
    try {
      return fs.readSync(fd, buffer, 0, buffer.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EOF') return 0;
      if (code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, RETRY_MS);
    }
  }
}

/** How pwsh echoes redirected input it reads at a prompt (`-File -`, -NoExit): the prompt, then (on a VT terminal)
 * cursor-keys application mode while it reads, the line itself, and normal mode again when it runs what it read. */
export interface StdinEcho {
  write(text: string): void;
  cursorKeys: boolean;
}
const READING = '\x1b[?1h';
const RUNNING = '\x1b[?1l';

/**
 * `pwsh -Command -`: each line runs when it is read. A line that leaves a statement open starts a block that runs
 * at the first empty line after which it is complete; a block still open at the end of input is dropped, as pwsh
 * does. The exit code is `exit N`'s, else 1 when the last statement run failed. With `echo` (`-File -`, -NoExit)
 * each line is read after a prompt, `PS <location>> ` or `>> ` within a block, and echoed as pwsh echoes it.
 */
export function runStdinCommands(rs: Runspace, lines: Iterable<string>, prompts?: StdinEcho): number {
  const echo = prompts && ((text: string) => prompts.write(prompts.cursorKeys ? text : text.replace(/\x1b\[\?1[hl]/g, '')));
  let block: string | undefined;
  let failed = false;
  const input = lines[Symbol.iterator]();
  for (;;) {
    echo?.((block === undefined ? `PS ${rs.engine.currentLocation()}> ` : '>> ') + READING);
    const next = input.next();
    if (next.done) break;
    const line = next.value;
    echo?.(line + '\n');
    let text: string;
    if (block === undefined) {
      echo?.(RUNNING);
      if (isIncomplete(line)) {
        block = line;
        continue;
      }
      text = line;
    } else {
      if (line !== '' || isIncomplete(block)) {
        block += '\n' + line;
        continue;
      }
      echo?.(RUNNING);
      text = block;
      block = undefined;
    }
    if (!text.trim()) continue;
    const r = rs.runScript(text);
    if (r.exitCode !== undefined) return r.exitCode & 0xff;
    failed = r.terminated || !r.lastStatus;
  }
  return failed ? 1 : 0;
}

function isIncomplete(text: string): boolean {
  const parsed = parse(text);
  return !parsed.ast && parsed.errors.length > 0 && parsed.errors.every((e) => e.incompleteInput);
}
