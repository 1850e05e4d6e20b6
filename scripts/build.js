#!/usr/bin/env node
// Build: compile the peggy grammar to src/parser/generated/, then bundle each program entry with esbuild into dist/.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const peggy = require('peggy');
const esbuild = require('esbuild');

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
    external: ['@azure/msal-node', 'node-forge', 'jose'],
    logLevel: 'warning',
  });
}

buildGrammar();
buildBundles();
