// The start-up budget: which source modules of the bundle run for `psnode -Command 1+1`, found from V8's block
// coverage of dist/psnode.js mapped through its source map, and which packages and Node built-ins it requires.
// A module whose code never runs costs only parsing (and the code cache skips most of that); one that runs costs
// its top-level work, so the budget is on modules that run.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

/** Modules `-Command 1+1` must never run (each loads on first use). */
const FORBIDDEN = [
  /^node_modules\//,
  /^src\/sandbox\//,
  /^src\/identity\//,
  /^src\/pki\//,
  /^src\/host\/completion\//,
  /^src\/cli\/(repl|tab-completion|line-editor)/,
  /(^|\/)help[-/.]/i,
  /^cmdlets\/(?!Microsoft\.PowerShell\.Core\/Out-Default)/,
];
/** How many source modules may run at start-up (raise it only with a reason in the commit). */
const MODULE_BUDGET = 140;
/** Packages and Node built-ins start-up may require. */
const ALLOWED_REQUIRES = new Set(['fs', 'path', 'vm', 'module', 'os', 'util', 'crypto', 'tty', 'buffer', 'events']);

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes a source map's mappings into [generatedLine, generatedColumn, sourceIndex] triples. */
function decodeMappings(mappings) {
  const out = [];
  let source = 0;
  mappings.split(';').forEach((lineText, line) => {
    let column = 0;
    for (const segment of lineText.split(',')) {
      if (!segment) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) {
        source += fields[1];
        out.push([line, column, source]);
      }
    }
  });
  return out;
}

/** Execution count of every character of the bundle (innermost coverage range wins). */
function countsByOffset(functions, length) {
  const counts = new Int32Array(length);
  const ranges = functions.flatMap((f) => f.ranges).sort((a, b) => b.endOffset - b.startOffset - (a.endOffset - a.startOffset));
  for (const r of ranges) counts.fill(r.count, r.startOffset, Math.min(r.endOffset, length));
  return counts;
}

function startupModules(root) {
  const bundle = path.join(root, 'dist', 'psnode.js');
  const coverageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-coverage-'));
  const requiresFile = path.join(coverageDir, 'requires.json');
  const tracer = path.join(coverageDir, 'trace.js');
  // Records what the program itself requires (Node's own start-up modules are not its cost).
  fs.writeFileSync(tracer, `const M = require('module'); const seen = new Set(); const load = M._load;
M._load = function (request, ...rest) { seen.add(request.replace(/^node:/, '')); return load.call(this, request, ...rest); };
process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(requiresFile)}, JSON.stringify([...seen])));\n`);
  try {
    const result = spawnSync(process.execPath, ['--require', tracer, path.join(root, 'bin', 'psnode.js'), '-NoProfile', '-NonInteractive', '-Command', '1+1'], {
      env: { ...process.env, NODE_V8_COVERAGE: coverageDir, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`psnode -Command 1+1 failed: ${result.stderr}`);
    const scripts = fs
      .readdirSync(coverageDir)
      .filter((f) => f.startsWith('coverage-'))
      .flatMap((f) => JSON.parse(fs.readFileSync(path.join(coverageDir, f), 'utf8')).result);
    const entry = scripts.find((s) => s.url === bundle || s.url === `file://${bundle}`);
    if (!entry) throw new Error('no coverage for dist/psnode.js');
    const text = fs.readFileSync(bundle, 'latin1');
    // The launcher runs the bundle wrapped by Module.wrap, so offsets are shifted by the wrapper's prefix.
    const prefix = require('node:module').wrap('\u0000').indexOf('\u0000');
    const counts = countsByOffset(entry.functions, prefix + text.length);
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
    const map = JSON.parse(fs.readFileSync(bundle + '.map', 'utf8'));
    const ran = new Set();
    for (const [line, column, source] of decodeMappings(map.mappings)) {
      if (counts[prefix + lineStarts[line] + column] > 0) ran.add(path.relative(root, path.resolve(path.dirname(bundle), map.sources[source])).replace(/\\/g, '/'));
    }
    const requires = JSON.parse(fs.readFileSync(requiresFile, 'utf8')).filter((r) => !r.startsWith('/') && !r.startsWith('.'));
    return { modules: [...ran].sort(), requires };
  } finally {
    fs.rmSync(coverageDir, { recursive: true, force: true });
  }
}

/** `folder count` pairs (`cmdlets/PKI 12, src/pki 19`). */
function byFolder(modules) {
  const counts = new Map();
  for (const m of modules) {
    const folder = m.split('/').slice(0, 2).join('/');
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  return [...counts].map(([folder, n]) => `${folder} ${n}`).join(', ');
}

/** The budget check the bench prints after its table. */
function startupModuleCheck(root) {
  let found;
  try {
    found = startupModules(root);
  } catch (error) {
    return { ok: false, report: `start-up modules: cannot measure (${error.message.split('\n')[0]})` };
  }
  const forbidden = found.modules.filter((m) => FORBIDDEN.some((re) => re.test(m)));
  const extraRequires = found.requires.filter((r) => !ALLOWED_REQUIRES.has(r));
  const ok = forbidden.length === 0 && extraRequires.length === 0 && found.modules.length <= MODULE_BUDGET;
  const lines = [
    `start-up modules (psnode -Command 1+1): ${found.modules.length} source modules run (budget ${MODULE_BUDGET}); requires: ${found.requires.join(', ') || 'none'} -> ${ok ? 'within budget' : 'OVER BUDGET'}`,
  ];
  if (forbidden.length) lines.push(`  modules start-up must not run, by folder: ${byFolder(forbidden)}`);
  if (extraRequires.length) lines.push(`  requires start-up must not make: ${extraRequires.join(', ')}`);
  lines.push(`  all modules run, by folder: ${byFolder(found.modules)}`);
  return { ok, report: lines.join('\n') };
}

module.exports = { startupModuleCheck, startupModules };

if (require.main === module) console.log(startupModuleCheck(path.resolve(__dirname, '..', '..')).report);
