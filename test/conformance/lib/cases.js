// Conformance cases: finds them, runs one under the fixed conditions shared by pwsh (the recorder) and psnode (the
// jest harness), normalises machine-specific text, and reads/writes the `.expected` golden format.
//
// Conditions (identical for both shells, see test/conformance/README.md):
// - each case is copied into a fresh directory `/tmp/psconf-XXXXXX/` and run from there as `-File <basename>`,
//   so every absolute path in the output has the same length on every machine; that directory is then written as
//   `{CASEDIR}` in the output;
// - HOME (and PSNODE_HOME) are sub-directories of it; stdin is /dev/null; stdout and stderr are pipes (no terminal,
//   so both shells lay out in 80 columns, 79 usable);
// - NO_COLOR=1, LANG=LC_ALL=en_US.UTF-8 (culture en-US), TZ=UTC.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { PWSH_VERSION, findPwsh } = require('../../../scripts/lib/pwsh.js');

const CONFORMANCE_DIR = path.resolve(__dirname, '..');
const CASES_DIR = path.join(CONFORMANCE_DIR, 'cases');
const REPO_ROOT = path.resolve(CONFORMANCE_DIR, '..', '..');
// A fixed root (not os.tmpdir(), which honours TMPDIR) keeps path lengths, and so line wrapping, the same everywhere.
const CASE_DIR_ROOT = '/tmp';
const CASE_DIR_TOKEN = '{CASEDIR}';
const GOLDEN_HEADER = `# Recorded from pwsh ${PWSH_VERSION} by scripts/record-conformance. Never edit by hand.`;
const NO_NEWLINE_MARK = '\\ No newline at end';

/** Every case as `<topic>/<name>` (no extension), sorted. */
function listCases(casesDir = CASES_DIR) {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ps1')) found.push(path.relative(casesDir, full).slice(0, -'.ps1'.length));
    }
  };
  if (fs.existsSync(casesDir)) walk(casesDir);
  return found.map((id) => id.split(path.sep).join('/')).sort();
}

/** Keeps the cases whose id contains any of the given substrings (all when none are given). */
function filterCases(ids, filters) {
  if (!filters || filters.length === 0) return ids;
  return ids.filter((id) => filters.some((f) => id.includes(f)));
}

function casePath(id, casesDir = CASES_DIR) {
  return path.join(casesDir, ...id.split('/')) + '.ps1';
}

function goldenPath(id, goldenDir = CASES_DIR) {
  return path.join(goldenDir, ...id.split('/')) + '.expected';
}

function caseEnvironment(caseDir) {
  const home = path.join(caseDir, 'home');
  const psnodeHome = path.join(caseDir, 'psnode-home');
  fs.mkdirSync(home, { mode: 0o700 });
  fs.mkdirSync(psnodeHome, { mode: 0o700 });
  return {
    ...process.env,
    HOME: home,
    PSNODE_HOME: psnodeHome,
    NO_COLOR: '1',
    LANG: 'en_US.UTF-8',
    LC_ALL: 'en_US.UTF-8',
    TZ: 'UTC',
    TERM: 'dumb',
    POWERSHELL_TELEMETRY_OPTOUT: '1',
    POWERSHELL_UPDATECHECK: 'Off',
  };
}

/**
 * Runs one case with `argv` (e.g. [pwsh, '-NoProfile', ...] without the script) and resolves to
 * { stdout, stderr, exitCode, timedOut }, already normalised.
 */
async function runCase(id, commandArgv, { timeoutMs = 60000, casesDir = CASES_DIR } = {}) {
  const caseDir = fs.mkdtempSync(path.join(CASE_DIR_ROOT, 'psconf-'));
  try {
    const script = path.basename(casePath(id, casesDir));
    fs.copyFileSync(casePath(id, casesDir), path.join(caseDir, script));
    const env = caseEnvironment(caseDir);
    const [command, ...args] = commandArgv;
    const result = await spawnCollect(command, [...args, script], { cwd: caseDir, env }, timeoutMs);
    return {
      stdout: normalise(result.stdout, caseDir),
      stderr: normalise(result.stderr, caseDir),
      exitCode: result.exitCode,
      timedOut: result.timedOut,
    };
  } finally {
    fs.rmSync(caseDir, { recursive: true, force: true });
  }
}

function spawnCollect(command, args, options, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ stdout: '', stderr: `spawn failed: ${error.message}\n`, exitCode: -1, timedOut });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        exitCode: code === null ? `signal ${signal}` : code,
        timedOut,
      });
    });
  });
}

/** Replaces the per-run case directory (and its realpath) with a token. */
function normalise(text, caseDir) {
  const real = fs.realpathSync(caseDir);
  let out = text.split(caseDir).join(CASE_DIR_TOKEN);
  if (real !== caseDir) out = out.split(real).join(CASE_DIR_TOKEN);
  return out;
}

// Golden format: readable in a diff, exact to the byte. Each output line is prefixed with `|`; a stream that does not
// end with a newline ends with the line `\ No newline at end`.
function encodeStream(text) {
  if (text === '') return '';
  const endsWithNewline = text.endsWith('\n');
  const lines = (endsWithNewline ? text.slice(0, -1) : text).split('\n');
  return lines.map((line) => `|${line}\n`).join('') + (endsWithNewline ? '' : `${NO_NEWLINE_MARK}\n`);
}

function encodeGolden({ stdout, stderr, exitCode }) {
  return `${GOLDEN_HEADER}\nexit: ${exitCode}\nstdout:\n${encodeStream(stdout)}stderr:\n${encodeStream(stderr)}`;
}

function decodeStream(lines) {
  let text = '';
  for (const line of lines) {
    if (line === NO_NEWLINE_MARK) return text.slice(0, -1);
    if (!line.startsWith('|')) throw new Error(`malformed golden line: ${JSON.stringify(line)}`);
    text += line.slice(1) + '\n';
  }
  return text;
}

function decodeGolden(text) {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines[0] !== GOLDEN_HEADER) throw new Error('golden does not start with the recorder header');
  const exitMatch = /^exit: (.*)$/.exec(lines[1] || '');
  const stderrAt = lines.indexOf('stderr:', 3);
  if (!exitMatch || lines[2] !== 'stdout:' || stderrAt < 0) throw new Error('malformed golden');
  const exitCode = /^-?\d+$/.test(exitMatch[1]) ? Number(exitMatch[1]) : exitMatch[1];
  return { exitCode, stdout: decodeStream(lines.slice(3, stderrAt)), stderr: decodeStream(lines.slice(stderrAt + 1)) };
}

/** Runs `worker(item)` over `items`, `limit` at a time, resolving to the results in order. */
async function mapLimit(items, limit, worker) {
  const results = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await worker(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

const PWSH_ARGS = ['-NoProfile', '-NonInteractive', '-File'];
const PSNODE_ARGV = [process.execPath, path.join(REPO_ROOT, 'bin', 'psnode.js'), '-NoProfile', '-NonInteractive', '-File'];

module.exports = {
  CASES_DIR,
  CONFORMANCE_DIR,
  REPO_ROOT,
  PWSH_VERSION,
  PWSH_ARGS,
  PSNODE_ARGV,
  listCases,
  filterCases,
  casePath,
  goldenPath,
  runCase,
  encodeGolden,
  decodeGolden,
  mapLimit,
  findPwsh,
};
