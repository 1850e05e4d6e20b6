// The project's own example scripts (examples/*.ps1): the seed page's flows with real values, no placeholders,
// against the sandbox.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRunspace, type Runspace } from '../../src/host';
import { DEMO } from '../../src/sandbox/demo/demo-tenant';

// The sandbox makes its keys on first start, which takes seconds on a busy machine.
jest.setTimeout(120_000);

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');
let home: string;
let runspace: Runspace;
let output = '';
const saved = { HOME: process.env.HOME, PSNODE_HOME: process.env.PSNODE_HOME };

beforeAll(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-examples-'));
  process.env.HOME = home;
  process.env.PSNODE_HOME = path.join(home, '.psnode');
  runspace = createRunspace({ write: (t) => void (output += t), writeErrorLine: (t) => void (output += `${t}\n`), width: 80, settings: { PSNODE_ENVIRONMENT: 'Sandbox' } });
});
afterAll(() => {
  runspace.invoke('Stop-EntraSandbox');
  process.env.HOME = saved.HOME;
  process.env.PSNODE_HOME = saved.PSNODE_HOME;
  fs.rmSync(home, { recursive: true, force: true });
});

function run(file: string): string {
  output = '';
  const result = runspace.runScript(fs.readFileSync(path.join(EXAMPLES, file), 'utf8'), { fileName: path.join(EXAMPLES, file) });
  expect(result.terminated).toBeFalsy();
  return output;
}

const USERS_TABLE = [
  '',
  'DisplayName     Id                                   Mail',
  '-----------     --                                   ----                      ',
];

test('app-only-real-values.ps1: certificate, secret and user-assigned identity with the demo tenant\'s values', () => {
  const text = run('app-only-real-values.ps1');
  expect(text).not.toContain('Sandbox:'); // real values: nothing stands for anything
  expect(text).not.toContain('Line |');
  expect(text.split('\n')).toEqual(
    expect.arrayContaining([
      'ClientId                             AuthType TokenCredentialType AppName',
      `${DEMO.applicationId}  AppOnly   ClientCertificate Your Awesome…`,
      ...USERS_TABLE,
      'ManagedIdentity',
    ]),
  );
});

test('new-certificate-app.ps1: a new certificate registered on a new app signs in', () => {
  const text = run('new-certificate-app.ps1');
  expect(text).not.toContain('Line |');
  expect(text).toMatch(/^Welcome to Microsoft Graph!\n\nConnected via apponly access using [0-9a-f-]{36}\n/);
  expect(text).toContain(USERS_TABLE.join('\n'));
});

test('rotate-client-secret.ps1: the new secret signs in at once', () => {
  const text = run('rotate-client-secret.ps1');
  expect(text).not.toContain('Line |');
  expect(text).toMatch(/\nClientId +TokenCredentialType\n-+ +-+\n[0-9a-f-]{36} +ClientSecret\n/);
});

test('seed-page-tour.ps1 (npm start): every snippet echoed, then run, with no error', () => {
  const text = run('seed-page-tour.ps1');
  expect(text).not.toContain('Line |');
  expect(text.match(/^## /gm)).toHaveLength(9);
  expect(text.match(/^Welcome to Microsoft Graph!$/gm)).toHaveLength(6);
  expect(text).toContain(`Connected via managedidentity access using ${DEMO.userAssignedIdentity.clientId}\n`);
});
