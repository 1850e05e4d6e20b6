// The interactive prompt: `PS <location>> `, `>> ` while the input is incomplete (the parser says so), each
// entry run with Out-Default, Tab completing as TabExpansion2 does (./tab-completion). The only async loop in
// psnode: it reads a line, then runs the engine synchronously with the terminal in its normal mode, so Ctrl+C is a
// signal that stops the entry (./ctrl-c); at the prompt Ctrl+C cancels the line and Ctrl+D on an empty line exits.

import * as readline from 'readline';
import { parse } from '../parser';
import type { Runspace } from '../host/runspace';
import { createTabCompleter } from './tab-completion';
import { watchCtrlC } from './ctrl-c';
import { clearStopRequest, onStopDetected } from '../runtime/interrupt';

/** The terminal echoes ^C where the signal came; pwsh shows it only after a native command (its own console keeps
 * echo off while script code runs), so the echo is erased otherwise and the prompt starts on a line of its own. */
const ERASE_CTRL_C_ECHO = '\b\b\x1b[K';

export function startRepl(rs: Runspace): Promise<number> {
  let buffer = '';
  const completer = createTabCompleter((input, cursor) => rs.complete(input, cursor), () => buffer);
  const tty = process.stdin.isTTY ? (process.stdin as import('tty').ReadStream) : undefined;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: !!tty, completer });
  watchCtrlC('repl');
  if (tty) onStopDetected((afterChild) => process.stdout.write(afterChild ? '\n' : ERASE_CTRL_C_ECHO));
  let exitCode = 0;
  const prompt = () => {
    rl.setPrompt(buffer ? '>> ' : `PS ${rs.engine.currentLocation()}> `);
    rl.prompt();
  };
  const run = (text: string) => {
    rl.pause();
    tty?.setRawMode(false);
    try {
      return rs.runScript(text);
    } finally {
      clearStopRequest();
      tty?.setRawMode(true);
      rl.resume();
    }
  };
  return new Promise((resolve) => {
    rl.on('line', (line) => {
      buffer = buffer ? buffer + '\n' + line : line;
      const parsed = parse(buffer);
      if (!parsed.ast && parsed.errors.length && parsed.errors.every((e) => e.incompleteInput) && line !== '') {
        prompt();
        return;
      }
      const text = buffer;
      buffer = '';
      if (text.trim()) {
        const r = run(text);
        if (r.exitCode !== undefined) {
          exitCode = r.exitCode;
          rl.close();
          return;
        }
      }
      prompt();
    });
    // Ctrl+C at the prompt: the line (and any pending `>>` lines) is dropped, as PSReadLine does, after `^C`.
    rl.on('SIGINT', () => {
      buffer = '';
      process.stdout.write('^C\n');
      rl.write(null, { ctrl: true, name: 'u' });
      prompt();
    });
    rl.on('close', () => resolve(exitCode));
    prompt();
  });
}
