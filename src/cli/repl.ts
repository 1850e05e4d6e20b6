// The interactive prompt: `PS <location>> `, `>> ` while the input is incomplete (the parser says so), each
// entry run with Out-Default, Tab completing as TabExpansion2 does (./tab-completion). The only async loop in
// psnode: it reads a line, then runs the engine synchronously.

import * as readline from 'readline';
import { parse } from '../parser';
import type { Runspace } from '../host/runspace';
import { createTabCompleter } from './tab-completion';

export function startRepl(rs: Runspace): Promise<number> {
  let buffer = '';
  const completer = createTabCompleter((input, cursor) => rs.complete(input, cursor), () => buffer);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: !!process.stdin.isTTY, completer });
  let exitCode = 0;
  const prompt = () => {
    rl.setPrompt(buffer ? '>> ' : `PS ${rs.engine.currentLocation()}> `);
    rl.prompt();
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
        const r = rs.runScript(text);
        if (r.exitCode !== undefined) {
          exitCode = r.exitCode;
          rl.close();
          return;
        }
      }
      prompt();
    });
    rl.on('close', () => resolve(exitCode));
    prompt();
  });
}
