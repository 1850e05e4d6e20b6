#!/usr/bin/env node
// Engine benchmarks, psnode beside pwsh on the same machine: cold start, a 1,000,000-iteration loop, 100,000 function
// calls, and parsing a 10,000-line script. Prints one JSON line per figure (medians of RUNS runs, in milliseconds):
// {"bench":"engine","name":...,"psnode_ms":...,"pwsh_ms":...,"baseline_ms"?:...,"target":...}
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { findPwsh } = require('../scripts/lib/pwsh.js');

const ROOT = path.resolve(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS || 5);
const PSNODE = [process.execPath, path.join(ROOT, 'bin', 'psnode.js')];
const PWSH = findPwsh();
const ENV = { ...process.env, NO_COLOR: '1' };

const LOOP = '$s = 0; foreach ($i in 1..1000000) { $s += $i }; $s';
const CALLS = 'function Add-One($x) { $x + 1 }; $n = 0; for ($i = 0; $i -lt 100000; $i++) { $n = Add-One $n }; $n';

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function firstErrorLine(result) {
  const lines = String(result.stderr || result.error || `exit code ${result.status}`).split('\n').filter((l) => l.trim());
  return lines.find((l) => /error/i.test(l)) || lines[0] || `exit code ${result.status}`;
}

/** Median wall time of running argv; null if it failed (the reason goes to stderr). */
function timeProcess(argv) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(argv[0], argv.slice(1), { env: ENV, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) {
      process.stderr.write(`engine-bench: ${argv.slice(1).join(' ').slice(0, 80)} failed: ${firstErrorLine(result)}\n`);
      return null;
    }
    times.push(elapsed);
  }
  return round(median(times));
}

const round = (ms) => (ms === null ? null : Math.round(ms * 10) / 10);
const psnode = (command) => timeProcess([...PSNODE, '-NoProfile', '-NonInteractive', '-Command', command]);
const pwsh = (command) => (PWSH ? timeProcess([PWSH, '-NoProfile', '-NonInteractive', '-Command', command]) : null);

function emit(record) {
  process.stdout.write(JSON.stringify({ bench: 'engine', ...record }) + '\n');
}

/** A 10,000-line script that exercises most of the grammar. */
function tenThousandLines() {
  const block = [
    '$value = 1 + 2 * 3',
    '$text = "item $value and $($value * 2)"',
    "$list = @(1, 2, 3) | Where-Object { $_ -gt 1 } | ForEach-Object { $_ * 2 }",
    "$table = @{ Name = 'x'; Count = 3 }",
    'if ($value -gt 3) { Write-Output $text } elseif ($value -eq 0) { $null } else { throw "bad" }',
    'foreach ($i in 1..3) { $value += $i }',
    "switch ($value) { 1 { 'one' } default { 'other' } }",
    'function Get-Thing([string] $Name, [int] $Size = 2) { "$Name$Size" }',
    "try { Get-Thing -Name 'a' } catch { $_.Exception.Message } finally { }",
    '$result = [math]::Max($value, 10) -as [string]',
  ];
  const lines = [];
  while (lines.length < 10000) lines.push(...block);
  return lines.slice(0, 10000).join('\n') + '\n';
}

/** Loads `parse` from src/parser by bundling it with esbuild (jest-free, no build step of its own). */
function loadPsnodeParser(outDir) {
  const entry = ['index.ts', 'parser.ts'].map((f) => path.join(ROOT, 'src', 'parser', f)).find((f) => fs.existsSync(f));
  if (!entry) return null;
  const outfile = path.join(outDir, 'parser-bundle.js');
  require('esbuild').buildSync({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent' });
  const parse = require(outfile).parse;
  return typeof parse === 'function' ? parse : null;
}

function psnodeWarmParse(script, outDir) {
  let parse;
  try {
    parse = loadPsnodeParser(outDir);
  } catch (error) {
    process.stderr.write(`engine-bench: cannot load src/parser: ${error.message.split('\n')[0]}\n`);
  }
  if (!parse) return null;
  parse(script); // warm-up
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    parse(script);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return round(median(times));
}

function pwshWarmParse(file) {
  if (!PWSH) return null;
  const command = [
    `$text = [System.IO.File]::ReadAllText('${file}')`,
    '$null = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$null, [ref]$null)',
    `$times = foreach ($i in 1..${RUNS}) { $w = [System.Diagnostics.Stopwatch]::StartNew(); $null = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$null, [ref]$null); $w.Elapsed.TotalMilliseconds }`,
    '($times | Sort-Object)[[int][math]::Floor($times.Count / 2)]',
  ].join('; ');
  const result = spawnSync(PWSH, ['-NoProfile', '-NonInteractive', '-Command', command], { env: ENV, encoding: 'utf8' });
  const ms = Number.parseFloat(result.stdout);
  return Number.isFinite(ms) ? round(ms) : null;
}

function main() {
  if (!PWSH) process.stderr.write('engine-bench: pwsh not installed (scripts/install-pwsh); pwsh figures are null\n');
  const node = timeProcess([process.execPath, '-e', '0']);
  emit({ name: "cold start -Command '1+1'", psnode_ms: psnode('1+1'), pwsh_ms: pwsh('1+1'), baseline: 'node -e 0', baseline_ms: node, target: '<= 1.5x node -e 0 and >= 3x faster than pwsh' });
  emit({ name: 'foreach 1..1000000 sum (whole process)', psnode_ms: psnode(LOOP), pwsh_ms: pwsh(LOOP), target: '>= 2x faster than pwsh' });
  emit({ name: '100,000 function calls (whole process)', psnode_ms: psnode(CALLS), pwsh_ms: pwsh(CALLS), target: '>= 2x faster than pwsh' });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-bench-'));
  try {
    const file = path.join(tmp, 'ten-thousand-lines.ps1');
    const script = tenThousandLines();
    fs.writeFileSync(file, script);
    emit({ name: 'parse a 10,000-line script (warm, in-process)', psnode_ms: psnodeWarmParse(script, tmp), pwsh_ms: pwshWarmParse(file), target: 'psnode < 300 ms' });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
