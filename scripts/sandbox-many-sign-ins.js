#!/usr/bin/env node
// Full size of issue #10's "50 psnode processes signing in to one sandbox at once": `scripts/sandbox-many-sign-ins.js
// [processes=50]` starts the standalone sandbox on a folder, runs that many psnode processes that sign in together
// (Connect-Entra by certificate thumbprint and with the client secret, then Get-EntraUser), and prints the counts as
// JSON; exits 1 unless every one succeeded and nothing was left unsafe on disk. `npm run build` first.
'use strict';
const { signInMany } = require('../test/clients/load/many-sign-ins');

signInMany({ count: Number(process.argv[2] ?? 50) }).then((r) => {
  console.log(JSON.stringify(r, null, 1));
  const clean = r.succeeded === r.processes && r.tokenRequestsOk === r.processes && r.graphRequestsOk === r.processes && r.secretAfterRestart === 200;
  process.exitCode = clean && !r.wrongModes.length && !r.filesHoldingSecret.length && !r.connectsOutsideLoopback.length ? 0 : 1;
});
