// Drives a shell in a real pseudo-terminal (tmux, 80x24) through a scenario's keystrokes and returns the screen as
// plain text. The recorder (record-pwsh-screens.js) runs it with pwsh, test/cli/ctrl-c.test.ts with psnode; both see
// the same terminal, the same bash prompt and the same command line (`shell` is a wrapper for the program under test).
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const WIDTH = 80;
const HEIGHT = 24;
const WAIT_TIMEOUT_MS = 30000;
const POLL_MS = 100;

function hasTmux() {
  return spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0;
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Runs one scenario with `program` (argv of the shell under test); returns the normalized screen. */
function runScenario(scenario, program) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-pty-'));
  const cwd = path.join(root, 'work');
  const home = path.join(root, 'home');
  const bin = path.join(root, 'bin');
  for (const d of [cwd, home, bin]) fs.mkdirSync(d);
  for (const [name, text] of Object.entries(scenario.files || {})) fs.writeFileSync(path.join(cwd, name), text);
  const wrapper = path.join(bin, 'shell');
  fs.writeFileSync(wrapper, `#!/bin/sh\nexec ${program.map(quote).join(' ')} "$@"\n`, { mode: 0o755 });
  const socket = `psnode-pty-${process.pid}-${path.basename(root)}`;
  const tmux = (...args) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  const env = [`HOME=${home}`, `PSNODE_HOME=${path.join(home, '.psnode')}`, `PATH=${bin}:${process.env.PATH}`, 'TERM=xterm', 'LANG=en_US.UTF-8', 'TZ=UTC', 'POWERSHELL_TELEMETRY_OPTOUT=1', 'POWERSHELL_UPDATECHECK=Off', 'PS1=$ ', 'HISTFILE=/dev/null'];
  // pwsh as a dotnet global tool finds its runtime through DOTNET_ROOT.
  if (process.env.DOTNET_ROOT) env.push(`DOTNET_ROOT=${process.env.DOTNET_ROOT}`);
  const screen = () => normalize(tmux('capture-pane', '-p', '-t', 's'), cwd);
  try {
    tmux('new-session', '-d', '-s', 's', '-x', String(WIDTH), '-y', String(HEIGHT), '-c', cwd, `env -i ${env.map(quote).join(' ')} bash --norc --noprofile`);
    waitFor(screen, '$');
    for (const step of scenario.steps) {
      if (step.type !== undefined) tmux('send-keys', '-t', 's', '-l', step.type);
      if (step.key !== undefined) tmux('send-keys', '-t', 's', step.key);
      if (step.pause !== undefined) sleep(step.pause);
      if (step.waitFor !== undefined) waitFor(screen, step.waitFor);
    }
    return screen();
  } finally {
    spawnSync('tmux', ['-L', socket, 'kill-server'], { stdio: 'ignore' });
    fs.rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
}

/** Waits until the screen's last non-empty line is `line` (a string) or matches it (a RegExp). */
function waitFor(screen, line) {
  const deadline = Date.now() + WAIT_TIMEOUT_MS;
  for (;;) {
    const text = screen();
    const last = text.split('\n').filter((l) => l !== '').pop() ?? '';
    if (typeof line === 'string' ? last === line : line.test(last)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${line} on the screen:\n${text}`);
    sleep(POLL_MS);
  }
}

function normalize(text, cwd) {
  const lines = text.split(cwd).join('{CWD}').split('\n').map((l) => l.trimEnd());
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n') + '\n';
}

function quote(s) {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

module.exports = { runScenario, hasTmux };
