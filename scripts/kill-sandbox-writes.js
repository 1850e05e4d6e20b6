#!/usr/bin/env node
// Full-size kill test of the sandbox's state (issue #10): `scripts/kill-sandbox-writes.js [kills=20] [seed=1]` kills
// the standalone sandbox with SIGKILL that many times while client secrets are being added through Graph, then
// checks that every answered write is still there and signs in. Prints the counts as JSON; exits 1 on any loss.
// `npm run build` first (it runs bin/psnode-sandbox.js and bin/psnode.js).
'use strict';
const { killDuringWrites } = require('../test/sandbox/fuzz/kill-writes');

const kills = Number(process.argv[2] ?? 20);
const seed = Number(process.argv[3] ?? 1);
const started = Date.now();
killDuringWrites({ kills, seed }).then((result) => {
  console.log(JSON.stringify({ ...result, seconds: (Date.now() - started) / 1000 }, null, 1));
  process.exitCode = result.missing.length || result.unusable.length || !result.writesAnswered ? 1 : 0;
});
