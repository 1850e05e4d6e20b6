#!/usr/bin/env node
// Build: compile the peggy grammar to src/parser/generated/, then bundle each program entry with esbuild into dist/.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const peggy = require('peggy');
const esbuild = require('esbuild');
const { execFileSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');

function buildGrammar() {
  const grammarPath = path.join(root, 'grammar', 'powershell.peggy');
  if (!fs.existsSync(grammarPath)) return;
  const outDir = path.join(root, 'src', 'parser', 'generated');
  fs.mkdirSync(outDir, { recursive: true });
  const source = peggy.generate(fs.readFileSync(grammarPath, 'utf8'), {
    output: 'source',
    format: 'commonjs',
    grammarSource: 'grammar/powershell.peggy',
    allowedStartRules: ['*'],
  });
  fs.writeFileSync(path.join(outDir, 'powershell-parser.js'), source);
}

// Program entries: each becomes one file in dist/. Packages that only some commands need stay external and load lazily.
const ENTRIES = {
  psnode: 'src/cli/main.ts',
  'psnode-sandbox': 'src/sandbox/main.ts',
  'io-worker': 'src/identity/io-worker.ts',
  'sandbox-worker': 'src/sandbox/worker.ts',
  'native-worker': 'src/runtime/native/process-worker.ts',
  'ctrl-c-worker': 'src/cli/ctrl-c-worker.ts',
};

function buildBundles() {
  const entryPoints = {};
  for (const [name, file] of Object.entries(ENTRIES)) {
    if (fs.existsSync(path.join(root, file))) entryPoints[name] = path.join(root, file);
  }
  esbuild.buildSync({
    entryPoints,
    outdir: path.join(root, 'dist'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'linked',
    // Whitespace and syntax only (names stay readable in stack traces): start-up reads and compiles a third less.
    minifyWhitespace: true,
    minifySyntax: true,
    charset: 'ascii',
    external: ['@azure/msal-node', 'node-forge', 'jose'],
    logLevel: 'warning',
  });
}

// bin/psnode.js reads the bundle as latin1 (faster than UTF-8 decoding), which is only right for pure ASCII.
function assertAsciiBundle(file) {
  const bytes = fs.readFileSync(file);
  const at = bytes.findIndex((b) => b > 0x7f);
  if (at >= 0) throw new Error(`${file}: non-ASCII byte at offset ${at}; bin/psnode.js reads the bundle as latin1`);
}

// The launcher's V8 code cache, made now from a typical start-up rather than by whichever run happens to come first.
function writeCodeCache() {
  const main = path.join(root, 'dist', 'psnode.js');
  fs.rmSync(main + '.cache', { force: true });
  execFileSync(process.execPath, [path.join(root, 'bin', 'psnode.js'), '-NoProfile', '-NonInteractive', '-Command', '1+1'], {
    stdio: 'ignore',
  });
}

buildGrammar();
buildBundles();
assertAsciiBundle(path.join(root, 'dist', 'psnode.js'));
writeCodeCache();
