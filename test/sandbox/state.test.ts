// Tenant state on disk: survives a restart, recovers from a corrupt file, stays valid after kill -9 during a burst of
// writes, and loses nothing when two processes add applications at once.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { startSandbox, demoTenantInfo, addSandboxApplication, resetSandbox, readDemoClientSecret, defaultLocation } from '../../src/sandbox/index';
import { StateStore, STATE_FILE, DEMO_SECRET_FILE } from '../../src/sandbox/state/state-store';
import { isLoopbackHost } from '../../src/sandbox/sandbox';
import { findTenant, isStateShape } from '../../src/sandbox/model';
import { bundleForChild, isolateHome, keyedLocation, KEYGEN_TIMEOUT_MS, postForm, REPO_ROOT, tempFolder } from './helpers';

const demo = demoTenantInfo();
let childScript: string;

beforeAll(() => {
  isolateHome();
  childScript = bundleForChild(path.join(__dirname, 'fixtures', 'add-apps-child.ts'));
});

function runChild(location: string, prefix: string, count: number): ChildProcess {
  return spawn(process.execPath, [childScript, location, prefix, String(count)], {
    env: { ...process.env, NODE_PATH: path.join(REPO_ROOT, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

function appNames(location: string): string[] {
  return findTenant(new StateStore({ folder: location }).read(), demo.TenantId)!.applications.map((a) => a.displayName);
}

const mode = (file: string) => fs.statSync(file).mode & 0o777;

test('state is 0600 in a 0700 folder, with the demo secret kept apart', () => {
  const location = path.join(tempFolder(), 'sandbox');
  resetSandbox(location);
  expect(mode(location)).toBe(0o700);
  expect(mode(path.join(location, STATE_FILE))).toBe(0o600);
  expect(mode(path.join(location, DEMO_SECRET_FILE))).toBe(0o600);
  expect(fs.readFileSync(path.join(location, DEMO_SECRET_FILE), 'utf8')).toBe(`${demo.ClientSecret}\n`);
  expect(readDemoClientSecret(location)).toBe(demo.ClientSecret);
  expect(readDemoClientSecret(path.join(location, 'missing'))).toBeUndefined();
  expect(fs.readFileSync(path.join(location, STATE_FILE), 'utf8')).not.toContain(demo.ClientSecret);
});

test('only loopback addresses bind without a warning', () => {
  expect(['127.0.0.1', '127.0.0.2', '::1', 'localhost'].filter(isLoopbackHost)).toHaveLength(4);
  expect(['0.0.0.0', '::', '192.168.1.5', '127.example.com'].filter(isLoopbackHost)).toEqual([]);
});

test('the default folder is $PSNODE_HOME/sandbox, else ~/.psnode/sandbox', () => {
  expect(defaultLocation({ PSNODE_HOME: '/x/ps', HOME: '/h' })).toBe('/x/ps/sandbox');
  expect(defaultLocation({ HOME: '/h' })).toBe('/h/.psnode/sandbox');
});

test('an application added while stopped is there after a restart, and its secret works', async () => {
  const location = await keyedLocation();
  const first = await startSandbox({ location });
  const keyFiles = ['ca-cert.pem', 'ca-key.pem', 'tls-cert.pem', 'tls-key.pem', 'token-signing-key.pem'];
  const before = keyFiles.map((f) => fs.readFileSync(path.join(location, f), 'utf8'));
  for (const f of keyFiles) expect(mode(path.join(location, f))).toBe(0o600);
  await first.close();
  const app = addSandboxApplication({ displayName: 'Added offline', newSecret: true, permissions: ['User.Read.All'] }, location);
  const second = await startSandbox({ location });
  try {
    expect(keyFiles.map((f) => fs.readFileSync(path.join(location, f), 'utf8'))).toEqual(before);
    const response = await postForm(`${second.authority}/oauth2/v2.0/token`,
      { grant_type: 'client_credentials', client_id: app.applicationId, client_secret: app.clientSecret!, scope: `${second.graphEndpoint}/.default` }, second.caCertificatePem);
    expect(response.status).toBe(200);
  } finally {
    await second.close();
  }
}, KEYGEN_TIMEOUT_MS);

test('a running server sees an application another process adds', async () => {
  const location = await keyedLocation();
  const sandbox = await startSandbox({ location });
  try {
    const app = addSandboxApplication({ displayName: 'Added live', newSecret: true }, location);
    const response = await postForm(`${sandbox.authority}/oauth2/v2.0/token`,
      { grant_type: 'client_credentials', client_id: app.applicationId, client_secret: app.clientSecret!, scope: `${sandbox.graphEndpoint}/.default` }, sandbox.caCertificatePem);
    expect(response.status).toBe(200);
  } finally {
    await sandbox.close();
  }
}, KEYGEN_TIMEOUT_MS);

test('a corrupt state file is moved aside, re-seeded, with a warning', () => {
  const location = tempFolder();
  resetSandbox(location);
  fs.writeFileSync(path.join(location, STATE_FILE), '{"version": 1, "tenants": [ {"id": ');
  const warnings: string[] = [];
  const state = new StateStore({ folder: location, warn: (m) => warnings.push(m) }).read();
  expect(findTenant(state, demo.TenantId)?.applications.map((a) => a.appId)).toEqual([demo.ApplicationId]);
  const aside = fs.readdirSync(location).filter((f) => f.startsWith(`${STATE_FILE}.corrupt-`));
  expect(aside).toHaveLength(1);
  expect(fs.readFileSync(path.join(location, aside[0]), 'utf8')).toBe('{"version": 1, "tenants": [ {"id": ');
  expect(warnings).toEqual([`WARNING: the sandbox state file '${path.join(location, STATE_FILE)}' could not be read; it was moved to '${path.join(location, aside[0])}' and the demo tenant was seeded again.`]);
});

test('kill -9 during a burst of writes leaves a valid file', async () => {
  const location = tempFolder();
  resetSandbox(location);
  const child = runChild(location, 'burst', 100_000);
  await new Promise<void>((resolve) => {
    let lines = 0;
    child.stdout!.on('data', (chunk: Buffer) => {
      lines += chunk.toString().split('\n').length - 1;
      if (lines >= 30) resolve();
    });
  });
  child.kill('SIGKILL');
  await exited(child);
  // What the killed writer may have left half-done is cleaned up by the next store.
  fs.writeFileSync(path.join(location, `${STATE_FILE}.${child.pid}.0a1b2c3d.tmp`), '{"half');
  const parsed = JSON.parse(fs.readFileSync(path.join(location, STATE_FILE), 'utf8'));
  expect(isStateShape(parsed)).toBe(true);
  const warnings: string[] = [];
  const count = findTenant(new StateStore({ folder: location, warn: (m) => warnings.push(m) }).read(), demo.TenantId)!.applications.length;
  expect(count).toBeGreaterThanOrEqual(31);
  expect(warnings).toEqual([]);
  expect(fs.readdirSync(location).filter((f) => f.includes(`.${child.pid}.`))).toEqual([]);
  // The lock the killed writer may have held does not block the next writer.
  addSandboxApplication({ displayName: 'after the kill' }, location);
  expect(appNames(location)).toContain('after the kill');
}, 30_000);

test('two processes adding applications at once lose nothing', async () => {
  const location = tempFolder();
  resetSandbox(location);
  const children = [runChild(location, 'left', 40), runChild(location, 'right', 40)];
  expect(await Promise.all(children.map(exited))).toEqual([0, 0]);
  const names = appNames(location);
  for (const prefix of ['left', 'right']) {
    for (let i = 0; i < 40; i++) expect(names).toContain(`${prefix}-${i}`);
  }
  expect(names).toHaveLength(81);
}, 60_000);
