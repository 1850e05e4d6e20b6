// How the bench measures one run of one implementation: the time a script reports for its own timed part, the wall
// time of a whole process, its peak RSS (through /usr/bin/time), or the time to an interactive prompt in a
// pseudo-terminal (through python3's pty). Every sample carries the 1-minute load average taken when it ran.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const MARK = 'BENCH_MS=';
const TIME_BIN = '/usr/bin/time';

/** Wraps a row's PowerShell so the script times itself: setup untimed, then the timed part, then one marker line. */
function timedScript(setup, body) {
  return [
    setup || '',
    '$__benchStart = [DateTime]::UtcNow',
    '$null = . {',
    body,
    '}',
    `'${MARK}' + ([DateTime]::UtcNow - $__benchStart).TotalMilliseconds`,
    '',
  ].join('\n');
}

function firstErrorLine(result) {
  if (result.error) return result.error.code === 'ETIMEDOUT' ? 'timed out' : result.error.message;
  const lines = String(result.stderr || `exit code ${result.status}`).split('\n').filter((l) => l.trim());
  return lines.find((l) => /error|exception/i.test(l)) || lines[0] || `exit code ${result.status}`;
}

/** Runs argv once; returns { ms, rssMiB, reported, load } or { error }. */
function runOnce(argv, { env, timeoutMs, rss, cwd }) {
  const load = os.loadavg()[0];
  const rssFile = rss ? path.join(os.tmpdir(), `psnode-bench-rss-${process.pid}.txt`) : null;
  const full = rss ? [TIME_BIN, '-f', '%M', '-o', rssFile, ...argv] : argv;
  const start = process.hrtime.bigint();
  const result = spawnSync(full[0], full.slice(1), { env, cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 || result.error) return { error: firstErrorLine(result), load };
  const sample = { ms, load };
  const marker = result.stdout.lastIndexOf(MARK);
  if (marker >= 0) sample.reported = Number.parseFloat(result.stdout.slice(marker + MARK.length));
  if (rssFile) {
    sample.rssMiB = Number.parseInt(fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop(), 10) / 1024;
    fs.rmSync(rssFile, { force: true });
  }
  sample.stdout = result.stdout;
  return sample;
}

// Forks argv on a pseudo-terminal and prints the milliseconds until `PS ` appears (then closes the terminal).
const PROMPT_PROBE = String.raw`
import os, pty, sys, time, select, signal
start = time.monotonic()
pid, fd = pty.fork()
if pid == 0:
    os.execvpe(sys.argv[1], sys.argv[1:], os.environ)
seen = b''
while b'PS ' not in seen:
    r, _, _ = select.select([fd], [], [], 30)
    if not r:
        break
    try:
        seen += os.read(fd, 4096)
    except OSError:
        break
elapsed = (time.monotonic() - start) * 1000
os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)
print('${MARK}%f' % elapsed if b'PS ' in seen else 'no prompt')
`;

/** Milliseconds from spawning argv on a terminal to its first prompt. */
function promptOnce(argv, { env, timeoutMs }) {
  const sample = runOnce(['python3', '-c', PROMPT_PROBE, ...argv], { env, timeoutMs });
  if (sample.error) return sample;
  if (sample.reported === undefined) return { error: 'no prompt', load: sample.load };
  return sample;
}

module.exports = { timedScript, runOnce, promptOnce, MARK };
