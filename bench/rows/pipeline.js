// Pipeline and callback rows: cmdlets in a pipeline, the .Where()/.ForEach() methods, and script blocks that read a
// caller's variable (each at two sizes, so per-item cost that grows with the item count shows as a ratio change).
'use strict';

const callbackRows = [20000, 200000].flatMap((n) => [
  {
    name: `.Where({ $big }) over ${n / 1000}k items`,
    size: [n, n / 10],
    setup: ({ n }) => `$items = 1..${n}; $big = ${n / 2}`,
    script: () => '$r = $items.Where({ $_ -gt $big })',
  },
  {
    name: `Select-Object calculated property, ${n / 1000}k items`,
    size: [n, n / 10],
    setup: ({ n }) => `$items = 1..${n}; $k = 3`,
    script: () => '$r = $items | Select-Object @{ Name = "Triple"; Expression = { $_ * $k } }',
  },
  {
    name: `Sort-Object { script-block key }, ${n / 1000}k items`,
    size: [n, n / 10],
    setup: ({ n }) => `$items = 1..${n}; $m = 1000`,
    script: () => '$r = $items | Sort-Object { $_ % $m }',
  },
]);

module.exports = [
  {
    name: 'N items | Where | ForEach | Measure -Sum',
    size: [200000, 20000],
    script: ({ n }) => `$r = 1..${n} | Where-Object { $_ % 2 } | ForEach-Object { $_ * 2 } | Measure-Object -Sum`,
  },
  {
    name: '.Where() then .ForEach() over N items',
    size: [200000, 20000],
    setup: ({ n }) => `$items = 1..${n}`,
    script: () => '$r = $items.Where({ $_ % 2 }).ForEach({ $_ * 2 })',
  },
  ...callbackRows,
];
