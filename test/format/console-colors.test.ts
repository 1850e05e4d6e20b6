// Write-Host's console colours and the colour decision, through the real CLI (issue #9). The expected bytes are what
// pwsh 7.6.9 wrote for the same command in the same terminal (recorded with `script` under TERM=xterm and
// xterm-256color, and through a pipe), without the keypad-mode sequences pwsh's console writes at start-up.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { consoleColorCount } from '../../src/format/console-colors';

const BIN = path.join(__dirname, '..', '..', 'bin', 'psnode.js');
const E = '\u001b';

let home: string;
beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-colors-'));
});
afterEach(() => {
  fs.rmSync(home, { recursive: true, force: true });
});

function envWith(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, PSNODE_HOME: path.join(home, '.psnode'), LANG: 'en_US.UTF-8' };
  delete env.NO_COLOR;
  return { ...env, ...extra };
}

/** Runs a script file in psnode with stdout on a pseudo-terminal (script(1)). */
function inTerminal(script: string, term: string, extra: Record<string, string> = {}): string {
  fs.writeFileSync(path.join(home, 't.ps1'), script);
  const r = spawnSync('script', ['-qec', `${process.execPath} ${BIN} -NoProfile -NonInteractive -File t.ps1`, '/dev/null'], {
    cwd: home, env: envWith({ TERM: term, ...extra }), encoding: 'utf8', timeout: 30000,
  });
  return r.stdout;
}

const WRITE_HOST = "Write-Host 'hi' -ForegroundColor Cyan; Write-Host 'x' -NoNewline -ForegroundColor Red; Write-Host 'y'\n";

test('Write-Host colours on an 8-colour terminal', () => {
  expect(inTerminal(WRITE_HOST, 'xterm')).toBe(
    `${E}[39;49m${E}[36m${E}[39;49m${E}[36mhi\r\n${E}[39;49m${E}[39;49m${E}[39;49m${E}[31m${E}[39;49m${E}[31mx${E}[39;49m${E}[39;49m${E}[39;49m${E}[39;49my\r\n${E}[39;49m${E}[39;49m`,
  );
});

test('Write-Host colours on a 256-colour terminal use the bright codes', () => {
  expect(inTerminal(WRITE_HOST, 'xterm-256color')).toBe(
    `${E}[39;49m${E}[96m${E}[39;49m${E}[96mhi\r\n${E}[39;49m${E}[39;49m${E}[39;49m${E}[91m${E}[39;49m${E}[91mx${E}[39;49m${E}[39;49m${E}[39;49m${E}[39;49my\r\n${E}[39;49m${E}[39;49m`,
  );
});

test('a background colour stays set until the foreground is restored', () => {
  expect(inTerminal("Write-Host 'bg' -BackgroundColor DarkRed -ForegroundColor Yellow\n", 'xterm')).toBe(
    `${E}[39;49m${E}[33m${E}[39;49m${E}[33m${E}[41mbg\r\n${E}[39;49m${E}[41m${E}[39;49m`,
  );
});

test('no console colours with NO_COLOR, TERM=dumb or no TERM', () => {
  expect(inTerminal(WRITE_HOST, 'xterm', { NO_COLOR: '1' })).toBe('hi\r\nxy\r\n');
  expect(inTerminal(WRITE_HOST, 'dumb')).toBe('hi\r\nxy\r\n');
  expect(consoleColorCount(true, { TERM: '' })).toBe(0);
  expect(consoleColorCount(false, { TERM: 'xterm-256color' })).toBe(0);
});

test('through a pipe, formatting is coloured unless NO_COLOR or TERM=dumb; Write-Host is not', () => {
  const script = "Write-Host 'hi' -ForegroundColor Cyan\n[pscustomobject]@{a=1}\n";
  const run = (extra: Record<string, string>) =>
    spawnSync(process.execPath, [BIN, '-NoProfile', '-NonInteractive', '-Command', script], { cwd: home, env: envWith(extra), encoding: 'utf8' }).stdout;
  expect(run({ TERM: 'xterm' })).toBe(`hi\n\n${E}[32;1ma${E}[0m\n${E}[32;1m-${E}[0m\n1\n\n`);
  expect(run({ TERM: 'dumb' })).not.toContain(E);
  expect(run({ TERM: 'xterm', NO_COLOR: '1' })).not.toContain(E);
});

test('$PSStyle.OutputRendering: PlainText (from NO_COLOR) strips, Ansi styles from then on; TERM=dumb never styles', () => {
  const script = '"$($PSStyle.Bold)a$($PSStyle.Reset)"; $PSStyle.OutputRendering = "Ansi"; [pscustomobject]@{h=1}';
  const run = (extra: Record<string, string>) =>
    spawnSync(process.execPath, [BIN, '-NoProfile', '-NonInteractive', '-Command', script], { cwd: home, env: envWith(extra), encoding: 'utf8' }).stdout;
  expect(run({ TERM: 'xterm', NO_COLOR: '1' })).toBe(`a\n\n${E}[32;1mh${E}[0m\n${E}[32;1m-${E}[0m\n1\n\n`);
  expect(run({ TERM: 'dumb' })).toBe('a\n\nh\n-\n1\n\n');
});
