// Starts bin/psnode-sandbox.js on free loopback ports, in memory or on a folder, for the load bench, the soak and the
// many-sign-ins run: resolves with the child and the endpoints and CA certificate it prints (or writes to the folder).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');

/** `location`: the sandbox's folder (in memory when absent); `debugLog`: a file for its request log. */
function startStandaloneSandbox({ location, debugLog } = {}) {
  const args = ['--port', '0', ...(location ? ['--location', location] : ['--in-memory']), ...(debugLog ? ['--debug', debugLog] : [])];
  const child = spawn(process.execPath, [path.resolve(__dirname, '..', '..', 'bin', 'psnode-sandbox.js'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      if (!/CaCertificate\s+: /.test(out)) return;
      const ca = location ? fs.readFileSync(path.join(location, 'ca-cert.pem'), 'utf8') : /(-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----)/.exec(out)?.[1];
      if (ca) resolve({ child, authority: /Authority\s+: (\S+)/.exec(out)[1], graph: /GraphEndpoint\s+: (\S+)/.exec(out)[1], identity: /IdentityEndpoint\s+: (\S+)/.exec(out)[1], identityHeader: /IdentityHeader\s+: (\S+)/.exec(out)[1], ca });
    });
    child.on('exit', (code) => reject(new Error(`psnode-sandbox exited with ${code}`)));
  });
}

/** Stops a sandbox started above and waits for its exit. */
function stopStandaloneSandbox(sandbox) {
  return new Promise((resolve) => {
    if (sandbox.child.exitCode !== null || sandbox.child.signalCode !== null) return resolve();
    sandbox.child.once('exit', resolve);
    sandbox.child.kill('SIGTERM');
  });
}

module.exports = { startStandaloneSandbox, stopStandaloneSandbox };
