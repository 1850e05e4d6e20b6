// kill -9 during credential writes, shared by test/sandbox/kill-writes.test.ts (CI size) and
// scripts/kill-sandbox-writes.js (20 kills): the standalone sandbox (bin/psnode-sandbox.js) runs on a folder, a
// writer app keeps adding client secrets through Graph (addPassword) while the process is killed with SIGKILL at a
// random moment; after the last kill every write that was answered 200 must still be in tenant.json and its secret
// must sign in. Loopback only; bounded in kills and time.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const https = require('node:https');
const { spawn, spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '../../..');
const TENANT = '7c03842c-7b08-4393-a3e9-e9a6549bb7ed';

function post(url, ca, headers, body) {
  return new Promise((resolve) => {
    const req = https.request(url, { method: 'POST', ca, agent: false, headers: { 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode, text }));
      res.on('error', () => resolve({ status: 0, text }));
    });
    req.on('error', () => resolve({ status: 0, text: '' }));
    req.end(body);
  });
}

function signIn(sandbox, clientId, secret) {
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret, scope: `${sandbox.graphEndpoint}/.default` }).toString();
  return post(`${sandbox.authorityHost}/${TENANT}/oauth2/v2.0/token`, sandbox.ca, { 'content-type': 'application/x-www-form-urlencoded' }, form);
}

/** Starts bin/psnode-sandbox.js on `location` and resolves with its endpoints once it prints them. */
function startSandbox(location) {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'psnode-sandbox.js'), '--port', '0', '--location', location], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const graph = /GraphEndpoint\s+: (\S+)/.exec(out);
      const authority = /AuthorityHost\s+: (\S+)/.exec(out);
      if (graph && authority && /CaCertificate/.test(out)) {
        resolve({ child, authorityHost: authority[1], graphEndpoint: graph[1], ca: fs.readFileSync(path.join(location, 'ca-cert.pem'), 'utf8') });
      }
    });
    child.on('exit', (code) => reject(new Error(`psnode-sandbox exited with ${code} before it was ready: ${out}`)));
  });
}

function stop(child, signal) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** A writer application with Application.ReadWrite.All and a secret, registered by psnode's own cmdlet. */
function registerWriter(home) {
  const script = 'New-EntraSandboxApplication Writer -NewSecret -Permission Application.ReadWrite.All | ConvertTo-Json -Compress';
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'psnode.js'), '-NoProfile', '-Command', script], {
    env: { ...process.env, HOME: home, PSNODE_HOME: path.join(home, '.psnode') }, encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`New-EntraSandboxApplication failed: ${result.stderr}${result.stdout}`);
  return JSON.parse(result.stdout);
}

/**
 * `kills` rounds of: start the sandbox, add secrets `writers` at a time, SIGKILL it after a random 300-1000 ms.
 * Returns {kills, writesSent, writesAnswered, missing, unusable, stateValid, fileModes}.
 */
async function killDuringWrites({ kills, writers = 8, seed = 1 }) {
  let state = seed >>> 0;
  const rand = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-kill-'));
  const location = path.join(home, '.psnode', 'sandbox');
  const writer = registerWriter(home);
  const answered = [];
  let writesSent = 0;
  for (let round = 0; round < kills; round++) {
    const sandbox = await startSandbox(location);
    const token = JSON.parse((await signIn(sandbox, writer.ApplicationId, writer.ClientSecret)).text).access_token;
    let killed = false;
    const loops = Array.from({ length: writers }, async (_, w) => {
      for (let i = 0; !killed; i++) {
        writesSent++;
        const displayName = `round ${round} writer ${w} #${i}`;
        const response = await post(`${sandbox.graphEndpoint}/v1.0/applications/${writer.ObjectId}/addPassword`, sandbox.ca,
          { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, JSON.stringify({ passwordCredential: { displayName } }));
        if (response.status === 200) answered.push({ displayName, ...JSON.parse(response.text) });
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 300 + Math.floor(rand() * 700)));
    killed = true;
    await stop(sandbox.child, 'SIGKILL');
    await Promise.all(loops);
  }
  // After the last kill: every answered write is in the state and its secret signs in.
  const sandbox = await startSandbox(location);
  try {
    const stateText = fs.readFileSync(path.join(location, 'tenant.json'), 'utf8');
    const tenant = JSON.parse(stateText).tenants.find((t) => t.id === TENANT);
    const app = tenant.applications.find((a) => a.appId === writer.ApplicationId);
    const stored = new Set(app.passwordCredentials.map((c) => c.keyId));
    const missing = answered.filter((a) => !stored.has(a.keyId)).map((a) => a.displayName);
    const unusable = [];
    for (let i = 0; i < answered.length; i += 16) {
      const batch = answered.slice(i, i + 16);
      const results = await Promise.all(batch.map((a) => signIn(sandbox, writer.ApplicationId, a.secretText)));
      results.forEach((r, j) => r.status !== 200 && unusable.push(batch[j].displayName));
    }
    const fileModes = Object.fromEntries(fs.readdirSync(location).map((name) => [name, (fs.statSync(path.join(location, name)).mode & 0o777).toString(8)]));
    fileModes['.'] = (fs.statSync(location).mode & 0o777).toString(8);
    return { kills, writesSent, writesAnswered: answered.length, missing, unusable, stateValid: true, fileModes };
  } finally {
    await stop(sandbox.child, 'SIGTERM');
    fs.rmSync(home, { recursive: true, force: true });
  }
}

module.exports = { killDuringWrites };
