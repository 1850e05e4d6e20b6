// Whole-process rows: start-up, the REPL's first prompt, the seed page's first snippet end to end (fresh and warm
// HOME), and peak RSS.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { ROOT } = require('../lib/scripts');

const SNIPPET = path.resolve(ROOT, '..', 'shared', 'seeds', 'snippets', '01-certificate-thumbprint.ps1');
const seed = (home) => ({
  name: `seed snippet 01 + Get-EntraContext, ${home} HOME`,
  measure: 'process',
  home,
  pwsh: false,
  skip: fs.existsSync(SNIPPET) ? undefined : `${SNIPPET} is absent`,
  args: ['-Sandbox', '-Command', `. '${SNIPPET}'; Get-EntraContext`],
  expect: 'EntraPSModuleName',
  target: home === 'fresh' ? '< 500 ms' : '< 300 ms',
});

module.exports = [
  { name: "start-up -Command '1+1'", measure: 'process', args: ['-Command', '1+1'], node: 'node -e 0', target: '<= 1.3x node -e 0' },
  { name: 'REPL first prompt', measure: 'prompt', args: ['-NoLogo'] },
  seed('fresh'),
  seed('warm'),
  { name: "peak RSS, start-up -Command '1+1'", measure: 'rss', args: ['-Command', '1+1'], node: 'node -e 0' },
  {
    name: 'peak RSS, N items | Where | ForEach | Measure',
    measure: 'rss',
    size: [200000, 20000],
    script: ({ n }) => `$r = 1..${n} | Where-Object { $_ % 2 } | ForEach-Object { $_ * 2 } | Measure-Object -Sum`,
  },
  {
    name: 'peak RSS, N [pscustomobject] in an array',
    measure: 'rss',
    size: [100000, 10000],
    script: ({ n }) => `$objs = foreach ($i in 1..${n}) { [pscustomobject]@{ Id = $i; Name = "item$i" } }`,
  },
];
