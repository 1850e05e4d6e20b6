// psnode's entry point: parses the command line, creates a runspace and runs -File / -Command / stdin, or starts the
// REPL. Exit codes follow pwsh: -File 0 unless `exit N` or a script-terminating error (1); -Command 0/1 from $? of
// the last statement; 64 for a bad command line.

import * as fs from 'fs';
import * as path from 'path';
import { parseArgs, CliError, CliOptions } from './args';
import { CliMsg } from './messages';
import { watchCtrlC } from './ctrl-c';
import { writerFor } from './closed-output';
import { stdinLines, runStdinCommands } from './stdin';
import { isatty } from 'tty';
import type { Runspace } from '../host/runspace';
import { readScriptFile } from '../host/script-file';

const EXIT_BAD_COMMAND_LINE = 64;

function createRunspace(o: CliOptions): Runspace {
  const { createRunspace } = require('../host/runspace') as typeof import('../host/runspace');
  const settings: Record<string, string | undefined> = {};
  if (o.sandbox) {
    settings.PSNODE_ENVIRONMENT = 'Sandbox';
    process.env.PSNODE_ENVIRONMENT = 'Sandbox';
  }
  const stdout = process.stdout;
  const { consoleColorCount } = require('../format/console-colors') as typeof import('../format/console-colors');
  // pwsh's $PSStyle renders ANSI wherever the terminal type supports VT (not TERM=dumb), piped or not, unless NO_COLOR
  // made OutputRendering PlainText; Write-Host's console colours need stdout to be a colour terminal.
  const color = process.env.TERM !== 'dumb';
  const writeError = writerFor(process.stderr);
  return createRunspace({
    write: writerFor(stdout),
    writeErrorLine: (text) => writeError(text + '\n'),
    width: stdout.isTTY && stdout.columns ? stdout.columns : 80,
    color,
    consoleColors: consoleColorCount(!!stdout.isTTY, process.env),
    nonInteractive: o.nonInteractive || o.mode !== 'repl',
    settings,
    cwd: o.workingDirectory ? path.resolve(o.workingDirectory) : undefined,
  });
}

function runFile(o: CliOptions): number {
  const file = path.resolve(o.file!);
  let text: string;
  try {
    if (!fs.statSync(file).isFile()) throw new Error('not a file');
    text = readScriptFile(file);
  } catch {
    process.stderr.write(CliMsg.ArgumentNotScriptFile.replace('{0}', o.file!) + '\n');
    process.stdout.write(CliMsg.Usage);
    return EXIT_BAD_COMMAND_LINE;
  }
  const rs = createRunspace(o);
  watchCtrlC('script');
  const r = rs.runScript(text, { fileName: file, args: o.scriptArgs, input: redirectedStdin() });
  return r.exitCode !== undefined ? r.exitCode & 0xff : r.terminated ? 1 : 0;
}

function runCommand(o: CliOptions, text: string): number {
  const rs = createRunspace(o);
  watchCtrlC('script');
  const r = rs.runScript(text, { quietIncompleteInput: true, input: redirectedStdin(), args: o.scriptArgs });
  if (r.exitCode !== undefined) return r.exitCode & 0xff;
  return r.terminated || !r.lastStatus ? 1 : 0;
}

// Asked of the descriptor, not process.stdin: creating that stream would make a piped stdin non-blocking.
const stdinIsTTY = isatty(0);

/** Redirected stdin is the script's $input (pwsh -File / -Command); a terminal is not. */
function redirectedStdin(): Iterable<string> | undefined {
  return stdinIsTTY ? undefined : stdinLines();
}

function main(argv: string[]): number | Promise<number> {
  let o: CliOptions;
  try {
    o = parseArgs(argv, stdinIsTTY);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    process.stderr.write(e.message + '\n');
    process.stdout.write(CliMsg.Usage);
    return EXIT_BAD_COMMAND_LINE;
  }
  switch (o.mode) {
    case 'version':
      process.stdout.write(CliMsg.Version + '\n');
      return 0;
    case 'help':
      process.stdout.write(CliMsg.Usage);
      return 0;
    case 'file':
      return runFile(o);
    case 'command':
      return runCommand(o, o.command!);
    case 'stdin':
      return runStdinCommands(createRunspace(o), stdinLines());
    case 'repl':
      return (require('./repl') as typeof import('./repl')).startRepl(createRunspace(o));
  }
}

function finish(code: number): void {
  process.exitCode = code;
}

const result = main(process.argv.slice(2));
if (typeof result === 'number') finish(result);
else result.then(finish);
