// Starts bin/psnode-sandbox.js in memory on free loopback ports, for the load bench and the soak script: resolves
// with the child and the endpoints and CA certificate it prints.
'use strict';
const path = require('node:path');
const { spawn } = require('node:child_process');

function startInMemorySandbox() {
  const child = spawn(process.execPath, [path.resolve(__dirname, '..', '..', 'bin', 'psnode-sandbox.js'), '--port', '0', '--in-memory'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const ca = /(-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----)/.exec(out);
      if (ca) resolve({ child, authority: /Authority\s+: (\S+)/.exec(out)[1], graph: /GraphEndpoint\s+: (\S+)/.exec(out)[1], ca: ca[1] });
    });
    child.on('exit', (code) => reject(new Error(`psnode-sandbox exited with ${code}`)));
  });
}

module.exports = { startInMemorySandbox };
