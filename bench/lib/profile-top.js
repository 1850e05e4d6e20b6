#!/usr/bin/env node
// `node bench/lib/profile-top.js FILE.cpuprofile [N]`: the top N functions by self time in a `node --cpu-prof`
// profile (how the bench's profile findings are read).
'use strict';
const fs = require('node:fs');

function topSelfTime(file, count = 15) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-1)[0]}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
}

module.exports = { topSelfTime };

if (require.main === module) {
  for (const r of topSelfTime(process.argv[2], Number(process.argv[3] || 15))) {
    console.log(`${(r.share * 100).toFixed(1).padStart(5)}%  ${r.ms.toFixed(1).padStart(8)} ms  ${r.name}`);
  }
}
