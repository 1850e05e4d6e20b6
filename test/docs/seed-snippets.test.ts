// The seed page's scripts (../shared/seeds/snippets), each run verbatim, in page order, in one runspace with
// Sandbox as the environment (what `psnode -Sandbox` sets up), asserting the full text each one prints.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRunspace, type Runspace } from '../../src/host';
import { DEMO } from '../../src/sandbox/demo/demo-tenant';

// The sandbox makes its keys on first start, which takes seconds on a busy machine.
jest.setTimeout(120_000);

const SNIPPETS = path.resolve(__dirname, '..', '..', '..', 'shared', 'seeds', 'snippets');
const available = fs.existsSync(SNIPPETS);

const welcome = (how: string, clientId: string) =>
  'Welcome to Microsoft Graph!\n\n' +
  `Connected via ${how} access using ${clientId}\n` +
  'Readme: https://aka.ms/graph/sdk/powershell\n' +
  'SDK Docs: https://aka.ms/graph/sdk/powershell/docs\n' +
  'API Docs: https://aka.ms/graph/docs\n\n' +
  'NOTE: You can use the -NoWelcome parameter to suppress this message.\n\n';

const stands = (placeholder: string, meaning: string, value?: string) =>
  `Sandbox: '${placeholder}' stands for ${meaning}${value ? ` (${value})` : ''}.\n`;

const APP = DEMO.applicationId;
const TENANT = DEMO.tenantId;
const THUMBPRINT = DEMO.certificateThumbprint;

// The certificate's ToString() as Get-EntraContext shows it in the Certificate property (reference/entra.md §3.1).
const CERTIFICATE_LINES = [
  'Certificate            : [Subject]',
  '                           CN=psnode sandbox demo',
  '                         ',
  '                         [Issuer]',
  '                           CN=psnode sandbox demo',
  '                         ',
  '                         [Serial Number]',
  '                           014FFB2DE9C53A84058FB471D632EA0C',
  '                         ',
  '                         [Not Before]',
  '                           01/01/2025 00:00:00',
  '                         ',
  '                         [Not After]',
  '                           01/01/2050 00:00:00',
  '                         ',
  '                         [Thumbprint]',
  `                           ${THUMBPRINT}`,
  '                         ',
];

function expectedOutputs(hostVersion: string): Record<string, string> {
  return {
    '01-certificate-thumbprint.ps1':
      stands('YOUR_APP_ID', "the demo application's id", APP) +
      stands('YOUR_TENANT_ID', "the demo tenant's id", TENANT) +
      stands('YOUR_CERT_THUMBPRINT', "the demo certificate's thumbprint", THUMBPRINT) +
      welcome('apponly', APP),
    '02-list-my-store.ps1': [
      '',
      '   PSParentPath: Microsoft.PowerShell.Security\\Certificate::CurrentUser\\My',
      '',
      'Thumbprint                                Subject              EnhancedKeyUsage',
      '                                                               List',
      '----------                                -------              ----------------',
      `${THUMBPRINT}  CN=psnode sandbox d… {Client Authent…`,
      '',
      '',
    ].join('\n'),
    // The placeholders already announced in this runspace are not announced again.
    '03-certificate-name.ps1': stands('YOUR_CERT_SUBJECT', "the demo certificate's subject", DEMO.certificateSubject) + welcome('apponly', APP),
    '04-certificate-subject.ps1': ['', 'Subject', '-------', 'CN=psnode sandbox demo', '', ''].join('\n'),
    '05-certificate-object.ps1': welcome('apponly', APP),
    '06-context.ps1': [
      '',
      'EntraPSModuleName      : Microsoft.Entra',
      'EntraPSVersion         : 1.3.0',
      `ClientId               : ${APP}`,
      `TenantId               : ${TENANT}`,
      'Scopes                 : {User.Read.All, Group.Read.All}',
      'AuthType               : AppOnly',
      'TokenCredentialType    : ClientCertificate',
      'CertificateThumbprint  : ',
      'CertificateSubjectName : ',
      'SendCertificateChain   : False',
      'Account                : ',
      `AppName                : ${DEMO.applicationName}`,
      'ContextScope           : Process',
      ...CERTIFICATE_LINES,
      `PSHostVersion          : ${hostVersion}`,
      'ManagedIdentityId      : ',
      'ClientSecret           : ',
      'Environment            : Sandbox',
      '',
      '',
    ].join('\n'),
    '07-client-secret.ps1':
      stands('Tenant_Id', "the demo tenant's id", TENANT) +
      stands('<application(client)ID>', "the demo application's id", APP) +
      stands('<secret.value>', "the demo application's client secret") +
      welcome('apponly', APP),
    '08-managed-identity-system.ps1': welcome('managedidentity', DEMO.systemAssignedIdentity.clientId),
    '09-managed-identity-user.ps1':
      stands('User_Assigned_Managed_identity_Client_Id', "the demo user-assigned managed identity's client id", DEMO.userAssignedIdentity.clientId) +
      welcome('managedidentity', DEMO.userAssignedIdentity.clientId),
  };
}

if (!available) {
  test.skip(`seed snippets: ${SNIPPETS} is absent, so the seed page's scripts cannot be run`, () => undefined);
} else {
  describe('the seed page, verbatim, against the sandbox', () => {
    let home: string;
    let runspace: Runspace;
    let output = '';
    const saved = { HOME: process.env.HOME, PSNODE_HOME: process.env.PSNODE_HOME };

    beforeAll(() => {
      home = fs.mkdtempSync(path.join(os.tmpdir(), 'psnode-docs-'));
      process.env.HOME = home;
      process.env.PSNODE_HOME = path.join(home, '.psnode');
      runspace = createRunspace({
        write: (text) => void (output += text),
        writeErrorLine: (text) => void (output += `${text}\n`),
        width: 80,
        settings: { PSNODE_ENVIRONMENT: 'Sandbox' },
      });
    });
    afterAll(() => {
      runspace.invoke('Stop-EntraSandbox');
      process.env.HOME = saved.HOME;
      process.env.PSNODE_HOME = saved.PSNODE_HOME;
      fs.rmSync(home, { recursive: true, force: true });
    });

    const files = available ? fs.readdirSync(SNIPPETS).filter((file) => file.endsWith('.ps1')).sort() : [];

    test('the page has the nine scripts this test knows', () => {
      expect(files).toEqual(Object.keys(expectedOutputs('')));
    });

    test.each(files)('%s', (file) => {
      const hostVersion = String(runspace.invoke('$Host.Version')[0] ?? '');
      output = '';
      const result = runspace.runScript(fs.readFileSync(path.join(SNIPPETS, file), 'utf8'), { fileName: path.join(SNIPPETS, file) });
      expect(output).toBe(expectedOutputs(hostVersion)[file]);
      expect(result.terminated).toBeFalsy();
    });
  });
}
