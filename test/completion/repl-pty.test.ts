// Tab in the interactive REPL, driven through a pseudo-terminal (util-linux `script`) against the built CLI
// (bin/psnode.js; `npm test` builds it first). Each step waits for the screen to show what it expects.

import { spawn, ChildProcessWithoutNullStreams } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const BIN = path.join(__dirname, '..', '..', 'bin', 'psnode.js');
const STEP_TIMEOUT_MS = 20_000;

let home: string;
let child: ChildProcessWithoutNullStreams | undefined;
beforeEach(() => {
  home = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-repl-')));
  fs.mkdirSync(path.join(home, 'fx', 'Beta'), { recursive: true });
  fs.writeFileSync(path.join(home, 'fx', 'beta2'), '');
});
afterEach(() => {
  child?.kill();
  fs.rmSync(home, { recursive: true, force: true });
});

/** Starts the REPL in a pty; `until(text)` resolves once the output (ANSI codes removed) contains it `count` times. */
function startRepl() {
  // TERM must not be 'dumb': readline then reads keys without completion.
  const env = { ...process.env, HOME: home, PSNODE_HOME: path.join(home, '.psnode'), NO_COLOR: '1', TERM: 'xterm', LANG: 'en_US.UTF-8' };
  const proc = spawn('script', ['-qfec', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} -NoProfile`, '/dev/null'], { cwd: home, env });
  child = proc;
  let screen = '';
  proc.stdout.on('data', (d: Buffer) => {
    screen += d.toString('utf8').replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
  });
  const until = (text: string, count = 1) =>
    new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = () => {
        if (screen.split(text).length - 1 >= count) return resolve();
        if (Date.now() - started > STEP_TIMEOUT_MS) return reject(new Error(`timed out waiting for ${JSON.stringify(text)} in ${JSON.stringify(screen)}`));
        setTimeout(poll, 20);
      };
      poll();
    });
  return { proc, until, type: (keys: string) => proc.stdin.write(keys), screen: () => screen };
}

test('Tab completes a command name, then runs it', async () => {
  const repl = startRepl();
  await repl.until('> ');
  repl.type('Get-ChildI\t');
  await repl.until('Get-ChildItem');
  repl.type(' -Name fx\r');
  await repl.until('beta2');
  repl.type('exit\r');
  const code = await new Promise((resolve) => repl.proc.on('exit', resolve));
  expect(code).toBe(0);
  expect(repl.screen()).toMatch(/Beta\r?\r?\nbeta2/);
}, 60_000);

test('a second Tab lists the matches', async () => {
  const repl = startRepl();
  await repl.until('> ');
  repl.type('Get-ChildItem fx/b\t');
  await repl.until('Get-ChildItem ./fx/Beta');
  repl.type('\t');
  await repl.until('./fx/beta2');
  // Listed under the line: one per row, or in columns when the pty has a width.
  expect(repl.screen()).toMatch(/Get-ChildItem \.\/fx\/Beta\s+\.\/fx\/Beta\s+\.\/fx\/beta2/);
  repl.type('\x15exit\r');
  await new Promise((resolve) => repl.proc.on('exit', resolve));
}, 60_000);
