#!/usr/bin/env node
// `npm run bench [-- --quick] [--runs N] [--only REGEX] [--before DIR] [--json]`: one table of psnode against pwsh
// (and Node's floor where there is one), medians of interleaved runs, the 1-minute load average beside each figure.
// Rows are declarations in bench/rows/*.js (see bench/README.md); `--before DIR` adds a column for another psnode
// checkout (its own build), so a before/after comparison comes from one run on one machine. Never run in tests.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { findPwsh } = require('../scripts/lib/pwsh.js');
const { timedScript, runOnce, promptOnce } = require('./lib/measure');
const { startupModuleCheck } = require('./lib/startup-modules');
const { ROOT } = require('./lib/scripts');

function parseArgs(argv) {
  const opts = { quick: false, runs: undefined, only: undefined, before: undefined, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') opts.quick = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--runs') opts.runs = Number(argv[++i]);
    else if (a === '--only') opts.only = new RegExp(argv[++i], 'i');
    else if (a === '--before') opts.before = path.resolve(argv[++i]);
    else throw new Error(`bench: unknown option ${a}`);
  }
  opts.runs = opts.runs || Number(process.env.BENCH_RUNS) || (opts.quick ? 3 : 5);
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const PWSH = findPwsh();
const ENV = { ...process.env, NO_COLOR: '1' };
const TIMEOUT_MS = opts.quick ? 60000 : 180000;

/** The implementations compared, in the order of the table's columns. */
function implementations() {
  const psnodeIn = (dir) => ({ argv: [process.execPath, path.join(dir, 'bin', 'psnode.js'), '-NoProfile'], batch: ['-NonInteractive'] });
  const list = [{ key: 'psnode', ...psnodeIn(ROOT), psnode: true }];
  if (opts.before) list.push({ key: 'before', ...psnodeIn(opts.before), psnode: true });
  if (PWSH) list.push({ key: 'pwsh', argv: [PWSH, '-NoProfile'], batch: ['-NonInteractive'] });
  else process.stderr.write('bench: pwsh not installed (scripts/install-pwsh); pwsh figures are n/a\n');
  return list;
}

function loadRows() {
  const dir = path.join(__dirname, 'rows');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .flatMap((f) => require(path.join(dir, f)).map((row) => ({ measure: 'script', ...row, file: f })));
}

const countText = (n) => (n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

/** The argv and options one sample of `row` runs for implementation `impl` (or Node's floor). */
function sampleCommand(row, ctx, impl) {
  if (impl.key === 'node') {
    if (row.measure !== 'script') return { argv: [process.execPath, ...row.node.split(' ').slice(1)] };
    const floor = row.node(ctx);
    const { setup, body } = typeof floor === 'string' ? { setup: '', body: floor } : floor;
    const file = path.join(ctx.dir, 'floor.js');
    fs.writeFileSync(file, `${setup}\nconst __t = process.hrtime.bigint();\n${body}\nconsole.log('BENCH_MS=' + Number(process.hrtime.bigint() - __t) / 1e6);\n`);
    return { argv: [process.execPath, file] };
  }
  if (row.measure === 'prompt') return { argv: [...impl.argv, ...row.args] };
  const base = [...impl.argv, ...impl.batch];
  if (row.args) return { argv: [...base, ...row.args] };
  const file = path.join(ctx.dir, 'row.ps1');
  fs.writeFileSync(file, row.measure === 'script' ? timedScript(row.setup?.(ctx), row.script(ctx)) : row.script(ctx) + '\n');
  return { argv: [...base, '-File', file] };
}

/** A HOME for one sample: a new empty one per run (fresh), or one primed by a first unmeasured run (warm). */
function sampleEnv(row, ctx, impl, argv) {
  if (!row.home) return ENV;
  const make = () => {
    const home = fs.mkdtempSync(path.join(ctx.dir, 'home-'));
    return { ...ENV, HOME: home, PSNODE_HOME: path.join(home, '.psnode') };
  };
  if (row.home === 'fresh') return make();
  ctx.homes ??= {};
  if (!ctx.homes[impl.key]) {
    ctx.homes[impl.key] = make();
    runOnce(argv, { env: ctx.homes[impl.key], timeoutMs: TIMEOUT_MS });
  }
  return ctx.homes[impl.key];
}

function measureOnce(row, ctx, impl) {
  const { argv } = sampleCommand(row, ctx, impl);
  const env = sampleEnv(row, ctx, impl, argv);
  const sample = row.measure === 'prompt' ? promptOnce(argv, { env, timeoutMs: TIMEOUT_MS }) : runOnce(argv, { env, timeoutMs: TIMEOUT_MS, rss: row.measure === 'rss', cwd: ctx.dir });
  if (sample.error) return sample;
  if (row.expect && !sample.stdout.includes(row.expect)) return { error: `output lacks ${row.expect}`, load: sample.load };
  const value = row.measure === 'rss' ? sample.rssMiB : row.measure === 'process' ? sample.ms : sample.reported;
  if (typeof value !== 'number' || Number.isNaN(value)) return { error: 'no figure reported', load: sample.load };
  return { value, load: sample.load };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs one row: `runs` rounds, each round one sample per implementation in a rotating order. */
function runRow(row, impls, tmp, index) {
  const n = row.size ? row.size[opts.quick ? 1 : 0] : undefined;
  const dir = fs.mkdtempSync(path.join(tmp, `row${index}-`));
  const ctx = { n, dir, quick: opts.quick };
  ctx.files = row.prepare?.(dir, n) ?? {};
  const name = n === undefined ? row.name : row.name.replace(/\bN\b/, countText(n));
  const columns = [...impls.filter((i) => i.key !== 'pwsh' || row.pwsh !== false), ...(row.node ? [{ key: 'node' }] : [])];
  const samples = Object.fromEntries(columns.map((c) => [c.key, []]));
  const failed = {};
  process.stderr.write(`bench: ${name}\n`);
  for (let round = 0; round < opts.runs; round++) {
    for (let k = 0; k < columns.length; k++) {
      const impl = columns[(k + round) % columns.length];
      if (failed[impl.key]) continue;
      const s = measureOnce(row, ctx, impl);
      if (s.error) {
        failed[impl.key] = s.error;
        process.stderr.write(`bench:   ${impl.key}: ${s.error}\n`);
      } else samples[impl.key].push(s);
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const figures = {};
  for (const [key, list] of Object.entries(samples)) {
    figures[key] = failed[key] || list.length === 0 ? { error: failed[key] ?? 'not run' } : { value: median(list.map((s) => s.value)), load: median(list.map((s) => s.load)), runs: list.length };
  }
  return { name, unit: row.measure === 'rss' ? 'MiB' : 'ms', figures, target: row.target ?? (row.measure === 'rss' ? '' : '>= 2x faster than pwsh'), nodeLabel: row.nodeLabel ?? (row.node ? (typeof row.node === 'string' ? row.node : 'plain JS') : '') };
}

const cell = (f, unit) => (!f ? '' : f.error ? `n/a (${f.error.slice(0, 24)})` : `${f.value.toFixed(1)} ${unit} @${f.load.toFixed(1)}`);
const ratio = (a, b) => (a && b && a.value > 0 && b.value !== undefined ? `${(b.value / a.value).toFixed(2)}x` : '');

function printTable(results, impls) {
  const keys = impls.map((i) => i.key);
  const header = ['benchmark', ...keys.flatMap((k) => (k === 'psnode' ? ['psnode'] : [k, `${k}/psnode`])), 'node floor', 'target'];
  const rows = results.map((r) => {
    const ps = r.figures.psnode;
    const cells = [r.name];
    for (const k of keys) {
      if (k === 'psnode') cells.push(cell(ps, r.unit));
      else cells.push(cell(r.figures[k], r.unit), ratio(ps, r.figures[k]));
    }
    cells.push(r.figures.node ? `${cell(r.figures.node, r.unit)} (${r.nodeLabel}; psnode ${ratio(r.figures.node, ps)} of it)` : '');
    cells.push(r.target);
    return cells;
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  rows.forEach((r) => console.log(line(r)));
}

/** The other bench files (bench/*-bench.js) print JSON lines of their own; their figures join the table as rows. */
function otherBenchRows() {
  return fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('-bench.js'))
    .sort()
    .flatMap((f) => {
      process.stderr.write(`bench: running ${f}\n`);
      const load = os.loadavg()[0];
      const result = spawnSync(process.execPath, [path.join(__dirname, f)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
      return (result.stdout || '')
        .split('\n')
        .filter((l) => l.trim().startsWith('{'))
        .map((l) => JSON.parse(l))
        .filter((r) => typeof r.name === 'string')
        .map((r) => {
          const value = r.psnode_ms ?? r.value;
          const figures = { psnode: typeof value === 'number' ? { value, load } : { error: 'no figure' } };
          if (typeof r.pwsh_ms === 'number') figures.pwsh = { value: r.pwsh_ms, load };
          return { name: `${r.bench ?? f.replace('-bench.js', '')}: ${r.name}`, unit: r.unit ?? 'ms', figures, target: r.target ?? '', nodeLabel: '' };
        });
    });
}

function main() {
  const impls = implementations();
  const rows = loadRows().filter((r) => !opts.only || opts.only.test(r.name));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-bench-'));
  const results = [];
  try {
    rows.forEach((row, i) => {
      if (row.skip) process.stderr.write(`bench: ${row.name} skipped: ${row.skip}\n`);
      else results.push(runRow(row, impls, tmp, i));
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (!opts.quick && !opts.only) results.push(...otherBenchRows());
  console.log(`psnode bench (${opts.quick ? 'quick' : 'full'}, median of ${opts.runs} interleaved runs; @ = 1-minute load average; ${os.cpus().length} cores, node ${process.version})`);
  printTable(results, impls);
  const check = startupModuleCheck(ROOT);
  console.log('');
  console.log(check.report);
  if (opts.json) results.forEach((r) => console.log(JSON.stringify(r)));
  if (!check.ok) process.exitCode = 1;
}

main();
