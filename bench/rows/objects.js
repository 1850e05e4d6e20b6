// Object rows: [pscustomobject] construction and the sorting, grouping, selecting and formatting cmdlets over them,
// and JSON both ways.
'use strict';

const objects = (n) => `$objs = foreach ($i in 1..${n}) { [pscustomobject]@{ Id = $i; Name = "item$i"; Group = $i % 10; Size = ($i * 7919) % 1000 } }`;

module.exports = [
  {
    name: 'N [pscustomobject] then Sort, Group, Select',
    size: [100000, 10000],
    script: ({ n }) => `${objects(n)}; $s = $objs | Sort-Object Size; $g = $objs | Group-Object Group; $p = $objs | Select-Object Id, Name`,
  },
  {
    name: 'Format-Table of N objects (Out-String)',
    size: [10000, 2000],
    setup: ({ n }) => objects(n),
    script: () => '$t = $objs | Format-Table | Out-String',
  },
  {
    name: 'ConvertFrom-Json of 5 MB',
    size: [5, 1],
    prepare: (dir, n) => ({ file: writeJson(dir, n) }),
    setup: ({ files }) => `$json = [System.IO.File]::ReadAllText('${files.file}')`,
    script: () => '$o = $json | ConvertFrom-Json',
  },
  {
    name: 'ConvertTo-Json of 5 MB',
    size: [5, 1],
    prepare: (dir, n) => ({ file: writeJson(dir, n) }),
    setup: ({ files }) => `$o = [System.IO.File]::ReadAllText('${files.file}') | ConvertFrom-Json`,
    script: () => '$j = $o | ConvertTo-Json -Depth 5',
  },
];

/** About n MB of JSON: an array of small records. */
function writeJson(dir, mb) {
  const file = require('path').join(dir, `data-${mb}.json`);
  const records = [];
  for (let i = 0, size = 0; size < mb * 1024 * 1024; i++) {
    const r = { id: i, name: `record ${i}`, tags: ['a', 'b', String(i % 7)], score: (i * 37) % 101, nested: { ok: i % 2 === 0, note: 'x'.repeat(20) } };
    size += JSON.stringify(r).length + 1;
    records.push(r);
  }
  require('fs').writeFileSync(file, JSON.stringify(records));
  return file;
}
module.exports.writeJson = writeJson;
