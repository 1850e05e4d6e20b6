// Where the pwsh oracle lives: $PWSH if set, else the dotnet global tool that scripts/install-pwsh installs.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const PWSH_VERSION = '7.6.9';

/** The pwsh binary, or null when it is not installed. */
function findPwsh() {
  const candidates = [process.env.PWSH, path.join(os.homedir(), '.dotnet', 'tools', 'pwsh')].filter(Boolean);
  return candidates.find((file) => fs.existsSync(file)) || null;
}

module.exports = { PWSH_VERSION, findPwsh };
