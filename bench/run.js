#!/usr/bin/env node
// `npm run bench`: runs every bench/*-bench.js (each prints JSON lines), shows them side by side as a table with
// psnode/pwsh ratios, then the raw JSON lines. Benchmarks never run in tests.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

function benchFiles() {
  return fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('-bench.js'))
    .sort()
    .map((name) => path.join(__dirname, name));
}

function runBench(file) {
  process.stderr.write(`bench: running ${path.basename(file)}\n`);
  const result = spawnSync(process.execPath, [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) process.stderr.write(`bench: ${path.basename(file)} exited with ${result.status}\n`);
  return (result.stdout || '').split('\n').filter((line) => line.trim().startsWith('{'));
}

const fmt = (ms) => (typeof ms === 'number' ? `${ms.toFixed(1)} ms` : 'n/a');
const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && a > 0 ? `${(b / a).toFixed(2)}x` : 'n/a');

function tableRow(record) {
  const cells = [record.name, fmt(record.psnode_ms), fmt(record.pwsh_ms), ratio(record.psnode_ms, record.pwsh_ms)];
  if (record.baseline) cells.push(`${record.baseline}: ${fmt(record.baseline_ms)} (psnode ${ratio(record.baseline_ms, record.psnode_ms)} of it)`);
  else cells.push('');
  cells.push(record.target || '');
  return cells;
}

function printTable(rows) {
  const header = ['benchmark', 'psnode', 'pwsh', 'pwsh/psnode', 'baseline', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  rows.forEach((r) => console.log(line(r)));
}

const lines = benchFiles().flatMap(runBench);
const records = lines.map((line) => {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
});
const comparable = records.filter((r) => r && typeof r.name === 'string' && ('psnode_ms' in r || 'pwsh_ms' in r));
if (comparable.length > 0) {
  printTable(comparable.map(tableRow));
  console.log('');
}
console.log('JSON lines:');
lines.forEach((line) => console.log(line));
