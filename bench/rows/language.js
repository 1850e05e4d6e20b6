// Language rows: loops, calls, method calls, strings, hashtables, List[T], regex, parsing. Each timed in-script.
'use strict';
const { tenThousandLines } = require('../lib/scripts');

module.exports = [
  {
    name: 'foreach 1..N sum',
    size: [1000000, 100000],
    script: ({ n }) => `$s = 0; foreach ($i in 1..${n}) { $s += $i }`,
    node: ({ n }) => `let s = 0; for (let i = 1; i <= ${n}; i++) s += i;`,
  },
  {
    name: 'N function calls',
    size: [100000, 20000],
    script: ({ n }) => `function Add-One($x) { $x + 1 }; $n = 0; for ($i = 0; $i -lt ${n}; $i++) { $n = Add-One $n }`,
  },
  {
    name: 'N method calls ($s.Substring)',
    size: [200000, 20000],
    script: ({ n }) => `$s = 'hello world'; $c = 0; for ($i = 0; $i -lt ${n}; $i++) { $c += $s.Substring(1, 3).Length }`,
  },
  {
    name: "string += N times",
    size: [20000, 5000],
    script: ({ n }) => `$t = ''; for ($i = 0; $i -lt ${n}; $i++) { $t += 'x' }`,
  },
  {
    name: 'hashtable N sets and gets',
    size: [200000, 20000],
    script: ({ n }) => `$h = @{}; for ($i = 0; $i -lt ${n}; $i++) { $h["k$i"] = $i }; $t = 0; for ($i = 0; $i -lt ${n}; $i++) { $t += $h["k$i"] }`,
  },
  {
    name: 'List[int]::Add N times',
    size: [1000000, 100000],
    script: ({ n }) => `$l = [System.Collections.Generic.List[int]]::new(); for ($i = 0; $i -lt ${n}; $i++) { $l.Add($i) }`,
  },
  {
    name: 'regex -match N times',
    size: [200000, 20000],
    script: ({ n }) => `$c = 0; for ($i = 0; $i -lt ${n}; $i++) { if ("item-$i" -match '^item-(\\d+)5$') { $c++ } }`,
  },
  {
    name: '-replace on a 5 MB string',
    size: [5, 1],
    setup: ({ n }) => `$big = 'abc def ghi jkl ' * (${n} * 65536)`,
    script: () => `$r = $big -replace '(\\w+) (\\w+)', '$2 $1'`,
  },
  {
    name: 'switch -regex over N lines',
    size: [100000, 20000],
    setup: ({ n }) => `$lines = foreach ($i in 1..${n}) { if ($i % 3) { "info $i" } else { "warn $i" } }`,
    script: () => `$w = 0; $o = 0; switch -regex ($lines) { '^warn' { $w++ } '^info \\d+7$' { $o++ } }`,
  },
  {
    name: 'parse a 10,000-line script ([scriptblock]::Create, warm)',
    size: [10000, 2000],
    prepare: (dir, n) => ({ file: require('../lib/scripts').writeFile(dir, 'parse.ps1', tenThousandLines(n)) }),
    setup: ({ files }) => `$text = [System.IO.File]::ReadAllText('${files.file}'); $null = [scriptblock]::Create($text)`,
    script: () => '$null = [scriptblock]::Create($text)',
    node: ({ files }) => require("../lib/scripts").directParse(files.file),
    nodeLabel: 'parser called directly',
  },
  {
    name: 'parse a 1,000-line script ([scriptblock]::Create, warm)',
    size: [1000, 1000],
    prepare: (dir, n) => ({ file: require('../lib/scripts').writeFile(dir, 'parse1k.ps1', tenThousandLines(n)) }),
    setup: ({ files }) => `$text = [System.IO.File]::ReadAllText('${files.file}'); foreach ($i in 1..5) { $null = [scriptblock]::Create($text) }`,
    script: () => '$null = [scriptblock]::Create($text)',
    node: ({ files }) => require("../lib/scripts").directParse(files.file),
    nodeLabel: 'parser called directly',
    target: '<= 5 ms',
  },
];
