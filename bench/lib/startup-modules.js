// The start-up budget: which source modules of the bundle run for `psnode -Command 1+1`, and which packages and
// Node built-ins it requires. esbuild wraps every module that is required lazily in an init function
// (`__esm({"path"() {...}})`); such a module ran if V8's coverage counts a call of that function. The few modules
// not wrapped are top-level code and always run. (Mapping coverage ranges through the source map instead counts
// every module whose hoisted declarations sit at top level, i.e. nearly all of them.)
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
  // The manifests are the registry of names and aliases; a cmdlet's own file loads when it first runs.
  /^cmdlets\/(?!Microsoft\.PowerShell\.Core\/Out-Default|[^/]+\/manifest\.ts$)/,
];
/** How many source modules may run at start-up (raise it only with a reason in the commit). */
const MODULE_BUDGET = 140;
/** Packages and Node built-ins start-up may require. */
const ALLOWED_REQUIRES = new Set(['fs', 'path', 'vm', 'module', 'os', 'util', 'crypto', 'tty', 'buffer', 'events']);

/** Each lazily initialised module of the bundle: its path and the offset of its init function. */
function wrappedModules(text) {
  return [...text.matchAll(/__(?:esm|commonJS)\(\{("([^"]+)")\(/g)].map((m) => ({ name: m[2], offset: m.index + m[0].length - m[1].length - 1 }));
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
    const callsAt = new Map(entry.functions.map((f) => [f.ranges[0].startOffset, f.ranges[0].count]));
    const wrapped = wrappedModules(text);
    if (wrapped.length === 0) throw new Error('no lazily initialised modules found in dist/psnode.js (bundle format changed?)');
    const ran = new Set(wrapped.filter((m) => callsAt.get(prefix + m.offset) > 0).map((m) => m.name));
    const names = new Set(wrapped.map((m) => m.name));
    const map = JSON.parse(fs.readFileSync(bundle + '.map', 'utf8'));
    for (const source of map.sources) {
      const name = path.relative(root, path.resolve(path.dirname(bundle), source)).replace(/\\/g, '/');
      if (!names.has(name)) ran.add(name);
    }
    const requires = JSON.parse(fs.readFileSync(requiresFile, 'utf8')).filter((r) => !r.startsWith('/') && !r.startsWith('.'));
    return { modules: [...ran].sort(), requires, bundled: map.sources.length };
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
    `start-up modules (psnode -Command 1+1): ${found.modules.length} of ${found.bundled} bundled source modules run (budget ${MODULE_BUDGET}); requires: ${found.requires.join(', ') || 'none'} -> ${ok ? 'within budget' : 'OVER BUDGET'}`,
  ];
  if (forbidden.length) lines.push(`  modules start-up must not run, by folder: ${byFolder(forbidden)}`);
  if (extraRequires.length) lines.push(`  requires start-up must not make: ${extraRequires.join(', ')}`);
  lines.push(`  all modules run, by folder: ${byFolder(found.modules)}`);
  return { ok, report: lines.join('\n') };
}

module.exports = { startupModuleCheck, startupModules };

if (require.main === module) console.log(startupModuleCheck(path.resolve(__dirname, '..', '..')).report);
