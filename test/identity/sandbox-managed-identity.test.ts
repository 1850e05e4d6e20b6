// Managed identity against the sandbox's App Service style endpoint. In its own file: msal-node keeps the managed
// identity source, endpoint and token cache per process (here: per I/O worker), from the first call on.
import { IdentityRuntime } from '../../src/identity';
import { IdentityError } from '../../src/identity/identity-error';
import { SyncBridge } from '../../src/identity/sync-bridge';
import { demoTenantInfo } from '../../src/sandbox';
import { useTempHome } from './helpers/temp-home';

// The sandbox makes its keys on first start, which takes seconds on a busy machine.
jest.setTimeout(120_000);

useTempHome('all');
const demo = demoTenantInfo();
let bridge: SyncBridge;
let identity: IdentityRuntime;

beforeAll(() => {
  bridge = new SyncBridge();
  identity = new IdentityRuntime({ bridge, env: { ...process.env, PSNODE_ENVIRONMENT: 'Sandbox' } });
});
afterAll(async () => {
  bridge.call('sandbox.stop', {}, { timeoutMs: 10_000, onTimeout: () => new IdentityError('System.TimeoutException', 'stop') });
  await bridge.stop();
});

const identitySet = { parameterSetName: 'IdentityParameterSet' as const, Identity: true };

test('system-assigned: the identity\'s client id from the token, MSI@50342, the managedidentity welcome', () => {
  const { context, welcome } = identity.session.connect(identitySet);
  expect(context).toMatchObject({
    ClientId: demo.SystemAssignedIdentityClientId,
    TenantId: demo.TenantId,
    AuthType: 'ManagedIdentity',
    TokenCredentialType: 'ManagedIdentity',
    ManagedIdentityId: 'MSI@50342',
    ContextScope: 'Process',
    Environment: 'Sandbox',
    CertificateThumbprint: null,
    ClientSecret: null,
  });
  expect(welcome).toContain(`Connected via managedidentity access using ${demo.SystemAssignedIdentityClientId}\n`);
  // Graph accepts the token (it is refused for permissions, not as a token: this identity has no roles granted).
  expect(identity.graph.request({ method: 'GET', uri: 'v1.0/groups' }).error?.code).toBe('Authorization_RequestDenied');
});

test('user-assigned: -ClientId selects it and is kept as ManagedIdentityId', () => {
  const { context, welcome } = identity.session.connect({ ...identitySet, ClientId: demo.UserAssignedIdentityClientId });
  expect(context).toMatchObject({
    ClientId: demo.UserAssignedIdentityClientId,
    AuthType: 'ManagedIdentity',
    ManagedIdentityId: demo.UserAssignedIdentityClientId,
  });
  expect(welcome).toContain(`Connected via managedidentity access using ${demo.UserAssignedIdentityClientId}\n`);
});

test('an identity not assigned here: ManagedIdentityCredential fails with the endpoint\'s text', () => {
  let error: IdentityError | undefined;
  try {
    identity.session.connect({ ...identitySet, ClientId: '12345678-1234-1234-1234-123456789012' });
  } catch (thrown) {
    error = thrown as IdentityError;
  }
  expect(error?.exceptionType).toBe('Azure.Identity.AuthenticationFailedException');
  expect(error?.message).toBe('ManagedIdentityCredential authentication failed: Unable to load the proper Managed Identity.');
  expect(identity.session.context).toBeUndefined();
});
