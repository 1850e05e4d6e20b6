#!/usr/bin/env node
// Full-size fuzz of the sandbox's request front (issue #10): `scripts/fuzz-sandbox.js [perServer=5000] [seed=1]`
// sends that many malformed requests to each of the three servers of a fresh sandbox worker (loopback only) and
// prints the counts as JSON: per server requests, 2xx/3xx/4xx/5xx, closed without an answer, hangs; crashes.
// Exits 1 on any 5xx, hang, crash, or a sandbox that no longer signs in. `npm run build` first (it uses dist/).
'use strict';
const { fuzzSandbox } = require('../test/sandbox/fuzz/request-fuzzer');

const perServer = Number(process.argv[2] ?? 5000);
const seed = Number(process.argv[3] ?? 1);
const started = Date.now();
fuzzSandbox({ perServer, seed }).then((result) => {
  console.log(JSON.stringify({ ...result, seconds: (Date.now() - started) / 1000 }, null, 1));
  const bad = Object.values(result.servers).some((c) => c['5xx'] || c.hangs) || result.crashes || !result.signsInAfterwards;
  process.exitCode = bad ? 1 : 0;
});
