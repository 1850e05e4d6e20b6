// Native commands through the real CLI (issue #9): stdout lines reach the next command while the program still runs,
// a program alone at a terminal writes to it directly (it sees a TTY, as under pwsh), and the pieces that decode its
// output and rebuild a Legacy command line follow .NET's rules. Runs bin/psnode.js, which `npm test` builds first.

import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { splitCommandLine } from '../../src/runtime/native/arguments';
import { LineDecoder } from '../../src/runtime/native/line-decoder';

const BIN = path.join(__dirname, '..', '..', 'bin', 'psnode.js');
/** The bound: a line must reach the reader within 200 ms of being written. */
const STREAM_BOUND_MS = 200;

let home: string;
beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-native-'));
});
afterEach(() => {
  fs.rmSync(home, { recursive: true, force: true });
});

function env(): NodeJS.ProcessEnv {
  return { ...process.env, HOME: home, PSNODE_HOME: path.join(home, '.psnode'), NO_COLOR: '1', LANG: 'en_US.UTF-8' };
}

test('stdout lines stream into the pipeline while the program runs', async () => {
  // each line carries the time the program wrote it (Unix ms); ForEach-Object passes it on to psnode's stdout
  const script = `sh -c 'date +%s%3N; sleep 1; date +%s%3N' | ForEach-Object { "got $_" }`;
  const arrivals: Array<{ written: number; arrived: number }> = [];
  await new Promise<void>((resolve) => {
    const child = spawn(process.execPath, [BIN, '-NoProfile', '-Command', script], { cwd: home, env: env(), stdio: ['ignore', 'pipe', 'inherit'] });
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const arrived = Date.now();
      pending += chunk.toString();
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const m = /^got (\d+)$/.exec(pending.slice(0, nl));
        if (m) arrivals.push({ written: Number(m[1]), arrived });
        pending = pending.slice(nl + 1);
      }
    });
    child.on('close', () => resolve());
  });
  expect(arrivals).toHaveLength(2);
  for (const a of arrivals) expect(a.arrived - a.written).toBeLessThan(STREAM_BOUND_MS);
  // the first line came out a second before the program ended, not when it exited
  expect(arrivals[1].arrived - arrivals[0].arrived).toBeGreaterThan(700);
});

test('a program alone at a terminal writes to the terminal itself; captured, it writes to a pipe', () => {
  const script = `sh -c '[ -t 1 ] && echo alone:tty || echo alone:notty'; $x = sh -c '[ -t 1 ] && echo tty || echo notty'; "captured:$x"`;
  fs.writeFileSync(path.join(home, 'tty.ps1'), script);
  const command = `${process.execPath} ${BIN} -NoProfile -File tty.ps1`;
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: home, env: env(), encoding: 'utf8', timeout: 30000 });
  const lines = r.stdout.replace(/\r/g, '').split('\n').filter((l) => l.includes(':'));
  expect(lines).toEqual(['alone:tty', 'captured:notty']);
});

test('Legacy command lines are split by the Windows C runtime rules .NET uses on Unix', () => {
  expect(splitCommandLine('a "b c" d')).toEqual(['a', 'b c', 'd']);
  expect(splitCommandLine('c"d e\\"f')).toEqual(['cd e"f']);
  expect(splitCommandLine('"a\\\\" b')).toEqual(['a\\', 'b']);
  expect(splitCommandLine('"x""y" z')).toEqual(['x"y', 'z']);
  expect(splitCommandLine('  ')).toEqual([]);
});

test('output bytes become lines as StreamReader.ReadLine gives them', () => {
  const d = new LineDecoder('utf8');
  const bytes = Buffer.from('one\r\ntwo\rthree\n\u00e9x');
  // split inside \r\n and inside the two bytes of é
  expect(d.push(bytes.subarray(0, 4))).toEqual([]);
  expect(d.push(bytes.subarray(4, 16))).toEqual(['one', 'two', 'three']);
  expect(d.push(bytes.subarray(16, 17))).toEqual([]);
  expect(d.push(bytes.subarray(17))).toEqual([]);
  expect(d.end()).toEqual(['\u00e9x']);
  expect(new LineDecoder('latin1').push(Buffer.from([0xc3, 0xa9, 0x0a]))).toEqual(['\u00c3\u00a9']);
  expect(new LineDecoder('ascii').push(Buffer.from([0x61, 0xff, 0x0a]))).toEqual(['a?']);
});
