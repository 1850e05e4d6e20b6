#!/usr/bin/env node
// Records what pwsh shows for each scenario in scenarios.js into screens/<name>.txt (never edit those by hand):
//   node test/cli/pty/record-pwsh-screens.js [name-filter ...]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { findPwsh } = require('../../../scripts/lib/pwsh.js');
const { runScenario, hasTmux } = require('./pty-session.js');
const scenarios = require('./scenarios.js');

const pwsh = findPwsh();
if (!pwsh || !hasTmux()) {
  console.error('record-pwsh-screens: needs pwsh (scripts/install-pwsh) and tmux');
  process.exit(1);
}
const filters = process.argv.slice(2);
const dir = path.join(__dirname, 'screens');
fs.mkdirSync(dir, { recursive: true });
for (const scenario of scenarios) {
  if (filters.length && !filters.some((f) => scenario.name.includes(f))) continue;
  const screen = runScenario(scenario, [pwsh]);
  fs.writeFileSync(path.join(dir, `${scenario.name}.txt`), screen);
  console.log(`--- ${scenario.name}\n${screen}`);
}
