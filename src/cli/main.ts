// psnode's entry point: parses the command line, creates a runspace and runs -File / -Command / stdin, or starts the
// REPL. Exit codes follow pwsh: -File 0 unless `exit N` or a script-terminating error (1); -Command 0/1 from $? of
// the last statement; 64 for a bad command line.

import * as fs from 'fs';
import * as path from 'path';
import { parseArgs, CliError, CliOptions } from './args';
import { CliMsg } from './messages';
import { watchCtrlC } from './ctrl-c';
import { isTerminal, writerFor } from './closed-output';
import { stdinLines, runStdinCommands, StdinEcho } from './stdin';
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
  const stdoutIsTTY = isTerminal(1);
  const { consoleColorCount } = require('../format/console-colors') as typeof import('../format/console-colors');
  // pwsh's $PSStyle renders ANSI wherever the terminal type supports VT (not TERM=dumb), piped or not, unless NO_COLOR
  // made OutputRendering PlainText; Write-Host's console colours need stdout to be a colour terminal.
  const color = process.env.TERM !== 'dumb';
  const writeError = writerFor(2);
  const rs = createRunspace({
    write: writerFor(1),
    writeErrorLine: (text) => writeError(text + '\n'),
    width: stdoutIsTTY && process.stdout.columns ? process.stdout.columns : 80,
    color,
    consoleColors: consoleColorCount(stdoutIsTTY, process.env),
    nonInteractive: o.nonInteractive || o.mode !== 'repl',
    settings,
  });
  // pwsh runs Set-Location at start-up, before the profiles: a bad path is that command's error, and the session goes on.
  if (o.workingDirectory !== undefined) rs.runScript(`Set-Location -LiteralPath '${o.workingDirectory.replace(/'/g, "''")}'`);
  const profiles = require('../host/profiles') as typeof import('../host/profiles');
  profiles.setProfileVariable(rs);
  if (!o.noProfile) profiles.runProfiles(rs);
  return rs;
}

/** -NoExit: after its -File / -Command the session goes on, at the prompt or reading redirected stdin as `-File -`. */
function continueSession(o: CliOptions, rs: Runspace, exitCode: number | undefined, status: number): number | Promise<number> {
  if (exitCode !== undefined || !o.noExit) return exitCode ?? status;
  return stdinIsTTY ? startRepl(rs) : runStdinCommands(rs, stdinLines(), stdinEcho());
}

/** Prompts and echoed lines for statements read from redirected stdin; cursor-key modes where output renders VT. */
function stdinEcho(): StdinEcho {
  return { write: writerFor(1), cursorKeys: process.env.TERM !== 'dumb' && !process.env.NO_COLOR };
}

function startRepl(rs: Runspace): Promise<number> {
  return (require('./repl') as typeof import('./repl')).startRepl(rs);
}

/** pwsh's banner: interactive sessions, and -NoExit after -File, unless -NoLogo. */
function showBanner(o: CliOptions): void {
  if (!o.noLogo) writerFor(1)(CliMsg.Version + '\n');
}

function runFile(o: CliOptions): number | Promise<number> {
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
  if (o.noExit) showBanner(o);
  watchCtrlC('script');
  const r = rs.runScript(text, { fileName: file, args: o.scriptArgs, input: redirectedStdin() });
  return continueSession(o, rs, r.exitCode !== undefined ? r.exitCode & 0xff : undefined, r.terminated ? 1 : 0);
}

function runCommand(o: CliOptions, text: string): number | Promise<number> {
  const rs = createRunspace(o);
  watchCtrlC('script');
  const r = rs.runScript(text, { quietIncompleteInput: true, input: redirectedStdin(), args: o.scriptArgs });
  return continueSession(o, rs, r.exitCode !== undefined ? r.exitCode & 0xff : undefined, r.terminated || !r.lastStatus ? 1 : 0);
}

// Asked of the descriptor, not process.stdin: creating that stream would make a piped stdin non-blocking.
const stdinIsTTY = isTerminal(0);

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
    if (e.showUsage) process.stdout.write(CliMsg.Usage);
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
    case 'prompted':
      return runStdinCommands(createRunspace(o), stdinLines(), stdinEcho());
    case 'repl':
      showBanner(o);
      return startRepl(createRunspace(o));
  }
}

function finish(code: number): void {
  process.exitCode = code;
}

const result = main(process.argv.slice(2));
if (typeof result === 'number') finish(result);
else result.then(finish);
