// psnode-sandbox (the standalone server) and the worker-thread entry, each run from a fresh bundle.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { spawn, type ChildProcess } from 'node:child_process';
import { demoTenantInfo } from '../../src/sandbox/index';
import { bundleForChild, isolateHome, keyedLocation, KEYGEN_TIMEOUT_MS, postForm, REPO_ROOT, tempFolder } from './helpers';

const demo = demoTenantInfo();
const childEnv = () => ({ ...process.env, NODE_PATH: path.join(REPO_ROOT, 'node_modules') });
let cliScript: string;
let workerScript: string;

beforeAll(() => {
  isolateHome();
  cliScript = bundleForChild(path.join(REPO_ROOT, 'src/sandbox/main.ts'));
  workerScript = bundleForChild(path.join(REPO_ROOT, 'src/sandbox/worker.ts'));
});

function startCli(args: string[]): { child: ChildProcess; ready: Promise<string>; stderr: () => string } {
  const child = spawn(process.execPath, [cliScript, ...args], { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (c) => (err += c));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (c) => {
      out += c;
      if (/^CaCertificate .*\n(-----BEGIN CERTIFICATE-----[\s\S]*-----END CERTIFICATE-----\n)?/m.test(out) && (!out.includes('(below)') || out.includes('-----END CERTIFICATE-----'))) resolve(out);
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
  });
  return { child, ready, stderr: () => err };
}

function field(text: string, name: string): string {
  return new RegExp(`^${name} +: (.*)$`, 'm').exec(text)![1];
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', (code) => resolve(code))));
}

test('psnode-sandbox prints its endpoints, serves tokens, logs requests without secrets, stops on SIGTERM', async () => {
  const location = await keyedLocation();
  const debug = path.join(tempFolder(), 'debug.log');
  const { child, ready } = startCli(['--port', '0', '--location', location, '--debug', debug]);
  const text = await ready.catch((error) => {
    child.kill('SIGKILL');
    throw error;
  });
  const lines = text.trimEnd().split('\n');
  expect(lines[0]).toBe('psnode sandbox ready');
  expect(lines.slice(1).map((l) => l.split(' : ')[0].trimEnd())).toEqual(
    ['AuthorityHost', 'Authority', 'GraphEndpoint', 'IdentityEndpoint', 'IdentityHeader', 'TenantId', 'TenantDomain', 'ApplicationId', 'CertificateThumbprint', 'Location', 'CaCertificate']);
  expect(field(text, 'AuthorityHost')).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  expect(field(text, 'IdentityEndpoint')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/msi\/token$/);
  expect(field(text, 'TenantId')).toBe(demo.TenantId);
  expect(field(text, 'CertificateThumbprint')).toBe(demo.CertificateThumbprint);
  expect(field(text, 'CaCertificate')).toBe(path.join(location, 'ca-cert.pem'));
  const ca = fs.readFileSync(path.join(location, 'ca-cert.pem'), 'utf8');
  const response = await postForm(`${field(text, 'Authority')}/oauth2/v2.0/token`,
    { grant_type: 'client_credentials', client_id: demo.ApplicationId, client_secret: demo.ClientSecret, scope: `${field(text, 'GraphEndpoint')}/.default` }, ca);
  expect(response.status).toBe(200);
  const wrong = await postForm(`${field(text, 'Authority')}/oauth2/v2.0/token`,
    { grant_type: 'client_credentials', client_id: demo.ApplicationId, client_secret: 'wrong', scope: `${field(text, 'GraphEndpoint')}/.default` }, ca);
  expect(wrong.status).toBe(401);
  child.kill('SIGTERM');
  expect(await exitCode(child)).toBe(0);
  const log = fs.readFileSync(debug, 'utf8');
  expect(log).toMatch(new RegExp(`^\\S+Z identity POST /${demo.TenantId}/oauth2/v2.0/token 200 [\\d.]+ms$`, 'm'));
  expect(log).toMatch(new RegExp(`^\\S+Z identity POST /${demo.TenantId}/oauth2/v2.0/token 401 [\\d.]+ms AADSTS7000215$`, 'm'));
  expect(log).not.toContain(demo.ClientSecret);
  expect(log).not.toContain(response.json.access_token);
  expect(fs.statSync(debug).mode & 0o777).toBe(0o600);
}, KEYGEN_TIMEOUT_MS);

test('two servers starting at once on an empty folder end up with one consistent key set', async () => {
  const location = tempFolder();
  const servers = [startCli(['--port', '0', '--location', location]), startCli(['--port', '0', '--location', location])];
  try {
    const texts = await Promise.all(servers.map((s) => s.ready));
    const ca = fs.readFileSync(path.join(location, 'ca-cert.pem'), 'utf8');
    for (const text of texts) {
      const response = await postForm(`${field(text, 'Authority')}/oauth2/v2.0/token`,
        { grant_type: 'client_credentials', client_id: demo.ApplicationId, client_secret: demo.ClientSecret, scope: `${field(text, 'GraphEndpoint')}/.default` }, ca);
      expect(response.status).toBe(200);
    }
  } finally {
    for (const { child } of servers) child.kill('SIGTERM');
    await Promise.all(servers.map(({ child }) => exitCode(child)));
  }
}, KEYGEN_TIMEOUT_MS);

test('--in-memory writes nothing and prints the CA certificate itself', async () => {
  const { child, ready } = startCli(['--port', '0', '--in-memory']);
  const text = await ready;
  child.kill('SIGTERM');
  expect(field(text, 'Location')).toBe('(in memory)');
  expect(text).toMatch(/-----BEGIN CERTIFICATE-----\n[\s\S]+-----END CERTIFICATE-----\n$/);
  expect(await exitCode(child)).toBe(0);
  expect(fs.existsSync(path.join(process.env.PSNODE_HOME!, 'sandbox'))).toBe(false);
}, KEYGEN_TIMEOUT_MS);

test('a bad option → message, usage, exit 2', async () => {
  const child = spawn(process.execPath, [cliScript, '--prot', '5'], { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (c) => (err += c));
  expect(await exitCode(child)).toBe(2);
  expect(err).toBe("psnode-sandbox: unknown or incomplete option '--prot'.\nUsage: psnode-sandbox [--port <n>] [--host <address>] [--location <folder>] [--in-memory] [--debug <file>]\n");
});

test('a port in use → cannot start, exit 1', async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
  const port = (blocker.address() as net.AddressInfo).port;
  try {
    const child = spawn(process.execPath, [cliScript, '--port', String(port), '--location', await keyedLocation()], { env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (c) => (err += c));
    expect(await exitCode(child)).toBe(1);
    expect(err).toBe(`psnode-sandbox: cannot start: listen EADDRINUSE: address already in use 127.0.0.1:${port}\n`);
  } finally {
    blocker.close();
  }
}, KEYGEN_TIMEOUT_MS);

test('the worker entry posts its endpoints and closes on request', async () => {
  const worker = new Worker(workerScript, { workerData: { inMemory: true, location: await keyedLocation(), port: 0 }, env: childEnv() });
  const ready = await new Promise<any>((resolve, reject) => {
    worker.on('message', (m) => (m.type === 'ready' ? resolve(m.endpoints) : m.type === 'error' ? reject(new Error(m.message)) : undefined));
    worker.on('error', reject);
  });
  expect(ready).toMatchObject({ tenantId: demo.TenantId, authority: `${ready.authorityHost}/${demo.TenantId}` });
  const response = await postForm(`${ready.authority}/oauth2/v2.0/token`,
    { grant_type: 'client_credentials', client_id: demo.ApplicationId, client_secret: demo.ClientSecret, scope: `${ready.graphEndpoint}/.default` }, ready.caCertificatePem);
  expect(response.status).toBe(200);
  const closed = new Promise((resolve) => worker.on('message', (m) => m.type === 'closed' && resolve(true)));
  worker.postMessage({ type: 'close' });
  expect(await closed).toBe(true);
  await worker.terminate();
}, KEYGEN_TIMEOUT_MS);
