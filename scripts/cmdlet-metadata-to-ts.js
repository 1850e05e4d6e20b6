#!/usr/bin/env node
// Prints a cmdlet's parameter list as TypeScript data from the JSON that dump-cmdlet-metadata.ps1 wrote.
'use strict';
const meta = require(require('node:path').resolve(process.argv[2]));
const ALL = '__AllParameterSets';
const lines = [];
for (const p of meta.parameters) {
  const d = { name: p.name, type: p.type };
  if (p.aliases.length) d.aliases = p.aliases;
  const sets = p.sets.map(({ name, ...rest }) => ({ name, ...rest }));
  if (sets.length === 1 && sets[0].name === ALL) Object.assign(d, (({ name, ...rest }) => rest)(sets[0]));
  else d.sets = sets;
  const validation = p.attrs.filter((a) => !['AllowNull', 'AllowEmptyString'].includes(a.kind));
  if (validation.length) d.validation = validation;
  if (p.attrs.some((a) => a.kind === 'AllowNull')) d.allowNull = true;
  if (p.attrs.some((a) => a.kind === 'AllowEmptyString')) d.allowEmptyString = true;
  lines.push('    ' + JSON.stringify(d).replace(/"(\w+)":/g, '$1: ').replace(/"/g, "'").replace(/,(?=\w+: )/g, ', ') + ',');
}
console.log(`  name: '${meta.name}',\n  module: '${meta.module}',\n  implementingType: '${meta.implementingType}',\n  defaultParameterSet: '${meta.defaultParameterSet}',\n  parameters: [\n${lines.join('\n')}\n  ],`);
