// Many psnode processes sign in to one standalone sandbox (on a folder) at the same moment with the seed page's
// Connect-Entra, half by certificate thumbprint (the demo certificate in CurrentUser\My), half with the demo secret
// (-ClientSecretCredential), the sandbox trusted through NODE_EXTRA_CA_CERTS as a user-defined environment; each then
// reads a user through Graph, which validates its token. Every process waits at a barrier until all are up, so the
// sign-ins really are concurrent. Afterwards: every file of psnode's home and of the sandbox's folder is 0600 in 0700
// folders, no secret is on psnode's disk, and the restarted sandbox still signs the demo app in with its secret.
// Where strace exists every connect(2) of every process is recorded. Used by test/clients/many-sign-ins.test.ts and
// scripts/sandbox-many-sign-ins.js (`npm run build` first: it runs bin/psnode-sandbox.js and bin/psnode.js).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const https = require('node:https');
const { spawn, spawnSync } = require('node:child_process');
const { startStandaloneSandbox, stopStandaloneSandbox } = require('../../../scripts/lib/standalone-sandbox');

const REPO = path.resolve(__dirname, '../../..');
const PSNODE = path.join(REPO, 'bin/psnode.js');
const DEMO = { clientId: '28f037fc-8da1-4021-bd8d-fb4da1cd4d58', tenantId: '7c03842c-7b08-4393-a3e9-e9a6549bb7ed', thumbprint: '57052FAD65EDBCEEFF71DB1E9D7BED7A8CFACF0A', secret: 'psn8Q~SandboxDemoSecret.PublicByDesign00' };
/** Variables that would send a client to another managed-identity source or region (IMDS above all). */
const OTHER_SOURCES = ['MSI_ENDPOINT', 'MSI_SECRET', 'IMDS_ENDPOINT', 'IDENTITY_SERVER_THUMBPRINT', 'AZURE_POD_IDENTITY_AUTHORITY_HOST', 'AZURE_CLIENT_ID', 'AZURE_TENANT_ID', 'AZURE_CLIENT_SECRET', 'AZURE_FEDERATED_TOKEN_FILE', 'MSAL_FORCE_REGION', 'REGION_NAME', 'PSNODE_ENVIRONMENT'];

const BARRIER = `'ready'
while (-not (Test-Path -LiteralPath $env:SIGN_IN_GO)) { Start-Sleep -Milliseconds 20 }
`;
const READ_BACK = `Connect-Entra @params -Environment SharedSandbox -NoWelcome
(Get-EntraContext).AuthType
(Get-EntraUser -Top 1).DisplayName
`;
// The seed page's "Use Certificate Thumbprint" and "Use Client Secret" snippets with the demo values.
const SIGN_IN = {
  certificate: `${BARRIER}$params = @{
ClientId = '${DEMO.clientId}'
TenantId = '${DEMO.tenantId}'
CertificateThumbprint = '${DEMO.thumbprint}'
}
${READ_BACK}`,
  secret: `${BARRIER}$secret = ConvertTo-SecureString $env:SIGN_IN_SECRET -AsPlainText -Force
$params = @{
TenantId = '${DEMO.tenantId}'
ClientSecretCredential = [pscredential]::new('${DEMO.clientId}', $secret)
}
${READ_BACK}`,
};

const hasStrace = () => spawnSync('strace', ['-V'], { encoding: 'utf8' }).status === 0;

/** Starts one psnode process: `ready` resolves once it waits at the barrier (or has ended), `done` when it ends. */
function start(file, env, traceFile) {
  let run;
  const done = new Promise((resolve) => {
    const [command, args] = traceFile ? ['strace', ['-f', '-qq', '--seccomp-bpf', '-e', 'trace=connect', '-o', traceFile, process.execPath, PSNODE]] : [process.execPath, [PSNODE]];
    const child = spawn(command, [...args, '-NoProfile', '-File', file], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let markReady;
    run = { stdout: '', stderr: '', exitCode: null, endedAt: 0, ready: new Promise((r) => (markReady = r)) };
    child.stdout.setEncoding('utf8').on('data', (c) => {
      run.stdout += c;
      if (run.stdout.startsWith('ready\n')) markReady();
    });
    child.stderr.setEncoding('utf8').on('data', (c) => (run.stderr += c));
    child.on('close', (code) => {
      run.exitCode = code;
      run.endedAt = Date.now();
      markReady();
      resolve(run);
    });
  });
  return { run, done };
}

/** Every file and folder below `root` whose mode is not 0600 (files) or 0700 (folders), as "relative path mode". */
function wrongModes(root) {
  const wrong = [];
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const mode = (fs.lstatSync(full).mode & 0o777).toString(8);
      if (mode !== (entry.isDirectory() ? '700' : '600')) wrong.push(`${path.relative(root, full)} ${mode}`);
      if (entry.isDirectory()) visit(full);
    }
  };
  const rootMode = (fs.statSync(root).mode & 0o777).toString(8);
  if (rootMode !== '700') wrong.push(`. ${rootMode}`);
  visit(root);
  return wrong;
}

/** Files below `root` that contain `secret`. */
function filesHolding(root, secret) {
  return fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && fs.readFileSync(path.join(e.parentPath ?? e.path, e.name), 'utf8').includes(secret)).map((e) => path.relative(root, path.join(e.parentPath ?? e.path, e.name)));
}

function secretSignIn(sandbox) {
  const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: DEMO.clientId, client_secret: DEMO.secret, scope: 'https://graph.microsoft.com/.default' }).toString();
  return new Promise((resolve) => {
    const req = https.request(`${sandbox.authority}/oauth2/v2.0/token`, { method: 'POST', ca: sandbox.ca, agent: false, headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

/** Status of each logged answer to `method` on `server` whose path matches `pathPattern`. */
function loggedStatuses(lines, server, method, pathPattern) {
  return lines.map((line) => line.split(' ')).filter((f) => f[1] === server && f[2] === method && pathPattern.test(f[3])).map((f) => f[4]);
}

async function signInMany({ count, trace = hasStrace() }) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-many-sign-ins-'));
  const debugLog = path.join(work, 'sandbox-requests.log');
  const location = path.join(work, 'sandbox');
  let sandbox = await startStandaloneSandbox({ location, debugLog });
  try {
    const caFile = path.join(work, 'sandbox-ca.pem');
    fs.writeFileSync(caFile, sandbox.ca);
    const home = path.join(work, 'home');
    fs.mkdirSync(home, { mode: 0o700 });
    const env = { ...process.env, HOME: home, PSNODE_HOME: path.join(home, '.psnode'), NODE_EXTRA_CA_CERTS: caFile, SIGN_IN_GO: path.join(work, 'go'), SIGN_IN_SECRET: DEMO.secret, IDENTITY_ENDPOINT: sandbox.identity, IDENTITY_HEADER: sandbox.identityHeader };
    for (const name of OTHER_SOURCES) delete env[name];
    const setup = path.join(work, 'setup.ps1');
    fs.writeFileSync(setup, `$null = Import-PfxCertificate -FilePath '${path.join(REPO, 'src/sandbox/demo/demo-certificate.pfx')}' -CertStoreLocation Cert:\\CurrentUser\\My
$null = Add-MgEnvironment -Name SharedSandbox -AzureADEndpoint '${new URL(sandbox.authority).origin}' -GraphEndpoint '${sandbox.graph}'
`);
    const prepared = await start(setup, env).done;
    if (prepared.exitCode !== 0) throw new Error(`setup failed: ${prepared.stderr}`);
    const scripts = {};
    for (const [kind, text] of Object.entries(SIGN_IN)) fs.writeFileSync((scripts[kind] = path.join(work, `sign-in-${kind}.ps1`)), text);
    const kinds = Array.from({ length: count }, (_, i) => (i % 2 === 0 ? 'certificate' : 'secret'));
    const traces = kinds.map((_, i) => (trace ? path.join(work, `connect-${i}.trace`) : undefined));
    const started = kinds.map((kind, i) => start(scripts[kind], env, traces[i]));
    await Promise.all(started.map((s) => s.run.ready));
    const releasedAt = Date.now();
    fs.writeFileSync(env.SIGN_IN_GO, '');
    const runs = await Promise.all(started.map((s) => s.done));
    const failures = runs.map((r, i) => ({ kind: kinds[i], ...r })).filter((r) => r.exitCode !== 0 || r.stdout !== 'ready\nAppOnly\nAdele Vance\n' || r.stderr !== '').map((r) => ({ kind: r.kind, exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr.replace(/\x1b\[[0-9;]*m/g, '').slice(0, 3000) }));
    const seconds = runs.map((r) => (r.endedAt - releasedAt) / 1000).sort((a, b) => a - b);
    const connects = traces.filter(Boolean).flatMap((file) => fs.readFileSync(file, 'utf8').split('\n').filter((line) => /connect\(/.test(line) && /AF_INET6?/.test(line)));
    await stopStandaloneSandbox(sandbox);
    const log = fs.readFileSync(debugLog, 'utf8').split('\n');
    // The same folder again: the demo app's secret must have survived the run.
    sandbox = await startStandaloneSandbox({ location, debugLog });
    const secretAfterRestart = await secretSignIn(sandbox);
    await stopStandaloneSandbox(sandbox);
    const tokenAnswers = loggedStatuses(log, 'identity', 'POST', /\/oauth2\/v2\.0\/token$/);
    const graphAnswers = loggedStatuses(log, 'graph', 'GET', /\/users/);
    return {
      processes: count,
      succeeded: count - failures.length,
      failures,
      tokenRequests: tokenAnswers.length,
      tokenRequestsOk: tokenAnswers.filter((status) => status === '200').length,
      graphRequests: graphAnswers.length,
      graphRequestsOk: graphAnswers.filter((status) => status === '200').length,
      secretAfterRestart,
      homeFiles: fs.readdirSync(home, { recursive: true }).sort(),
      wrongModes: [...wrongModes(home).map((f) => `home/${f}`), ...wrongModes(location).map((f) => `sandbox/${f}`)],
      filesHoldingSecret: filesHolding(home, DEMO.secret),
      connectsTraced: trace ? connects.length : null,
      connectsOutsideLoopback: connects.filter((line) => !/inet_addr\("127\.|inet_pton\(AF_INET6, "::1"|inet_pton\(AF_INET6, "::ffff:127\./.test(line)),
      wallSeconds: seconds[seconds.length - 1],
      medianSeconds: seconds[Math.floor(seconds.length / 2)],
    };
  } finally {
    await stopStandaloneSandbox(sandbox);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

module.exports = { signInMany };
