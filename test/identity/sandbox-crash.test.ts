// psnode notices a sandbox worker that dies (issue #10: it used to keep saying Running: True and the next
// Connect-Entra failed with network_error): the worker is started again on the same ports, so a session signed in to
// it keeps working; one that keeps dying is reported as not running, and the next start makes a fresh one.
import fs from 'node:fs';
import path from 'node:path';
import { runningSandbox, startSandboxWorker, stopSandboxWorker, type SandboxStartOptions } from '../../src/identity/sandbox-link';
import { demoTenantInfo } from '../../src/sandbox/index';
import { isolateHome, keyedLocation, KEYGEN_TIMEOUT_MS, postForm, tempFolder } from '../sandbox/helpers';

const demo = demoTenantInfo();
const FIXTURE = path.join(__dirname, 'fixtures', 'crashing-sandbox-worker.js');
let crashFile: string;
let location: string;

beforeAll(async () => {
  isolateHome();
  location = await keyedLocation();
}, KEYGEN_TIMEOUT_MS);
beforeEach(() => {
  crashFile = path.join(tempFolder(), 'crash');
});
afterEach(() => stopSandboxWorker());

const start = () => startSandboxWorker({ location, crashFile } as SandboxStartOptions, FIXTURE);

async function signIn(endpoints: { azureADEndpoint: string; graphEndpoint: string; caPem: string }): Promise<number> {
  const response = await postForm(`${endpoints.azureADEndpoint}/${demo.TenantId}/oauth2/v2.0/token`, {
    grant_type: 'client_credentials', client_id: demo.ApplicationId, client_secret: demo.ClientSecret, scope: `${endpoints.graphEndpoint}/.default`,
  }, endpoints.caPem);
  return response.status;
}

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('a crash is noticed and the sandbox comes back on the same endpoints', async () => {
  const first = await start();
  expect(await signIn(first)).toBe(200);
  fs.writeFileSync(crashFile, 'once');
  // The crash file is removed by the dying worker; the restarted one answers on the same ports a moment later.
  await until(async () => (fs.existsSync(crashFile) ? undefined : true));
  const again = await until(async () => {
    const endpoints = await runningSandbox();
    return endpoints && (await signIn(endpoints).catch(() => 0)) === 200 ? endpoints : undefined;
  });
  expect(again).toBeDefined();
  expect(again!.azureADEndpoint).toBe(first.azureADEndpoint);
  expect(again!.graphEndpoint).toBe(first.graphEndpoint);
  expect(await start()).toEqual(again);
}, 60_000);

test('a sandbox that keeps dying is reported stopped, and the next start makes a fresh one', async () => {
  await start();
  fs.writeFileSync(crashFile, 'always');
  const stopped = await until(async () => ((await runningSandbox()) === undefined ? true : undefined), 30_000);
  expect(stopped).toBe(true);
  // Three restarts within a minute, then it stays stopped (Get-EntraSandbox: Running False).
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(await runningSandbox()).toBeUndefined();
  fs.rmSync(crashFile);
  const fresh = await start();
  expect(await signIn(fresh)).toBe(200);
}, 60_000);
