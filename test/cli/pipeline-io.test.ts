// psnode's pipelines as a process sees them through real pipes (issue #9): output arrives when it is written (and a
// table when pwsh's Out-Default would show it), a reader that closes stdout early ends psnode quietly, and redirected
// stdin is the script's $input (`-Command -` runs it line by line). Runs bin/psnode.js, which `npm test` builds first.

import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const BIN = path.join(__dirname, '..', '..', 'bin', 'psnode.js');
/** The bound: a line must reach the reader within 200 ms of being written. */
const STREAM_BOUND_MS = 200;
/** An expression for "now" in Unix milliseconds, written into each line so the reader can compare. */
const NOW_MS = "[long]((Get-Date).ToUniversalTime() - [datetime]'1970-01-01').TotalMilliseconds";

let home: string;

beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-pipe-'));
});
afterEach(() => {
  fs.rmSync(home, { recursive: true, force: true });
});

function env(): NodeJS.ProcessEnv {
  return { ...process.env, HOME: home, PSNODE_HOME: path.join(home, '.psnode'), NO_COLOR: '1', LANG: 'en_US.UTF-8', TZ: 'UTC' };
}

interface TimedLine {
  text: string;
  arrivedAt: number;
}

/** Runs psnode with stdout on a pipe and records when each line arrives. */
function timedLines(args: string[]): Promise<{ lines: TimedLine[]; code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: home, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: TimedLine[] = [];
    let pending = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const arrivedAt = Date.now();
      pending += chunk.toString('utf8');
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        lines.push({ text: pending.slice(0, newline), arrivedAt });
        pending = pending.slice(newline + 1);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ lines, code, stderr }));
  });
}

function sh(command: string, timeoutMs = 30000) {
  const r = spawnSync('bash', ['-c', command], { cwd: home, env: { ...env(), PSNODE: `${process.execPath} ${BIN}` }, encoding: 'utf8', timeout: timeoutMs });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('output streams as it is written', () => {
  test('each line ForEach-Object writes reaches the reader while the block still runs (it was one object late)', async () => {
    const r = await timedLines(['-NoProfile', '-Command', `1..3 | ForEach-Object { "line $_ $(${NOW_MS})"; Start-Sleep -Milliseconds 600 }`]);
    expect(r.stderr).toBe('');
    expect(r.lines.map((l) => l.text.replace(/ \d+$/, ''))).toEqual(['line 1', 'line 2', 'line 3']);
    for (const l of r.lines) expect(l.arrivedAt - Number(/(\d+)$/.exec(l.text)![1])).toBeLessThan(STREAM_BOUND_MS);
  }, 30000);

  test('a function, a script block and Invoke-Command stream too', async () => {
    const body = `"x $(${NOW_MS})"; Start-Sleep -Milliseconds 600; "y $(${NOW_MS})"`;
    const r = await timedLines(['-NoProfile', '-Command', `function f { ${body} }; f; & { ${body} }; Invoke-Command { ${body} }`]);
    expect(r.lines).toHaveLength(6);
    for (const l of r.lines) expect(l.arrivedAt - Number(/(\d+)$/.exec(l.text)![1])).toBeLessThan(STREAM_BOUND_MS);
  }, 30000);

  test("a table waits as pwsh's Out-Default does: the blank line at once, rows after 300 ms of objects, then each row at once", async () => {
    const r = await timedLines(['-NoProfile', '-Command', `1..4 | ForEach-Object { [pscustomobject]@{ n = $_; t = ${NOW_MS} }; Start-Sleep -Milliseconds 500 }`]);
    expect(r.stderr).toBe('');
    const rows = r.lines.map((l) => ({ ...l, m: /^\s*(\d)\s+(\d+)$/.exec(l.text) })).filter((l) => l.m);
    expect(rows.map((l) => l.m![1])).toEqual(['1', '2', '3', '4']);
    const written = rows.map((l) => Number(l.m![2]));
    // the leading blank line goes out with the first object
    expect(r.lines[0].text).toBe('');
    expect(r.lines[0].arrivedAt - written[0]).toBeLessThan(STREAM_BOUND_MS);
    // the first row waits for the object that comes more than 300 ms later (column widths), then the rest stream
    expect(rows[0].arrivedAt - written[0]).toBeGreaterThanOrEqual(300);
    expect(rows[0].arrivedAt - written[1]).toBeLessThan(STREAM_BOUND_MS);
    for (const i of [1, 2, 3]) expect(rows[i].arrivedAt - written[i]).toBeLessThan(STREAM_BOUND_MS);
  }, 30000);
});

describe('a closed stdout', () => {
  test('`psnode -Command ... | head -2` ends quietly with exit 0 and runs the script to its end, as pwsh does', () => {
    const r = sh(`$PSNODE -NoProfile -Command '1..100000; "after" | Set-Content after.txt' 2>err.txt | head -2; echo "rc=\${PIPESTATUS[0]}"`);
    expect(r.stdout).toBe('1\n2\nrc=0\n');
    expect(fs.readFileSync(path.join(home, 'err.txt'), 'utf8')).toBe('');
    expect(fs.readFileSync(path.join(home, 'after.txt'), 'utf8')).toBe('after\n');
  });

  test('the exit code is still the script’s own', () => {
    const r = sh(`$PSNODE -NoProfile -Command '1..100000; Get-Item /nonexistent-psnode' 2>/dev/null | head -1; echo "rc=\${PIPESTATUS[0]}"`);
    expect(r.stdout).toBe('1\nrc=1\n');
  });
});

describe('redirected stdin', () => {
  test('is $input for -File and -Command', () => {
    fs.writeFileSync(path.join(home, 'stdin.ps1'), '$input | ForEach-Object { "got: $_" }\n');
    expect(sh(`printf 'a\\nb\\n' | $PSNODE -NoProfile -File ./stdin.ps1`)).toEqual({ code: 0, stdout: 'got: a\ngot: b\n', stderr: '' });
    expect(sh(`printf 'a\\r\\nb' | $PSNODE -NoProfile -Command '$input | ForEach-Object { "[$_]" }; "again: $(@($input).Count)"'`).stdout).toBe('[a]\n[b]\nagain: 0\n');
  });

  test('is read only as far as the script enumerates it', () => {
    const r = sh(`yes | $PSNODE -NoProfile -Command '$input | Select-Object -First 2'`, 20000);
    expect(r).toEqual({ code: 0, stdout: 'y\ny\n', stderr: '' });
  });

  test('`-Command -` runs each line as it comes; an open block runs at the first empty line after which it is complete', () => {
    const text = 'function f {\\n "x"\\n}\\n\\nf\\n"one"\\nthrow "bad"\\n"two"\\n$y = 1 +\\n 2\\n"dropped: the block never ends"\\n';
    const r = sh(`printf '${text}' | $PSNODE -NoProfile -Command -`);
    expect(r).toEqual({ code: 0, stdout: 'x\none\ntwo\n', stderr: 'Exception: bad\n' });
    expect(sh(`printf '"a"\\nexit 3\\n"b"\\n' | $PSNODE -NoProfile -Command -`)).toEqual({ code: 3, stdout: 'a\n', stderr: '' });
    expect(sh(`printf '"a"; Get-Item /nonexistent-psnode\\n' | $PSNODE -NoProfile -Command -`).code).toBe(1);
  });
});
