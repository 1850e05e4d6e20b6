#!/usr/bin/env node
// Module benchmark, psnode beside pwsh: Import-Module -Force of a 3,000-line .psm1 (300 functions), warm (the
// module imported once before timing, in the same process). Prints one JSON line (median of RUNS imports, ms).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { findPwsh } = require('../scripts/lib/pwsh.js');

const ROOT = path.resolve(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS || 5);
const PWSH = findPwsh();
const ENV = { ...process.env, NO_COLOR: '1' };

/** 300 advanced functions of ten lines each, in the style of a generated script module. */
function threeThousandLines() {
  const lines = [];
  for (let i = 0; lines.length < 3000; i++) {
    lines.push(
      `function Get-Item${i} {`,
      '    [CmdletBinding()]',
      '    param([Parameter(Mandatory)][string] $Id, [int] $Top = 10)',
      '    $headers = @{ "x-request" = "Get-Item' + i + '" }',
      '    if ($Top -gt 0) { $uri = "items/$Id?top=$Top" } else { $uri = "items/$Id" }',
      '    foreach ($k in $headers.Keys) { Write-Verbose "$k=$($headers[$k])" }',
      '    [pscustomobject]@{ Id = $Id; Uri = $uri; Top = $Top }',
      '}',
      `Set-Alias -Name gi${i} -Value Get-Item${i}`,
      '',
    );
  }
  return lines.slice(0, 3000).join('\n') + '\n';
}

function timeImports(argv, file) {
  const command = [
    `Import-Module '${file}' -DisableNameChecking`,
    `$times = foreach ($i in 1..${RUNS}) { (Measure-Command { Import-Module '${file}' -Force -DisableNameChecking }).TotalMilliseconds }`,
    '($times | Sort-Object)[[int][math]::Floor($times.Count / 2)]',
  ].join('; ');
  const result = spawnSync(argv[0], [...argv.slice(1), '-NoProfile', '-NonInteractive', '-Command', command], { env: ENV, encoding: 'utf8' });
  const ms = Number.parseFloat(result.stdout);
  if (!Number.isFinite(ms)) process.stderr.write(`module-bench: ${path.basename(argv[argv.length - 1])} failed: ${String(result.stderr).split('\n')[0]}\n`);
  return Number.isFinite(ms) ? Math.round(ms * 10) / 10 : null;
}

function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-module-bench-'));
  try {
    const file = path.join(tmp, 'Big.psm1');
    fs.writeFileSync(file, threeThousandLines());
    const psnode = timeImports([process.execPath, path.join(ROOT, 'bin', 'psnode.js')], file);
    const pwsh = PWSH ? timeImports([PWSH], file) : null;
    process.stdout.write(JSON.stringify({ bench: 'modules', name: 'Import-Module -Force of a 3,000-line .psm1 (warm)', psnode_ms: psnode, pwsh_ms: pwsh, target: 'psnode < 150 ms' }) + '\n');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
