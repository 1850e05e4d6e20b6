// Inputs rows share: the parse benchmark's script, files written into the bench's temporary folder, and the parser
// bundled on its own for the "called directly" floor.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

/** An n-line script that exercises most of the grammar. */
function tenThousandLines(n = 10000) {
  const block = [
    '$value = 1 + 2 * 3',
    '$text = "item $value and $($value * 2)"',
    '$list = @(1, 2, 3) | Where-Object { $_ -gt 1 } | ForEach-Object { $_ * 2 }',
    "$table = @{ Name = 'x'; Count = 3 }",
    'if ($value -gt 3) { Write-Output $text } elseif ($value -eq 0) { $null } else { throw "bad" }',
    'foreach ($i in 1..3) { $value += $i }',
    "switch ($value) { 1 { 'one' } default { 'other' } }",
    'function Get-Thing([string] $Name, [int] $Size = 2) { "$Name$Size" }',
    "try { Get-Thing -Name 'a' } catch { $_.Exception.Message } finally { }",
    '$result = [math]::Max($value, 10) -as [string]',
  ];
  const lines = [];
  while (lines.length < n) lines.push(...block);
  return lines.slice(0, n).join('\n') + '\n';
}

function writeFile(dir, name, text) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/** Node code (setup and timed body) that parses `file` with src/parser bundled alone, warm. */
function directParse(file) {
  const outfile = path.join(path.dirname(file), 'parser-bundle.js');
  if (!fs.existsSync(outfile)) {
    require('esbuild').buildSync({ entryPoints: [path.join(ROOT, 'src', 'parser', 'index.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent' });
  }
  return {
    setup: `const { parse } = require(${JSON.stringify(outfile)}); const text = require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'); for (let i = 0; i < 5; i++) parse(text);`,
    body: 'parse(text);',
  };
}

module.exports = { ROOT, tenThousandLines, writeFile, directParse };
