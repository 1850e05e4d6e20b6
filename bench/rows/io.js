// File-system rows: content cmdlets over 1M lines, Get-ChildItem -Recurse over 20k files.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

module.exports = [
  {
    name: 'Get-Content of N lines',
    size: [1000000, 100000],
    prepare: (dir, n) => {
      const file = path.join(dir, `lines-${n}.txt`);
      fs.writeFileSync(file, Array.from({ length: n }, (_, i) => `line ${i} of the file`).join('\n') + '\n');
      return { file };
    },
    script: ({ files }) => `$c = Get-Content '${files.file}'`,
  },
  {
    name: 'Set-Content of N lines',
    size: [1000000, 100000],
    setup: ({ n }) => `$lines = foreach ($i in 1..${n}) { "line $i of the file" }`,
    script: ({ dir }) => `Set-Content -Path '${path.join(dir, 'out.txt')}' -Value $lines`,
  },
  {
    name: 'Get-ChildItem -Recurse over N files',
    size: [20000, 2000],
    prepare: (dir, n) => {
      const tree = path.join(dir, `tree-${n}`);
      for (let d = 0; d < n / 100; d++) {
        const sub = path.join(tree, `d${d % 20}`, `e${d}`);
        fs.mkdirSync(sub, { recursive: true });
        for (let f = 0; f < 100; f++) fs.writeFileSync(path.join(sub, `f${f}.txt`), '');
      }
      return { tree };
    },
    script: ({ files }) => `$items = Get-ChildItem -Recurse '${files.tree}'`,
  },
];
